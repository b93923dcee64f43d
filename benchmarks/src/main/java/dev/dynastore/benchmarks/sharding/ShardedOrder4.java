package dev.dynastore.benchmarks.sharding;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;

/** An order of a type spread over 4 shards, for the sharded listing measurements. */
@Partition(value = "orders4", shards = 4)
public record ShardedOrder4(@Key String id, @Indexed("idx_placed") Instant placed, int amount) {}
