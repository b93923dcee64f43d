package dev.dynastore.benchmarks.startup;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Start-up entity 6 of 50. */
@Partition("e06")
public record Entity06(
    @Key String id,
    String name,
    int count,
    Instant at,
    BigDecimal amount,
    List<String> tags,
    boolean flag,
    long counter) {}
