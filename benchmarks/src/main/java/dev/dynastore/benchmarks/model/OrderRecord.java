package dev.dynastore.benchmarks.model;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;
import java.util.List;

/** Order as a Dynastore record: its schema is generated. */
@Partition("order")
public record OrderRecord(
    @Key String id, String customer, Instant created, List<LineRecord> lines,
    AddressRecord shipping, AddressRecord billing) {}
