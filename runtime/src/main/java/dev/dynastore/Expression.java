package dev.dynastore;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Collects the attribute-name placeholders and values of one request's expressions. Every attribute goes
 * through a placeholder ({@code name} and many others are DynamoDB reserved words); Dynastore's own
 * attributes get readable ones ({@code #name}, {@code #version}), fields get {@code #f0}, {@code #f1}, ...
 */
final class Expression {
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, AttributeValue> values = new HashMap<>();
  private int fieldCount;
  private int valueCount;

  /** The placeholder for a Dynastore attribute. */
  String reserved(String attribute) {
    String placeholder = "#" + attribute;
    names.put(placeholder, attribute);
    return placeholder;
  }

  /** A new placeholder for a field. */
  String field(String attribute) {
    String placeholder = "#f" + fieldCount++;
    names.put(placeholder, attribute);
    return placeholder;
  }

  /** A new placeholder for a value. */
  String value(AttributeValue value) {
    String placeholder = ":v" + valueCount++;
    values.put(placeholder, value);
    return placeholder;
  }

  Map<String, String> names() {
    return names;
  }

  /** The values, or null when there are none (DynamoDB rejects an empty map). */
  Map<String, AttributeValue> valuesOrNull() {
    return values.isEmpty() ? null : values;
  }

  /** {@code true} when the item has no expiry or it lies after {@code now}. */
  String notExpired(long now) {
    String expires = reserved(ItemLayout.EXPIRES);
    return "(attribute_not_exists(" + expires + ") OR " + expires + " > " + value(number(now)) + ")";
  }

  static AttributeValue number(long value) {
    return AttributeValue.createN(Long.toString(value));
  }
}
