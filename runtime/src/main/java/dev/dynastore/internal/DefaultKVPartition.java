package dev.dynastore.internal;

import dev.dynastore.KeyRange;
import dev.dynastore.Table;
import dev.dynastore.kv.KVPage;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.kv.ReadOption;
import dev.dynastore.kv.WriteOption;
import java.util.Objects;
import java.util.Optional;

/** A {@link KVPartition}: resolves the options, then calls its table. Internal. */
final class DefaultKVPartition implements KVPartition {
  private final DefaultTable table;
  private final String name;

  DefaultKVPartition(DefaultTable table, String name) {
    this.table = table;
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Table table() {
    return table;
  }

  @Override
  public KVPair put(String key, WriteOption... options) {
    WriteSpec spec = WriteSpec.of(options).fencedBy(table.fence());
    if (spec.previous() != null) {
      throw new IllegalArgumentException("withPreviousKV makes a compare-and-swap: call atomicPut, not put");
    }
    return table.put(name, key, spec);
  }

  @Override
  public KVPair atomicPut(String key, WriteOption... options) {
    WriteSpec spec = WriteSpec.of(options).fencedBy(table.fence());
    return spec.previous() == null ? table.create(name, key, spec)
        : table.compareAndSwap(name, key, spec.previous(), spec);
  }

  @Override
  public void delete(String key) {
    table.delete(name, key);
  }

  @Override
  public void atomicDelete(String key, KVPair previous) {
    table.atomicDelete(name, key, previous);
  }

  @Override
  public Optional<KVPair> get(String key, ReadOption... options) {
    return Optional.ofNullable(table.get(name, key, ReadSpec.of(options)));
  }

  @Override
  public boolean exists(String key, ReadOption... options) {
    return table.exists(name, key, ReadSpec.of(options));
  }

  @Override
  public KVPage listPage(String prefix, ReadOption... options) {
    Objects.requireNonNull(prefix, "prefix == null: pass \"\" to list the whole partition");
    return table.listPage(name, prefix, ReadSpec.of(options));
  }

  @Override
  public KVPage listPage(KeyRange<String> range, ReadOption... options) {
    return table.listPage(name, range, ReadSpec.of(options));
  }

  @Override
  public long count(KeyRange<String> range, ReadOption... options) {
    return table.count(name, range, ReadSpec.of(options));
  }

  @Override
  public String toString() {
    return "KVPartition(" + table.name() + "/" + name + ")";
  }
}
