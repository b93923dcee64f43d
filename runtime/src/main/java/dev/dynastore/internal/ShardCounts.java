package dev.dynastore.internal;

import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyRange;
import dev.dynastore.TableMismatchException;
import dev.dynastore.kv.KVPair;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The shard count of each sharded type, recorded in its table so that a build with another count fails at once
 * instead of writing a second copy of items it cannot find: item {@code #dynastore}/{@code shards/<partition name>},
 * value {@code {shards: N, type: <class>}}, written by the first session that uses the type and read once per
 * session. (No type's partition name can start with {@code #}.) Internal.
 */
final class ShardCounts {
  static final String PARTITION = "#dynastore";
  private static final ReadSpec CONSISTENT = new ReadSpec(null, null, null, true, false);

  private ShardCounts() {}

  /**
   * Checks that the table records {@code shards} for partition {@code name}, once per session. Where it records
   * none, a type that is not sharded is fine; a sharded one is refused if items of the partition are stored
   * unsharded, and otherwise its count is recorded by the first write ({@code writing}; a read only reads, so that
   * read-only credentials suffice).
   *
   * @return whether nothing is left to check or record for this type in this session
   * @throws TableMismatchException if the table records another count, or holds items of a sharded type unsharded
   */
  static boolean check(DefaultTable table, String name, int shards, String type, boolean writing) {
    Session session = table.internalSession();
    Boolean recordedBefore = session.shardCountChecked(table.name(), name);
    if (recordedBefore != null && (recordedBefore || !writing)) {
      return recordedBefore;
    }
    KVPair recorded = recordedBefore == null ? table.get(PARTITION, key(name), CONSISTENT) : null;
    if (recorded == null && shards > 1) {
      if (recordedBefore == null) {
        KeyQuery unsharded = new KeyQuery(AttributeValue.fromS(name), null, KeyRange.all(), null);
        // scanned, not returned: an expired item still shows the partition holds items
        if (table.listPage(unsharded, new ReadSpec(1, null, null, true, false)).scannedCount() > 0) {
          throw mismatch(table, name + " holds items of " + type + " in one partition, and this build spreads them"
              + " over " + shards + " shards (@Partition(shards = " + shards + ")): they would not be found");
        }
      }
      if (!writing) {
        session.shardCountChecked(table.name(), name, false);
        return false;
      }
      try {
        table.create(PARTITION, key(name), new WriteSpec(AttributeValue.fromM(Map.of(
            "shards", AttributeValue.fromN(Integer.toString(shards)), "type", AttributeValue.fromS(type))),
            Map.of(), Set.of(), ExpiryChange.KEEP, null, null));
        session.shardCountChecked(table.name(), name, true);
        return true;
      } catch (KeyExistsException recordedMeanwhile) {
        recorded = table.get(PARTITION, key(name), CONSISTENT);
      }
    }
    int count = recorded == null ? 1 : recordedCount(table, recorded);
    if (count != shards) {
      throw mismatch(table, "the table records partition " + name + " in " + count + " shard" + (count == 1 ? "" : "s")
          + ", and this build of " + type + " says " + shards + " (@Partition(shards = " + shards + "))");
    }
    session.shardCountChecked(table.name(), name, recorded != null || shards == 1);
    return recorded != null || shards == 1;
  }

  private static int recordedCount(DefaultTable table, KVPair recorded) {
    AttributeValue value = recorded.value();
    AttributeValue shards = value == null || value.m() == null ? null : value.m().get("shards");
    try {
      return Integer.parseInt(shards.n());
    } catch (RuntimeException e) {
      throw new TableMismatchException(table.name(), List.of("item " + recorded.partition() + "/"
          + recorded.key() + " is not a shard count Dynastore wrote"));
    }
  }

  private static String key(String name) {
    return "shards/" + name;
  }

  private static TableMismatchException mismatch(DefaultTable table, String problem) {
    return new TableMismatchException(table.name(), List.of(problem + ". The shard count is part of every item's"
        + " address: changing it is a migration (see the README's \"Sharded partitions\")"));
  }
}
