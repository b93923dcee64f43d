package dev.dynastore.internal;

import dev.dynastore.Dynastore;
import dev.dynastore.IndexNotSupportedException;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.KeyRange;
import dev.dynastore.Table;
import dev.dynastore.TableDefinition;
import dev.dynastore.kv.Index;
import dev.dynastore.kv.KVPage;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The {@link Table} of a session, and the one door to its items for both the K/V API
 * ({@link DefaultKVPartition}) and generated repositories ({@link EntityStore}): every public operation checks its
 * input here, then reads or writes through {@link ItemReader} and {@link ItemWriter}. Internal.
 */
public final class DefaultTable implements Table {
  private final Dynastore owner;
  private final Session session;
  private final String name;
  private final ItemWriter writer;
  private final ItemReader reader;
  private final ItemBatches batches;
  private final MergedPages merged;
  /** The lease every write through this table is fenced by ({@link #fencedBy}), or null. */
  private final DefaultLease lease;

  public DefaultTable(Dynastore owner, Session session, String name) {
    Objects.requireNonNull(name, "table name == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("table name is empty");
    }
    this.owner = owner;
    this.session = session;
    this.name = name;
    this.writer = new ItemWriter(session, name, null);
    this.reader = new ItemReader(session, name, null);
    this.batches = new ItemBatches(session, name, null);
    this.merged = new MergedPages(session, reader, name);
    this.lease = null;
  }

  private DefaultTable(DefaultTable table, DefaultLease lease) {
    this.owner = table.owner;
    this.session = table.session;
    this.name = table.name;
    this.writer = table.writer;
    this.reader = table.reader;
    this.batches = table.batches;
    this.merged = table.merged;
    this.lease = lease;
  }

  /** {@code table}'s copy (its lease kept) whose requests the hooks see sent for {@code entityType}. */
  private DefaultTable(DefaultTable table, Class<?> entityType) {
    this.owner = table.owner;
    this.session = table.session;
    this.name = table.name;
    this.writer = new ItemWriter(session, name, entityType);
    this.reader = new ItemReader(session, name, entityType);
    this.batches = new ItemBatches(session, name, entityType);
    this.merged = new MergedPages(session, reader, name);
    this.lease = table.lease;
  }

  /** The table behind {@code table}, which must come from {@link Dynastore#table}. */
  static DefaultTable of(Table table) {
    Objects.requireNonNull(table, "table == null");
    if (!(table instanceof DefaultTable)) {
      throw new IllegalArgumentException("repositories need a Table from Dynastore.table(name), not a "
          + table.getClass().getName() + "; to test code using a repository, stub the repository instead");
    }
    return (DefaultTable) table;
  }

  /**
   * This table, fenced as it is, for the repository of {@code entityType}: every request its reads and writes send
   * reports that type to the hooks ({@link dev.dynastore.RequestResult#entityType()}).
   */
  DefaultTable forEntity(Class<?> entityType) {
    return new DefaultTable(this, Objects.requireNonNull(entityType, "entityType == null"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Dynastore session() {
    return owner;
  }

  Session internalSession() {
    return session;
  }

  @Override
  public KVPartition partition(String partition) {
    checkPartition(partition);
    return new DefaultKVPartition(this, partition);
  }

  @Override
  public Locks locks(String partition, LockOptions options) {
    checkPartition(partition);
    return new DefaultLocks(this, partition, Objects.requireNonNull(options, "options == null"));
  }

  @Override
  public Table fencedBy(Lease lease) {
    return new DefaultTable(this, DefaultLease.of(lease));
  }

  /**
   * The fence of this table's lease, for a write about to be sent; null for a table not {@link #fencedBy} one.
   *
   * @throws dev.dynastore.LockLostException if the lease is known to be lost or released: nothing is written
   */
  Fence fence() {
    return lease == null ? null : lease.fenceForWrite();
  }

  /** The lease this table's writes are fenced by, or null. */
  DefaultLease lease() {
    return lease;
  }

  @Override
  public boolean createIfMissing(TableDefinition definition) {
    Objects.requireNonNull(definition, "definition == null");
    return new TableAdmin(session, name).createIfMissing(definition, definition);
  }

  @Override
  public void verify(TableDefinition definition) {
    new TableAdmin(session, name).verify(Objects.requireNonNull(definition, "definition == null"));
  }

  // --------------------------------------------------------------------------------------------- items

  KVPair create(String partition, String key, WriteSpec spec) {
    checkKey(partition, key);
    return writer.create(partition, key, spec);
  }

  KVPair compareAndSwap(String partition, String key, KVPair previous, WriteSpec spec) {
    checkKey(partition, key);
    checkSameItem(partition, key, previous);
    return writer.compareAndSwap(partition, key, previous, spec);
  }

  KVPair put(String partition, String key, WriteSpec spec) {
    checkKey(partition, key);
    return writer.put(partition, key, spec);
  }

  void delete(String partition, String key) {
    checkKey(partition, key);
    writer.delete(partition, key, fence());
  }

  void atomicDelete(String partition, String key, KVPair previous) {
    checkKey(partition, key);
    Objects.requireNonNull(previous, "previous == null: atomicDelete deletes the version you read, so pass the"
        + " KVPair from get or atomicPut; to delete whatever is stored, call delete(key)");
    checkSameItem(partition, key, previous);
    writer.atomicDelete(partition, key, previous, fence());
  }

  /**
   * The live items of these keys of one partition, by key: {@code BatchGetItem}s of up to 100 keys; absent and
   * expired keys are missing.
   */
  Map<String, KVPair> getAll(String partition, Collection<String> keys, boolean consistent) {
    return getAll(key -> partition, keys, consistent);
  }

  /** As {@link #getAll(String, Collection, boolean)}, each key in the partition {@code partitionOf} gives. */
  Map<String, KVPair> getAll(UnaryOperator<String> partitionOf, Collection<String> keys, boolean consistent) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String key : keys) {
      checkKey(partitionOf.apply(key), key);
      distinct.add(key);
    }
    List<Map<String, AttributeValue>> requested = new ArrayList<>(distinct.size());
    for (String key : distinct) {
      requested.add(Items.key(partitionOf.apply(key), key));
    }
    List<Map<String, AttributeValue>> read = batches.getAll(requested, consistent);
    Instant now = session.clock().instant(); // after the last chunk: an item read live may have expired since
    Map<String, KVPair> live = new HashMap<>();
    for (Map<String, AttributeValue> item : read) {
      if (!Items.isExpired(item, now)) {
        live.put(item.get(ItemLayout.KEY).s(), Items.decode(item));
      }
    }
    return live;
  }

  /**
   * Writes each item whole, unconditionally, at version 1 with a new token: {@code BatchWriteItem}s of up to 25.
   * Not atomic.
   *
   * @throws IllegalArgumentException if two writes have one key (DynamoDB refuses that in a batch)
   */
  List<KVPair> putAll(List<ItemWriter.KeyedWrite> writes) {
    refuseBatchWhenFenced("putAll");
    Set<String> seen = new HashSet<>();
    for (ItemWriter.KeyedWrite write : writes) {
      checkKey(write.partition(), write.key());
      if (!seen.add(write.partition() + '\u0000' + write.key())) {
        throw new IllegalArgumentException("two items of the batch have the key " + write.partition() + "/"
            + write.key() + ": a batch writes each key once");
      }
    }
    return writer.putAll(writes, batches);
  }

  /** Deletes the items of these keys of one partition, unconditionally: {@code BatchWriteItem}s of up to 25. */
  void deleteAll(String partition, Collection<String> keys) {
    deleteAll(key -> partition, keys);
  }

  /** As {@link #deleteAll(String, Collection)}, each key in the partition {@code partitionOf} gives. */
  void deleteAll(UnaryOperator<String> partitionOf, Collection<String> keys) {
    refuseBatchWhenFenced("deleteAll");
    Set<String> distinct = new LinkedHashSet<>();
    for (String key : keys) {
      checkKey(partitionOf.apply(key), key);
      distinct.add(key);
    }
    List<WriteRequest> deletes = new ArrayList<>(distinct.size());
    for (String key : distinct) {
      Map<String, AttributeValue> itemKey = Items.key(partitionOf.apply(key), key);
      deletes.add(WriteRequest.builder().deleteRequest(d -> d.key(itemKey)).build());
    }
    batches.writeAll(deletes);
  }

  KVPair get(String partition, String key, ReadSpec spec) {
    checkKey(partition, key);
    return reader.get(partition, key, checkKeyRead("get", spec).consistent());
  }

  boolean exists(String partition, String key, ReadSpec spec) {
    checkKey(partition, key);
    return reader.exists(partition, key, checkKeyRead("exists", spec).consistent());
  }

  /**
   * Lists a K/V partition by key or a local index; through a global index, {@code partition} is the value of the
   * index's partition attribute, converted to its type.
   */
  KVPage listPage(String partition, String prefix, ReadSpec spec) {
    return reader.listPage(KeyQuery.withPrefix(kvPartition(partition, spec.index()), spec.index(), prefix), spec);
  }

  /** A K/V listing within a range of sort keys, given as text (numbers for a numeric index sort key). */
  KVPage listPage(String partition, KeyRange<String> range, ReadSpec spec) {
    return reader.listPage(kvQuery(partition, range, spec.index()), spec);
  }

  /** How many live items a K/V listing holds within a range of sort keys. */
  long count(String partition, KeyRange<String> range, ReadSpec spec) {
    return reader.count(kvQuery(partition, range, spec.index()), spec.consistent());
  }

  private static KeyQuery kvQuery(String partition, KeyRange<String> range, Index index) {
    Objects.requireNonNull(range, "range == null: pass KeyRange.all() to list the whole partition");
    KeyRange<AttributeValue> stored = range.map(bound -> Items.sortBound(index, bound));
    return new KeyQuery(kvPartition(partition, index), index, stored, null);
  }

  /** The key value a K/V listing reads: the partition's name, or through a global index its partition value. */
  private static AttributeValue kvPartition(String partition, Index index) {
    checkPartition(partition);
    return index != null && index.isGlobal() ? Items.indexPartition(index, partition)
        : AttributeValue.fromS(partition);
  }

  /** One page of a typed listing. */
  KVPage listPage(KeyQuery query, ReadSpec spec) {
    checkListing(query);
    return query.merged() ? merged.page(query, spec) : reader.listPage(query, spec);
  }

  /** How many live items a typed listing holds. */
  long count(KeyQuery query, boolean consistent) {
    checkListing(query);
    return query.merged() ? merged.count(query, consistent) : reader.count(query, consistent);
  }

  private static void checkListing(KeyQuery query) {
    if (query.partition().type() == AttributeValue.Type.S) {
      checkPartition(query.partition().s());
    }
    if (query.idFilter() != null) {
      checkPartition(query.idFilter());
    }
  }

  // -------------------------------------------------------------------------------------------- checks

  private void refuseBatchWhenFenced(String operation) {
    if (lease != null) {
      throw new UnsupportedOperationException(operation + " cannot be fenced: DynamoDB's batch writes take no"
          + " condition. Write each item on its own, or in a transaction, through the fenced table");
    }
  }

  private static ReadSpec checkKeyRead(String operation, ReadSpec spec) {
    if (spec.index() != null) {
      throw new IndexNotSupportedException(operation + " reads the table by its key and cannot use " + spec.index()
          + "; list through the index with listPage");
    }
    return spec;
  }

  static void checkSameItem(String partition, String key, KVPair previous) {
    if (!previous.partition().equals(partition) || !previous.key().equals(key)) {
      throw new IllegalArgumentException("the previous pair is " + previous.partition() + "/" + previous.key()
          + ", not " + partition + "/" + key);
    }
  }

  static void checkPartition(String partition) {
    checkKeyPart("partition", partition, ItemLayout.MAX_PARTITION_BYTES);
  }

  static void checkKey(String partition, String key) {
    checkPartition(partition);
    checkKeyPart("key", key, ItemLayout.MAX_KEY_BYTES);
  }

  private static void checkKeyPart(String what, String value, int maxBytes) {
    Objects.requireNonNull(value, what + " == null");
    if (value.isEmpty()) {
      throw new InvalidKeyException(what + " is empty: DynamoDB cannot store an empty key");
    }
    int bytes = ItemSizes.utf8Length(value);
    if (bytes > maxBytes) {
      throw new InvalidKeyException(what + " is " + bytes + " bytes in UTF-8; DynamoDB's limit is " + maxBytes);
    }
    String malformed = StorableValues.malformed(value);
    if (malformed != null) {
      throw new InvalidKeyException(what + " " + malformed);
    }
  }

  @Override
  public String toString() {
    return lease == null ? "Table(" + name + ")" : "Table(" + name + ", fenced by " + lease + ")";
  }
}
