package dev.dynastore.benchmarks.model;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Customer as a Dynastore record: its schema is generated. */
@Partition("customer")
public record CustomerRecord(
    @Key String id, String name, String email, String phone, Status status, Instant created, Instant updated,
    BigDecimal balance, int visits, boolean vip, List<String> tags, AddressRecord address, String notes) {}
