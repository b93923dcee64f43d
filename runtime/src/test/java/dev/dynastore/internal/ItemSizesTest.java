package dev.dynastore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemSizesTest {
  @Test
  void stringsCountUtf8Bytes() {
    for (String s : List.of("", "abc", "é", "€", "😀", "a😀é€")) {
      assertThat(ItemSizes.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }
    assertThat(ItemSizes.attribute("name", AttributeValue.fromS("héllo"))).isEqualTo(4 + 6);
  }

  @Test
  void numbersCountOneBytePerTwoSignificantDigitsPlusOne() {
    assertThat(ItemSizes.number("0")).isEqualTo(2);
    assertThat(ItemSizes.number("7")).isEqualTo(2);
    assertThat(ItemSizes.number("12")).isEqualTo(2);
    assertThat(ItemSizes.number("123")).isEqualTo(3);
    assertThat(ItemSizes.number("1000000")).isEqualTo(2); // trailing zeros are trimmed
    assertThat(ItemSizes.number("-0.00123")).isEqualTo(3); // leading zeros too
    assertThat(ItemSizes.number("1.5E10")).isEqualTo(2);
    assertThat(ItemSizes.number("12345678901234567890123456789012345678")).isEqualTo(20);
  }

  @Test
  void containersAddTheirOverhead() {
    AttributeValue list = AttributeValue.fromL(List.of(AttributeValue.fromS("ab"), AttributeValue.fromBool(true)));
    assertThat(ItemSizes.value(list)).isEqualTo(3 + (2 + 1) + (1 + 1));
    AttributeValue map = AttributeValue.fromM(Map.of("k", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[10]))));
    assertThat(ItemSizes.value(map)).isEqualTo(3 + 1 + 10 + 1);
    assertThat(ItemSizes.value(AttributeValue.fromSs(List.of("a", "bc")))).isEqualTo(3);
    assertThat(ItemSizes.value(AttributeValue.fromNul(true))).isEqualTo(1);
  }
}
