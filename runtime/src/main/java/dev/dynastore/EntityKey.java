package dev.dynastore;

/**
 * The key of one entity of one repository: what a {@link Snapshot} reads. Get one from the generated repository
 * ({@code customers.key("c1")}, {@code docs.key(tenant, id)}); do not implement it.
 *
 * @param <T> the entity type
 */
public interface EntityKey<T> {
  /** The table it lives in. */
  String table();

  /** The partition and key, as stored ({@code customers/c1}). */
  String item();
}
