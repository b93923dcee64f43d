package dev.dynastore;

import java.util.Optional;

/**
 * One partition of a table: the items sharing an {@code id}. The Go library's {@code Partition}, and the
 * handle most code uses:
 *
 * <pre>{@code
 * Partition customers = store.table("CRMTable").partition("customers");
 * KVPair kv = customers.atomicPut(id, withString(json), withFields(Map.of("created", fromS(now))));
 * KVPage page = customers.listPage("", withLocalIndex("idx_created", "created"), withLimit(100));
 * kv = customers.atomicPut(id, withString(changed), withPreviousKV(kv));
 * customers.atomicDelete(id, kv);
 * }</pre>
 *
 * <p>Each method is the {@link Table} method of the same name with this partition; see there for the rules.
 * Immutable and thread-safe.
 */
public final class Partition {
  private final Table table;
  private final String name;

  Partition(Table table, String name) {
    this.table = table;
    this.name = name;
  }

  /** The partition name (the items' {@code id}). */
  public String name() {
    return name;
  }

  /** The table this partition belongs to. */
  public Table table() {
    return table;
  }

  /** See {@link Table#put}. */
  public KVPair put(String key, WriteOption... options) {
    return table.put(name, key, options);
  }

  /** See {@link Table#get}. */
  public Optional<KVPair> get(String key, ReadOption... options) {
    return table.get(name, key, options);
  }

  /** See {@link Table#exists}. */
  public boolean exists(String key, ReadOption... options) {
    return table.exists(name, key, options);
  }

  /** See {@link Table#delete}. */
  public void delete(String key) {
    table.delete(name, key);
  }

  /** See {@link Table#listPage}. */
  public KVPage listPage(String prefix, ReadOption... options) {
    return table.listPage(name, prefix, options);
  }

  /** See {@link Table#atomicPut}. */
  public KVPair atomicPut(String key, WriteOption... options) {
    return table.atomicPut(name, key, options);
  }

  /** See {@link Table#atomicDelete}. */
  public void atomicDelete(String key, KVPair previous) {
    table.atomicDelete(name, key, previous);
  }

  @Override
  public String toString() {
    return "Partition(" + table.name() + "/" + name + ")";
  }
}
