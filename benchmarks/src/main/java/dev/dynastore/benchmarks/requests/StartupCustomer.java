package dev.dynastore.benchmarks.requests;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;

/** The item of the first-request programs, as a Dynastore record. */
@Partition("customers")
public record StartupCustomer(@Key String id, String name, String status, Instant created, int visits) {}
