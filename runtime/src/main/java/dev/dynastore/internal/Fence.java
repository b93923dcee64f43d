package dev.dynastore.internal;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fencing token a fenced write stores with its item ({@code fence}: the lock's table, partition and name, and
 * the token), and the condition it writes under: the item carries no fence of that lock, or one no newer than
 * this. So once a newer holder of the lock has written the item, an older holder can no longer write it, however
 * late its write arrives. Internal.
 */
record Fence(String table, String partition, String lock, long token) {
  static final String TABLE = "table";
  static final String PARTITION = "partition";
  static final String LOCK = "lock";
  static final String TOKEN = "token";

  Fence {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(partition, "partition == null");
    Objects.requireNonNull(lock, "lock == null");
  }

  /** The stored form: a map of the lock's address and the token. */
  AttributeValue stored() {
    return AttributeValue.fromM(Map.of(TABLE, AttributeValue.fromS(table), PARTITION,
        AttributeValue.fromS(partition), LOCK, AttributeValue.fromS(lock), TOKEN,
        Expression.number(token)));
  }

  /** Whether {@code item} (null when absent) carries a fence of this lock newer than this one. */
  boolean isFencedOutBy(Map<String, AttributeValue> item) {
    Long newer = newerToken(item);
    return newer != null;
  }

  /** The newer token of this lock that {@code item} carries, or null when it carries none. */
  Long newerToken(Map<String, AttributeValue> item) {
    if (item == null) {
      return null;
    }
    AttributeValue fence = item.get(ItemLayout.FENCE);
    if (fence == null || !fence.hasM()) {
      return null;
    }
    Map<String, AttributeValue> stored = fence.m();
    if (!sameText(stored.get(TABLE), table) || !sameText(stored.get(PARTITION), partition)
        || !sameText(stored.get(LOCK), lock)) {
      return null;
    }
    AttributeValue token = stored.get(TOKEN);
    if (token == null || token.n() == null) {
      return null;
    }
    try {
      long storedToken = new java.math.BigDecimal(token.n()).longValueExact();
      return storedToken > this.token ? storedToken : null;
    } catch (ArithmeticException | NumberFormatException notALong) {
      return null;
    }
  }

  private static boolean sameText(AttributeValue value, String text) {
    return value != null && text.equals(value.s());
  }

  /** The lock, for messages. */
  String describeLock() {
    return "lock " + partition + "/" + lock + " of table " + table;
  }
}
