package dev.dynastore.benchmarks.sharding;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;

/** An order of a type spread over 64 shards, for the sharded listing measurements. */
@Partition(value = "orders64", shards = 64)
public record ShardedOrder64(@Key String id, @Indexed("idx_placed") Instant placed, int amount) {}
