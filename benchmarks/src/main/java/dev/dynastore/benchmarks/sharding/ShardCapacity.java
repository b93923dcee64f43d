package dev.dynastore.benchmarks.sharding;

import java.util.Locale;

/**
 * What an entity type can sustain under DynamoDB's published per-partition-key limits, by shard count: each
 * partition key serves at most 1,000 write units and 3,000 read units a second, and with a local index holds at
 * most 10 GB. A write unit writes 1 KB, a read unit reads 4 KB strongly consistent (8 KB eventually). A local
 * index projecting every attribute (as Dynastore's do) costs each write as much again from the same key's units,
 * and its entries count against the same 10 GB. Run {@link #main} for the table in BENCHMARKS.md.
 *
 * @param shards the shard count
 * @param localIndexes the local indexes every item is in (0: no collection limit)
 */
public record ShardCapacity(int shards, int localIndexes) {
  /** Write units a second one partition key serves. */
  public static final int WRITE_UNITS_PER_KEY = 1_000;
  /** Read units a second one partition key serves. */
  public static final int READ_UNITS_PER_KEY = 3_000;
  /** The largest item collection under one partition key of a table with local indexes, in GB. */
  public static final int COLLECTION_GB_PER_KEY = 10;

  /** Writes a second of items of {@code itemKb} KB, spread evenly by key. */
  public long writesPerSecond(int itemKb) {
    return (long) shards * WRITE_UNITS_PER_KEY / (itemKb * (1L + localIndexes));
  }

  /** Strongly consistent reads a second of items of {@code itemKb} KB. */
  public long strongReadsPerSecond(int itemKb) {
    return (long) shards * READ_UNITS_PER_KEY / ((itemKb + 3) / 4);
  }

  /** Eventually consistent reads a second (half a unit each). */
  public long eventualReadsPerSecond(int itemKb) {
    return 2 * strongReadsPerSecond(itemKb);
  }

  /** The most item data the type can hold, in GB (its local index entries take the rest); -1 without a limit. */
  public long collectionGb() {
    return localIndexes == 0 ? -1 : (long) shards * COLLECTION_GB_PER_KEY / (1 + localIndexes);
  }

  /** At most how many {@code Query} requests the first page of a listing takes: one per shard. */
  public int queriesPerFirstPage() {
    return shards;
  }

  /** The table for 1 KB items, without a local index and with one. */
  public static String table(int... shardCounts) {
    StringBuilder table = new StringBuilder("| shards | writes/s (no local index / one) | strong reads/s |"
        + " eventual reads/s | item data, GB (no local index / one) | queries per listing page |\n"
        + "|---|---|---|---|---|---|\n");
    for (int shards : shardCounts) {
      ShardCapacity plain = new ShardCapacity(shards, 0);
      ShardCapacity indexed = new ShardCapacity(shards, 1);
      table.append(String.format(Locale.ROOT, "| %d | %,d / %,d | %,d | %,d | no limit / %,d | %d |%n", shards,
          plain.writesPerSecond(1), indexed.writesPerSecond(1), plain.strongReadsPerSecond(1),
          plain.eventualReadsPerSecond(1), indexed.collectionGb(), plain.queriesPerFirstPage()));
    }
    return table.toString();
  }

  public static void main(String[] args) {
    System.out.print(table(1, 4, 16, 64));
  }
}
