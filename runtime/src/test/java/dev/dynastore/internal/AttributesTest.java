package dev.dynastore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The readers' type checks: an attribute of the expected type is read, an absent or NULL one reads as null,
 * any other type is an {@link IllegalStateException} naming both types. Values come both from the SDK's
 * {@code createX} factories (what generated writers produce) and from its builder (what its unmarshaller
 * produces for a response).
 */
class AttributesTest {
  private static final AttributeValue NUL = AttributeValue.builder().nul(true).build();
  private static final AttributeValue TEXT = AttributeValue.builder().s("text").build();

  @Test
  void listsAreReadWhateverBuiltThem() {
    List<AttributeValue> elements = List.of(AttributeValue.createS("a"));
    assertThat(Attributes.asList(AttributeValue.createL(elements))).isEqualTo(elements);
    assertThat(Attributes.asList(AttributeValue.builder().l(elements).build())).isEqualTo(elements);
    assertThat(Attributes.asList(AttributeValue.builder().l(List.of()).build())).isEmpty();
  }

  @Test
  void mapsAreReadWhateverBuiltThem() {
    Map<String, AttributeValue> entries = Map.of("a", AttributeValue.createN("1"));
    assertThat(Attributes.asMap(AttributeValue.createM(entries))).isEqualTo(entries);
    assertThat(Attributes.asMap(AttributeValue.builder().m(entries).build())).isEqualTo(entries);
    assertThat(Attributes.asMap(AttributeValue.builder().m(Map.of()).build())).isEmpty();
  }

  @Test
  void absentAndNullAttributesReadAsNull() {
    assertThat(Attributes.asList(null)).isNull();
    assertThat(Attributes.asList(NUL)).isNull();
    assertThat(Attributes.asMap(null)).isNull();
    assertThat(Attributes.asMap(NUL)).isNull();
    assertThat(Attributes.asString(NUL)).isNull();
    assertThat(Attributes.intValue(NUL)).isZero();
    assertThat(Attributes.asStringSet(NUL)).isEmpty();
    assertThat(Attributes.asNumberSet(null)).isEmpty();
  }

  @Test
  void anotherTypeIsAnErrorNamingBothTypes() {
    assertThatThrownBy(() -> Attributes.asList(TEXT)).isInstanceOf(IllegalStateException.class)
        .hasMessage("expected an attribute of type L, found S");
    assertThatThrownBy(() -> Attributes.asMap(AttributeValue.createL(List.of())))
        .isInstanceOf(IllegalStateException.class).hasMessage("expected an attribute of type M, found L");
    assertThatThrownBy(() -> Attributes.asString(AttributeValue.createN("1")))
        .isInstanceOf(IllegalStateException.class).hasMessage("expected an attribute of type S, found N");
    assertThatThrownBy(() -> Attributes.longValue(TEXT)).isInstanceOf(IllegalStateException.class)
        .hasMessage("expected an attribute of type N, found S");
    assertThatThrownBy(() -> Attributes.asStringSet(AttributeValue.builder().ns("1").build()))
        .isInstanceOf(IllegalStateException.class).hasMessage("expected an attribute of type SS, found NS");
    assertThatThrownBy(() -> Attributes.asBytesSet(TEXT)).isInstanceOf(IllegalStateException.class)
        .hasMessage("expected an attribute of type BS, found S");
  }

  @Test
  void setsAreReadWhateverBuiltThem() {
    assertThat(Attributes.asStringSet(AttributeValue.builder().ss("a", "b").build())).containsExactly("a", "b");
    assertThat(Attributes.asNumberSet(AttributeValue.fromNs(List.of("1")))).containsExactly("1");
    SdkBytes bytes = SdkBytes.fromUtf8String("x");
    assertThat(Attributes.asBytesSet(AttributeValue.fromBs(List.of(bytes)))).containsExactly(bytes);
  }

  @Test
  void sortableKeysSortAsTheirNumbers() {
    assertThat(Attributes.sortableKey(42)).isEqualTo("0000000000000000042");
    assertThat(Attributes.sortableKey(0)).isEqualTo("0000000000000000000");
    assertThat(Attributes.sortableKey(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
    assertThat(Attributes.sortableKey(-1)).isEqualTo("-9223372036854775807");
    assertThat(Attributes.sortableKey(Long.MIN_VALUE)).isEqualTo("-0000000000000000000");
    long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -10, -9, -1, 0, 1, 9, 10, 99, 100, Long.MAX_VALUE - 1,
        Long.MAX_VALUE};
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int i = 0; i < 200_000; i++) {
      long a = random.nextBoolean() ? random.nextLong() : edges[random.nextInt(edges.length)] + random.nextInt(3) - 1;
      long b = random.nextBoolean() ? random.nextLong() : edges[random.nextInt(edges.length)];
      assertThat(Integer.signum(Attributes.sortableKey(a).compareTo(Attributes.sortableKey(b))))
          .as("%d vs %d", a, b).isEqualTo(Long.signum(Long.compare(a, b)));
    }
  }
}
