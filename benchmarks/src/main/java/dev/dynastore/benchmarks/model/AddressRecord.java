package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Address as a Dynastore record: its schema is generated. */
public record AddressRecord(
    String street,
    String city,
    String zip,
    String country) {}
