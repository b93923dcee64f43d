package dev.dynastore;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The operations every declared repository has, whatever its entity's key: extend it in an interface
 * annotated {@code @Repository}, add the access patterns you need, and Dynastore generates the
 * implementation. Methods that take the key ({@code get}, {@code exists}, {@code delete}, {@code getAll},
 * {@code deleteAll}) are declared in your interface with the key's own type.
 *
 * @param <T> the entity type, annotated {@code @Partition}
 */
public interface DynastoreRepository<T> {
  /** Creates the entity if its key is absent (or expired); see the generated repository. */
  Versioned<T> create(T entity);

  /** Creates the entity with a time to live. */
  Versioned<T> create(T entity, Duration ttl);

  /** Writes the entity unconditionally. */
  Versioned<T> put(T entity);

  /**
   * Writes the entities unconditionally, 25 per request, each whole at version 1: not versioned, not atomic; see
   * the generated repository. Generated repositories send {@code BatchWriteItem}s; this default, for
   * implementations of your own (stubs in tests), puts them one by one.
   */
  default List<Versioned<T>> putAll(Collection<T> entities) {
    List<Versioned<T>> written = new java.util.ArrayList<>(entities.size());
    for (T entity : entities) {
      written.add(put(entity));
    }
    return written;
  }

  /** Replaces {@code previous} with {@code next} if the stored item is still {@code previous}. */
  Versioned<T> update(Versioned<T> previous, T next);

  /** Deletes the entity only if the stored item is still {@code previous}. */
  void delete(Versioned<T> previous);

  /**
   * Creates the table unless it exists, with the indexes of every entity type whose repository the session made
   * over it so far; if it exists, checks it has this entity's. For tests and first runs; a table of several types is
   * created or verified with {@link TableDefinition}.
   */
  boolean createTableIfMissing();
}
