package dev.dynastore.it.typed;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A user converter, named with {@code @Convert}: stores text reversed, so the test can see it was used. */
public final class ReversedText implements AttributeConverter<String> {
  @Override
  public AttributeValue transformFrom(String input) {
    return AttributeValue.fromS(new StringBuilder(input).reverse().toString());
  }

  @Override
  public String transformTo(AttributeValue input) {
    return new StringBuilder(input.s()).reverse().toString();
  }

  @Override
  public EnhancedType<String> type() {
    return EnhancedType.of(String.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.S;
  }
}
