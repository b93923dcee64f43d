package dev.dynastore;

import dev.dynastore.kv.KVPair;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity as stored: its value, the version of the write that stored it, and its expiry. Keep it to update
 * or delete the entity later: {@code repository.update(versioned, changed)} and
 * {@code repository.delete(versioned)} succeed only while the stored item is still this one.
 *
 * <p>Repositories make these. To stub a repository in a unit test, or to wrap results of your own reads, use
 * {@link #of(Object, KVPair)} (a stored item you read with the K/V API) or {@link #of(Object, long)}.
 *
 * @param <T> the entity type
 */
public final class Versioned<T> {
  private final T value;
  private final KVPair stored;

  private Versioned(T value, KVPair stored) {
    this.value = Objects.requireNonNull(value, "value == null");
    this.stored = Objects.requireNonNull(stored, "stored == null");
  }

  /** An entity as stored in {@code stored}: the version, write token and expiry come from it. */
  public static <T> Versioned<T> of(T value, KVPair stored) {
    return new Versioned<>(value, stored);
  }

  /**
   * An entity at a version, with no stored item behind it: for stubs in tests. A real repository refuses it for
   * {@code update} and {@code delete} ({@code IllegalArgumentException}): those need the item read.
   */
  public static <T> Versioned<T> of(T value, long version) {
    return new Versioned<>(value, new KVPair("", "", version, null, null, java.util.Map.of(), null));
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
