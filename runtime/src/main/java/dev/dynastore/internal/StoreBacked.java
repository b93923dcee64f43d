package dev.dynastore.internal;

/**
 * A repository Dynastore generated, and the store behind it: how a transaction reaches an entity type's schema
 * and table. Implemented by generated code only.
 *
 * @param <T> the entity type
 */
public interface StoreBacked<T> {
  /** The store behind the repository. For Dynastore's own use. */
  EntityStore<T> entityStore();
}
