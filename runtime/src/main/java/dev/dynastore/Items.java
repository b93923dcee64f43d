package dev.dynastore;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads items into {@link KVPair}s and applies the one expiry rule. */
final class Items {
  private Items() {}

  static Map<String, AttributeValue> key(String partition, String key) {
    Map<String, AttributeValue> map = new HashMap<>(4);
    map.put(ItemLayout.PARTITION, AttributeValue.createS(partition));
    map.put(ItemLayout.KEY, AttributeValue.createS(key));
    return map;
  }

  /**
   * The expiry rule, the same everywhere: an item is expired iff it has an {@code expires} and
   * {@code expires <= now} (epoch seconds, by the session's clock).
   */
  static boolean isExpired(Map<String, AttributeValue> item, long nowEpochSecond) {
    AttributeValue expires = item.get(ItemLayout.EXPIRES);
    return expires != null && expires.n() != null && wholeNumber(expires) <= nowEpochSecond;
  }

  static KVPair decode(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> fields = new HashMap<>();
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      if (!ItemLayout.isReserved(attribute.getKey())) {
        fields.put(attribute.getKey(), attribute.getValue());
      }
    }
    AttributeValue version = item.get(ItemLayout.VERSION);
    AttributeValue expires = item.get(ItemLayout.EXPIRES);
    AttributeValue token = item.get(ItemLayout.WRITE_TOKEN);
    return new KVPair(item.get(ItemLayout.PARTITION).s(), item.get(ItemLayout.KEY).s(),
        version == null || version.n() == null ? 0 : wholeNumber(version),
        expires == null || expires.n() == null ? null : Instant.ofEpochSecond(wholeNumber(expires)),
        item.get(ItemLayout.PAYLOAD), fields, token == null ? null : token.b());
  }

  static boolean sameToken(Map<String, AttributeValue> item, SdkBytes token) {
    AttributeValue stored = item.get(ItemLayout.WRITE_TOKEN);
    return stored != null && token.equals(stored.b());
  }

  static long version(Map<String, AttributeValue> item) {
    AttributeValue version = item.get(ItemLayout.VERSION);
    return version == null || version.n() == null ? 0 : wholeNumber(version);
  }

  /** A whole number attribute; tolerant of decimals written by other tools. */
  private static long wholeNumber(AttributeValue number) {
    String n = number.n();
    try {
      return Long.parseLong(n);
    } catch (NumberFormatException notAWholeNumber) {
      return new BigDecimal(n).longValue();
    }
  }
}
