package dev.dynastore.internal;

import dev.dynastore.InvalidKeyException;
import dev.dynastore.UnreadableItemException;
import dev.dynastore.kv.Index;
import dev.dynastore.kv.KVPair;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Reads items into {@link KVPair}s and applies the one expiry rule. */
final class Items {
  private static final BigDecimal LATEST_INSTANT = BigDecimal.valueOf(Instant.MAX.getEpochSecond());
  private static final BigDecimal EARLIEST_INSTANT = BigDecimal.valueOf(Instant.MIN.getEpochSecond());

  private Items() {}

  static Map<String, AttributeValue> key(String partition, String key) {
    Map<String, AttributeValue> map = new HashMap<>(4);
    map.put(ItemLayout.PARTITION, AttributeValue.createS(partition));
    map.put(ItemLayout.KEY, AttributeValue.createS(key));
    return map;
  }

  /**
   * The expiry rule, the same everywhere and the same as DynamoDB's own TTL: an item is expired iff its
   * {@code expires} is a number and {@code expires <= now} (epoch seconds, by the session's clock, fraction
   * included). An {@code expires} of another type (NULL, a string, written by other tools) is no expiry; a decimal
   * compares as a decimal. {@link Expression#notExpired} says the same in DynamoDB's words.
   */
  static boolean isExpired(Map<String, AttributeValue> item, Instant now) {
    AttributeValue expires = item.get(ItemLayout.EXPIRES);
    if (expires == null || expires.type() != AttributeValue.Type.N) {
      return false;
    }
    String n = expires.n();
    try {
      return Long.parseLong(n) <= now.getEpochSecond(); // a whole second is <= now iff it is <= now's second
    } catch (NumberFormatException notALong) {
      return new BigDecimal(n).compareTo(new BigDecimal(Expression.epochSeconds(now))) <= 0;
    }
  }

  /** When the item expires by the rule above, or null. */
  static Instant expires(Map<String, AttributeValue> item) {
    AttributeValue expires = item.get(ItemLayout.EXPIRES);
    if (expires == null || expires.type() != AttributeValue.Type.N) {
      return null;
    }
    String n = expires.n();
    try {
      return Instant.ofEpochSecond(Long.parseLong(n));
    } catch (NumberFormatException | java.time.DateTimeException notAWholeSecond) {
      BigDecimal seconds = new BigDecimal(n);
      if (seconds.compareTo(LATEST_INSTANT) > 0) {
        return Instant.MAX;
      }
      if (seconds.compareTo(EARLIEST_INSTANT) < 0) {
        return Instant.MIN;
      }
      BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
      int nanos = seconds.subtract(whole).movePointRight(9).intValue();
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }
  }

  static KVPair decode(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> fields = new HashMap<>();
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      if (!ItemLayout.isReserved(attribute.getKey())) {
        fields.put(attribute.getKey(), attribute.getValue());
      }
    }
    AttributeValue token = item.get(ItemLayout.WRITE_TOKEN);
    return new KVPair(item.get(ItemLayout.PARTITION).s(), item.get(ItemLayout.KEY).s(), version(item),
        expires(item), item.get(ItemLayout.PAYLOAD), fields, token == null ? null : token.b());
  }

  /**
   * The key value a partition name stands for in an index's partition attribute.
   *
   * @throws InvalidKeyException if the index is partitioned by a number and the name is not one
   */
  static AttributeValue indexPartition(Index index, String partition) {
    return keyValue(index.partitionType(), partition, index + " is partitioned by");
  }

  /** A K/V sort-key bound as {@code index} stores its sort keys (text for the table's own key). */
  static AttributeValue sortBound(Index index, String bound) {
    return index == null ? AttributeValue.fromS(bound) : keyValue(index.sortType(), bound, index + " is sorted by");
  }

  private static AttributeValue keyValue(ScalarAttributeType type, String text, String what) {
    if (type == ScalarAttributeType.N) {
      String problem = DynamoNumbers.problem(text);
      if (problem != null) {
        throw new InvalidKeyException(what + " numbers, and " + problem);
      }
      return AttributeValue.fromN(new BigDecimal(text).toString());
    }
    if (type == ScalarAttributeType.B) {
      throw new InvalidKeyException(what + " binary values: list it from a typed repository");
    }
    return AttributeValue.fromS(text);
  }

  /** The item a pair describes, as DynamoDB stores it. */
  static Map<String, AttributeValue> toItem(KVPair kv) {
    Map<String, AttributeValue> item = new HashMap<>(kv.fields());
    item.put(ItemLayout.PARTITION, AttributeValue.createS(kv.partition()));
    item.put(ItemLayout.KEY, AttributeValue.createS(kv.key()));
    item.put(ItemLayout.VERSION, Expression.number(kv.version()));
    if (kv.writeToken() != null) {
      item.put(ItemLayout.WRITE_TOKEN, AttributeValue.createB(kv.writeToken()));
    }
    if (kv.value() != null) {
      item.put(ItemLayout.PAYLOAD, kv.value());
    }
    kv.expires().ifPresent(expires -> item.put(ItemLayout.EXPIRES, Expression.instant(expires)));
    return item;
  }

  static boolean sameToken(Map<String, AttributeValue> item, SdkBytes token) {
    AttributeValue stored = item.get(ItemLayout.WRITE_TOKEN);
    return stored != null && token.equals(stored.b());
  }

  /**
   * The item's version: 0 when it has none (written by another tool), else a whole number from 0 to
   * {@code Long.MAX_VALUE}. A NULL version, like any other, is unreadable: no write could replace it.
   *
   * @throws UnreadableItemException if the version is of another type, not whole, or out of range
   */
  static long version(Map<String, AttributeValue> item) {
    AttributeValue version = item.get(ItemLayout.VERSION);
    if (version == null) {
      return 0;
    }
    String n = version.n();
    if (n != null) {
      try {
        long value = Long.parseLong(n);
        if (value >= 0) {
          return value;
        }
      } catch (NumberFormatException notALong) {
        // below
      }
    }
    throw new UnreadableItemException("item " + describe(item) + " has version " + (n != null ? n : version)
        + ": Dynastore's versions are whole numbers from 0 to " + Long.MAX_VALUE
        + "; another program wrote it, so it cannot be read or written conditionally here");
  }

  static String describe(Map<String, AttributeValue> item) {
    AttributeValue partition = item.get(ItemLayout.PARTITION);
    AttributeValue key = item.get(ItemLayout.KEY);
    return (partition == null ? "?" : partition.s()) + "/" + (key == null ? "?" : key.s());
  }
}
