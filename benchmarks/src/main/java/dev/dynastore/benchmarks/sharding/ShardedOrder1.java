package dev.dynastore.benchmarks.sharding;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;

/** An order of a type spread over 1 shard, for the sharded listing measurements. */
@Partition(value = "orders1", shards = 1)
public record ShardedOrder1(@Key String id, @Indexed("idx_placed") Instant placed, int amount) {}
