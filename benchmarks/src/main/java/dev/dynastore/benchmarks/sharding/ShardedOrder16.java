package dev.dynastore.benchmarks.sharding;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;

/** An order of a type spread over 16 shards, for the sharded listing measurements. */
@Partition(value = "orders16", shards = 16)
public record ShardedOrder16(@Key String id, @Indexed("idx_placed") Instant placed, int amount) {}
