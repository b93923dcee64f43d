package dev.dynastore.benchmarks.sharding;

import java.util.Locale;

/**
 * What an entity type can sustain under DynamoDB's published per-partition-key limits, by shard count: each
 * partition key serves at most 1,000 write units and 3,000 read units a second, and with a local index holds at
 * most 10 GB. A write unit writes 1 KB, a read unit reads 4 KB strongly consistent (8 KB eventually). Run
 * {@link #main} for the table in BENCHMARKS.md.
 *
 * @param shards the shard count
 */
public record ShardCapacity(int shards) {
  /** Write units a second one partition key serves. */
  public static final int WRITE_UNITS_PER_KEY = 1_000;
  /** Read units a second one partition key serves. */
  public static final int READ_UNITS_PER_KEY = 3_000;
  /** The largest item collection under one partition key of a table with local indexes, in GB. */
  public static final int COLLECTION_GB_PER_KEY = 10;

  /** Writes a second of items of {@code itemKb} KB, spread evenly by key. */
  public long writesPerSecond(int itemKb) {
    return (long) shards * WRITE_UNITS_PER_KEY / itemKb;
  }

  /** Strongly consistent reads a second of items of {@code itemKb} KB. */
  public long strongReadsPerSecond(int itemKb) {
    return (long) shards * READ_UNITS_PER_KEY / ((itemKb + 3) / 4);
  }

  /** Eventually consistent reads a second (half a unit each). */
  public long eventualReadsPerSecond(int itemKb) {
    return 2 * strongReadsPerSecond(itemKb);
  }

  /** The most the type can hold with local indexes, in GB. */
  public long collectionGb() {
    return (long) shards * COLLECTION_GB_PER_KEY;
  }

  /** At most how many {@code Query} requests the first page of a listing takes: one per shard. */
  public int queriesPerFirstPage() {
    return shards;
  }

  /** The table for 1 KB items. */
  public static String table(int... shardCounts) {
    StringBuilder table = new StringBuilder("| shards | writes/s | strong reads/s | eventual reads/s | data (GB, with"
        + " local indexes) | queries per listing page |\n|---|---|---|---|---|---|\n");
    for (int shards : shardCounts) {
      ShardCapacity capacity = new ShardCapacity(shards);
      table.append(String.format(Locale.ROOT, "| %d | %,d | %,d | %,d | %,d | %d |%n", shards,
          capacity.writesPerSecond(1), capacity.strongReadsPerSecond(1), capacity.eventualReadsPerSecond(1),
          capacity.collectionGb(), capacity.queriesPerFirstPage()));
    }
    return table.toString();
  }

  public static void main(String[] args) {
    System.out.print(table(1, 4, 16, 64));
  }
}
