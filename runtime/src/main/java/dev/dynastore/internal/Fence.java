package dev.dynastore.internal;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fencing token a fenced write stores with its item ({@code fence}: the lock's table, partition and name, and
 * the token), and the condition it writes under: the item carries no fence, or one of the same lock no newer than
 * this. A lock is its partition and name; its table is stored only for people, since a restore into another table
 * renames it. So once a newer holder of the lock has written the item, an older holder can no longer write it,
 * however late its write arrives; and an item guarded by one lock is never written fenced by another. Internal.
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

  /**
   * Why a write fenced by this fence cannot write {@code item} (null when absent), or null when it can: the item
   * carries a newer token of this lock, another lock's fence, or a fence Dynastore did not write. The same rule as
   * {@link Expression#fenceAllows}.
   */
  Refusal refusalBy(Map<String, AttributeValue> item) {
    AttributeValue fence = item == null ? null : item.get(ItemLayout.FENCE);
    if (fence == null) {
      return null;
    }
    Map<String, AttributeValue> stored = fence.hasM() ? fence.m() : Map.of();
    String table = text(stored.get(TABLE));
    String partition = text(stored.get(PARTITION));
    String lock = text(stored.get(LOCK));
    java.math.BigDecimal token = number(stored.get(TOKEN));
    if (partition == null || lock == null || token == null) {
      return new Refusal("", -1, "it carries a fence Dynastore did not write (" + fence + ")");
    }
    String storedLock = (table == null ? "?" : table) + "/" + partition + "/" + lock;
    if (!partition.equals(this.partition) || !lock.equals(this.lock)) {
      return new Refusal(storedLock, token.longValue(), "it is guarded by another lock, " + partition + "/" + lock
          + " of table " + table + " (fencing token " + token.toPlainString() + "), and an item is guarded by one"
          + " lock");
    }
    // compared as DynamoDB compares numbers: a token Dynastore did not write (a fraction) is judged as the condition is
    if (token.compareTo(java.math.BigDecimal.valueOf(this.token)) > 0) {
      return new Refusal(storedLock, token.longValue(), "a newer holder of " + describeLock() + " wrote it (fencing"
          + " token " + token.toPlainString() + ", this write's " + this.token + ")");
    }
    return null;
  }

  /** Why a fenced write was refused: the fence the item carries, and the reason in words. */
  record Refusal(String storedLock, long storedToken, String reason) {}

  private static String text(AttributeValue value) {
    return value == null ? null : value.s();
  }

  private static java.math.BigDecimal number(AttributeValue value) {
    if (value == null || value.n() == null) {
      return null;
    }
    try {
      return new java.math.BigDecimal(value.n());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** The lock, for messages. */
  String describeLock() {
    return "lock " + partition + "/" + lock + " of table " + table;
  }
}
