package dev.dynastore.spring.app;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;

/** An audit event, bound by its annotation to the table configured as {@code dynastore.tables.audit}. */
@Partition(value = "audit-events", table = "audit")
public record AuditEvent(@Key String id, @Indexed("idx_actor") String actor, String what) {}
