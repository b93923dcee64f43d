package dev.dynastore.internal;

import dev.dynastore.EntityKey;

/** The key of one entity of one repository, as stored. Internal. */
record StoredKey<T>(EntityStore<T> store, String partition, String key) implements EntityKey<T> {
  @Override
  public String table() {
    return store.table().name();
  }

  @Override
  public String item() {
    return partition + "/" + key;
  }

  /** Keys of one item of one table are equal, whichever repository made them. */
  @Override
  public boolean equals(Object o) {
    return o instanceof StoredKey<?> other && other.table().equals(table()) && other.partition.equals(partition)
        && other.key.equals(key);
  }

  @Override
  public int hashCode() {
    return (table().hashCode() * 31 + partition.hashCode()) * 31 + key.hashCode();
  }

  @Override
  public String toString() {
    return "EntityKey(" + table() + ": " + item() + ")";
  }
}
