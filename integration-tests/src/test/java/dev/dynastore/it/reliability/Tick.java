package dev.dynastore.it.reliability;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.math.BigDecimal;
import java.time.Instant;

/** A tenant's series of ticks, sorted by a long (its key), by instant and by a decimal (local indexes). */
@Partition("ticks")
public record Tick(@Partition String series, @Key long n, @Indexed("idx_at") Instant at,
    @Indexed("idx_amount") BigDecimal amount) {}
