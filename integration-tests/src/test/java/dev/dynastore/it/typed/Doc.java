package dev.dynastore.it.typed;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;

/** A record partitioned per tenant, with a global index by owner. */
@Partition("docs")
public record Doc(
    @Partition String tenant,
    @Key String id,
    String owner,
    @Indexed(value = "idx_owner", partitionBy = "owner") Instant created) {}
