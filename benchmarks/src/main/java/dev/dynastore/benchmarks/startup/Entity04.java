package dev.dynastore.benchmarks.startup;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Start-up entity 4 of 50. */
@Partition("e04")
public record Entity04(
    @Key String id,
    String name,
    int count,
    Instant at,
    BigDecimal amount,
    List<String> tags,
    boolean flag,
    long counter) {}
