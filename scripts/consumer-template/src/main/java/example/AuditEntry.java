package example;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;

/** An audit entry, in the table configured under the key "audit" (dynastore.tables.audit.name). */
@Partition(value = "audit", table = "audit")
public record AuditEntry(@Key String id, String noteId, String what) {}
