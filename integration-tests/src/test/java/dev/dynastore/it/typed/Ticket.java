package dev.dynastore.it.typed;

import dev.dynastore.annotations.Expires;
import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import dev.dynastore.annotations.Version;
import java.time.Instant;

/** A record with a global index over a free-text partition, an expiry and a version component. */
@Partition("tickets")
public record Ticket(
    @Key String id,
    String queue,
    @Indexed(value = "idx_queue", partitionBy = "queue") Instant opened,
    @Expires Instant expiresAt,
    @Version long version,
    double priority) {

  Ticket(String id, String queue, Instant opened, Instant expiresAt, long version) {
    this(id, queue, opened, expiresAt, version, 1.0);
  }

  Ticket withExpiresAt(Instant newExpiresAt) {
    return new Ticket(id, queue, opened, newExpiresAt, version, priority);
  }

  Ticket withPriority(double newPriority) {
    return new Ticket(id, queue, opened, expiresAt, version, newPriority);
  }
}
