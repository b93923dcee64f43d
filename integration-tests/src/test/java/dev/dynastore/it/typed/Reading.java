package dev.dynastore.it.typed;

import dev.dynastore.annotations.Expires;
import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A per-sensor record sorted every way a listing can sort: by a numeric key, and through a local and a global
 * index on text, on an instant and on a decimal (the global ones partitioned by {@code kind}).
 */
@Partition("readings")
public record Reading(
    @Partition String sensor,
    @Key int seq,
    String kind,
    @Indexed("idx_label") @Indexed(value = "idx_kind_label", partitionBy = "kind") String label,
    @Indexed("idx_at") @Indexed(value = "idx_kind_at", partitionBy = "kind") Instant at,
    @Indexed("idx_amount") @Indexed(value = "idx_kind_amount", partitionBy = "kind") BigDecimal amount,
    @Expires Instant expiresAt) {

  Reading withExpiresAt(Instant newExpiresAt) {
    return new Reading(sensor, seq, kind, label, at, amount, newExpiresAt);
  }

  Reading withLabel(String newLabel) {
    return new Reading(sensor, seq, kind, newLabel, at, amount, expiresAt);
  }
}
