package dev.dynastore;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Entities read together as of one moment ({@code TransactGetItems}): {@link Dynastore#snapshot}. Absent and
 * expired keys read as empty.
 */
public final class Snapshot {
  private final Set<EntityKey<?>> read;
  private final Map<EntityKey<?>, Versioned<?>> found;

  /** A snapshot that read {@code read} and found {@code found} (the live ones); also for stubbing in tests. */
  public Snapshot(Set<? extends EntityKey<?>> read, Map<? extends EntityKey<?>, ? extends Versioned<?>> found) {
    this.read = Set.copyOf(read);
    this.found = Map.copyOf(found);
    if (!this.read.containsAll(this.found.keySet())) {
      throw new IllegalArgumentException("found keys that were not read");
    }
  }

  /**
   * The entity of {@code key} as read, or empty when absent or expired.
   *
   * @throws IllegalArgumentException if the snapshot did not read that key
   */
  @SuppressWarnings("unchecked") // the key says the type
  public <T> Optional<Versioned<T>> get(EntityKey<T> key) {
    Objects.requireNonNull(key, "key == null");
    if (!read.contains(key)) {
      throw new IllegalArgumentException("the snapshot did not read " + key.item() + " of table " + key.table());
    }
    return Optional.ofNullable((Versioned<T>) found.get(key));
  }

  @Override
  public String toString() {
    return "Snapshot(" + read.size() + " keys read, " + found.size() + " found)";
  }
}
