package dev.dynastore.benchmarks.startup;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Start-up entity 39 of 50. */
@Partition("e39")
public record Entity39(
    @Key String id,
    String name,
    int count,
    Instant at,
    BigDecimal amount,
    List<String> tags,
    boolean flag,
    long counter) {}
