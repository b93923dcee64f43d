package dev.dynastore;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity as stored: its value, the version of the write that stored it, and its expiry. Keep it to update
 * or delete the entity later: {@code repository.update(versioned, changed)} and
 * {@code repository.delete(versioned)} succeed only while the stored item is still this one.
 *
 * @param <T> the entity type
 */
public final class Versioned<T> {
  private final T value;
  private final KVPair stored;

  Versioned(T value, KVPair stored) {
    this.value = Objects.requireNonNull(value, "value == null");
    this.stored = stored;
  }

  /** The entity. */
  public T value() {
    return value;
  }

  /** The version: 1 when created, one more on every write. */
  public long version() {
    return stored.version();
  }

  /** When the entity expires, if it does. */
  public Optional<Instant> expires() {
    return stored.expires();
  }

  /** The item underneath, for the K/V API. */
  public KVPair kv() {
    return stored;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Versioned && ((Versioned<?>) o).value.equals(value) && ((Versioned<?>) o).stored.equals(stored);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, stored.version());
  }

  @Override
  public String toString() {
    return value + "@" + stored.version();
  }
}
