package dev.dynastore.locks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Who holds a lock, as read from its item: the holder's owner name, its fencing token, when its lease ends (by
 * the clock of the holder that last acquired or renewed it) and the data it stored with the lock.
 *
 * @param name the lock's name
 * @param owner the holder's {@link LockOptions#owner}
 * @param fencingToken the holder's fencing token
 * @param leaseEnds when the lease ends unless renewed
 * @param data what the holder stored with the lock, if anything
 */
public record LockHolder(String name, String owner, long fencingToken, Instant leaseEnds,
    Optional<AttributeValue> data) {
  public LockHolder {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(owner, "owner == null");
    Objects.requireNonNull(leaseEnds, "leaseEnds == null");
    Objects.requireNonNull(data, "data == null");
  }
}
