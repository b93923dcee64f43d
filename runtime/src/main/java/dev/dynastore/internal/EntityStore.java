package dev.dynastore.internal;

import dev.dynastore.Consistency;
import dev.dynastore.EntityKey;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.TableDefinition;
import dev.dynastore.UnreadableItemException;
import dev.dynastore.Versioned;
import dev.dynastore.kv.Index;
import dev.dynastore.kv.KVPage;
import dev.dynastore.kv.KVPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The typed operations behind generated repositories: each generated method is one call here, so the logic
 * is written and tested once. Entities are stored in the Go library's layout: the entity as a map in
 * {@code payload}, its index components copied to top-level attributes.
 *
 * <p>Writes replace whole entities: every index attribute the type declares is set, or removed when the
 * entity's component is null, so an entity never lingers in an index under a stale value.
 *
 * @param <T> the entity type
 */
public final class EntityStore<T> {
  /** The table as given: {@link #table()}, whose K/V partitions serve no entity type. */
  private final DefaultTable given;
  /** The table whose requests report this store's entity type to the hooks: every request goes through it. */
  private final DefaultTable table;
  private final EntitySchema<T> schema;
  private final String[] indexAttributeNames;
  private final Set<String> partitionAttributeNames;
  /** How many partition keys the type's partition is spread over: 1 unless it is sharded. */
  private final int shards;
  /** Whether this store checked its shard count against the table's record (for reads). */
  private volatile boolean shardCountRead;
  /** Whether nothing is left to check or record (for writes too). */
  private volatile boolean shardCountSettled;
  private static final ReadSpec CONSISTENT = new ReadSpec(null, null, null, true, false);
  private static final ReadSpec EVENTUAL = new ReadSpec(null, null, null, false, false);

  /** A store for entities of {@code schema}'s type in {@code table}. */
  public EntityStore(Table table, EntitySchema<T> schema) {
    this.given = DefaultTable.of(table);
    this.schema = Objects.requireNonNull(schema, "schema == null");
    this.table = given.forEntity(schema.itemType().rawClass());
    this.shards = schema.shards();
    this.table.internalSession().claimPartition(table.name(), schema.partitionName(), schema.getClass().getName());
    this.table.internalSession().declareIndexes(table.name(), schema.indexes());
    Set<String> names = new LinkedHashSet<>();
    Set<String> partitions = new HashSet<>();
    for (Index index : schema.indexes()) {
      if (index.isGlobal()) {
        names.add(index.partitionAttribute());
        partitions.add(index.partitionAttribute());
      }
      names.add(index.sortAttribute());
    }
    for (Index index : schema.indexes()) {
      partitions.remove(index.sortAttribute()); // a sort key too: the smaller limit holds
    }
    this.indexAttributeNames = names.toArray(new String[0]);
    this.partitionAttributeNames = partitions;
  }

  /**
   * Creates the table unless it exists, with the indexes of every entity type whose repository this session has
   * made over it so far (local indexes can only be created with the table, so one type's creation must not leave
   * out another's); if it exists, checks it has this type's indexes.
   *
   * @throws dev.dynastore.TableMismatchException if the table exists without an index this type needs
   */
  public boolean createTableIfMissing() {
    TableDefinition all = TableDefinition.of(table.internalSession().declaredIndexes(table.name()));
    boolean created = new TableAdmin(table.internalSession(), table.name())
        .createIfMissing(all, TableDefinition.of(schema.indexes()));
    if (schema.partitionName() != null) {
      ShardCounts.check(table, schema.partitionName(), shards, schema.itemType().rawClass().getName(), true);
    }
    return created;
  }

  /**
   * The partition key of the item of {@code key} in the type's partition {@code partition}: the partition itself,
   * or its shard of the key. Before the first use in a session of a type with a fixed partition, checks the count
   * the table records (none, for a type never sharded): a build whose count differs would not find the items.
   */
  private String at(String partition, String key, boolean writing) {
    DefaultTable.checkKey(partition, key); // before the shard count is read: bad input meets no request
    if (shards == 1 && !partition.equals(schema.partitionName())) {
      return partition; // a component's partition (a tenant's): never sharded
    }
    checkShardCount(writing);
    return Shards.partitionOf(partition, key, shards);
  }

  /**
   * Checks the type's shard count against the table's record, once; a sharded type's write records it where the
   * table has none. Remembered here, so that an operation after the first costs two field reads.
   */
  private void checkShardCount(boolean writing) {
    if (shardCountSettled || shardCountRead && !writing) {
      return;
    }
    shardCountSettled = ShardCounts.check(table, schema.partitionName(), shards,
        schema.itemType().rawClass().getName(), writing);
    shardCountRead = true;
  }

  /** The partition key the entity is written under. */
  private String partitionOf(T entity) {
    return at(schema.partitionOf(entity), schema.keyOf(entity), true);
  }

  /** The table entities are stored in, as the repository was given it. */
  public Table table() {
    return given;
  }

  /** The indexes the entity type declares: what its table must have. */
  public List<Index> indexes() {
    return schema.indexes();
  }

  /**
   * Creates the entity if its key is absent or expired. It expires at its {@code @Expires} value if it has one,
   * else {@code ttl} after now if {@code ttl} is not null, else never.
   */
  public Versioned<T> create(T entity, Duration ttl) {
    Objects.requireNonNull(entity, "entity == null");
    Map<String, AttributeValue> payload = schema.itemToMap(entity, true);
    WriteSpec spec = spec(entity, payload, expiry(entity, ttl, ExpiryChange.CLEAR), null);
    return stored(entity, payload, table.create(partitionOf(entity), schema.keyOf(entity), spec));
  }

  /** Writes the entity unconditionally, replacing whatever is stored, its expiry included. */
  public Versioned<T> put(T entity, Duration ttl) {
    Objects.requireNonNull(entity, "entity == null");
    Map<String, AttributeValue> payload = schema.itemToMap(entity, true);
    WriteSpec spec = spec(entity, payload, expiry(entity, ttl, ExpiryChange.CLEAR), null);
    return stored(entity, payload, table.put(partitionOf(entity), schema.keyOf(entity), spec));
  }

  /**
   * Replaces {@code previous} with {@code next} if the stored item is still {@code previous}. The expiry is
   * {@code next}'s {@code @Expires} value when the type has that component (null: none); otherwise {@code ttl}
   * after now when given, else the stored expiry is kept.
   */
  public Versioned<T> update(Versioned<T> previous, T next, Duration ttl) {
    Objects.requireNonNull(previous, "previous == null: update the Versioned you read or created");
    Objects.requireNonNull(next, "next == null");
    Map<String, AttributeValue> payload = schema.itemToMap(next, true);
    WriteSpec spec = spec(next, payload, expiry(next, ttl, ExpiryChange.KEEP), previous.kv());
    KVPair written = table.compareAndSwap(partitionOf(next), schema.keyOf(next), previous.kv(), spec);
    return stored(next, payload, written);
  }

  /** Reads the entity; empty when absent or expired. */
  public Optional<Versioned<T>> get(String partition, String key, Consistency consistency) {
    KVPair found = table.get(at(partition, key, false), key, consistency == Consistency.STRONG ? CONSISTENT : EVENTUAL);
    return found == null ? Optional.empty() : Optional.of(read(found));
  }

  /** Whether a live entity is stored under the key. */
  public boolean exists(String partition, String key, Consistency consistency) {
    return table.exists(at(partition, key, false), key, consistency == Consistency.STRONG ? CONSISTENT : EVENTUAL);
  }

  /** Deletes unconditionally. */
  public void delete(String partition, String key) {
    table.delete(at(partition, key, true), key);
  }

  /** Deletes the entity only if the stored item is still {@code previous}. */
  public void delete(Versioned<T> previous) {
    Objects.requireNonNull(previous, "previous == null: delete the Versioned you read, or delete by key");
    table.atomicDelete(previous.kv().partition(), previous.kv().key(), previous.kv());
  }

  /**
   * Reads the entities of these keys of one partition ({@code keyText} turns a key into its stored text), 100 per
   * request: the live ones, keyed as given, in the order given; absent and expired keys are missing.
   */
  public <K> Map<K, Versioned<T>> getAll(String partition, Collection<? extends K> keys,
      Function<? super K, String> keyText, Consistency consistency) {
    Objects.requireNonNull(keys, "keys == null");
    Map<String, K> byText = new LinkedHashMap<>();
    for (K key : keys) {
      byText.putIfAbsent(keyText.apply(Objects.requireNonNull(key, "a key is null")), key);
    }
    if (byText.isEmpty()) {
      return new LinkedHashMap<>();
    }
    Map<String, KVPair> found = table.getAll(key -> at(partition, key, false), byText.keySet(),
        consistency == Consistency.STRONG);
    Map<K, Versioned<T>> entities = new LinkedHashMap<>();
    for (Map.Entry<String, K> key : byText.entrySet()) {
      KVPair kv = found.get(key.getKey());
      if (kv != null) {
        entities.put(key.getValue(), read(kv));
      }
    }
    return entities;
  }

  /**
   * Writes the entities unconditionally, 25 per request, each whole at version 1 (see {@link #put} for the
   * expiry): not versioned, not atomic.
   */
  public List<Versioned<T>> putAll(Collection<? extends T> entities, Duration ttl) {
    Objects.requireNonNull(entities, "entities == null");
    List<ItemWriter.KeyedWrite> writes = new ArrayList<>(entities.size());
    List<T> given = new ArrayList<>(entities.size());
    List<Map<String, AttributeValue>> payloads = new ArrayList<>(entities.size());
    for (T entity : entities) {
      Objects.requireNonNull(entity, "an entity is null");
      Map<String, AttributeValue> payload = schema.itemToMap(entity, true);
      WriteSpec spec = spec(entity, payload, expiry(entity, ttl, ExpiryChange.CLEAR), null);
      writes.add(new ItemWriter.KeyedWrite(partitionOf(entity), schema.keyOf(entity), spec));
      given.add(entity);
      payloads.add(payload);
    }
    if (writes.isEmpty()) {
      return new ArrayList<>();
    }
    List<KVPair> written = table.putAll(writes);
    List<Versioned<T>> stored = new ArrayList<>(written.size());
    for (int i = 0; i < written.size(); i++) {
      stored.add(stored(given.get(i), payloads.get(i), written.get(i)));
    }
    return stored;
  }

  /** Deletes the entities of these keys of one partition unconditionally, 25 per request; not atomic. */
  public <K> void deleteAll(String partition, Collection<? extends K> keys, Function<? super K, String> keyText) {
    Objects.requireNonNull(keys, "keys == null");
    List<String> texts = new ArrayList<>(keys.size());
    for (K key : keys) {
      texts.add(keyText.apply(Objects.requireNonNull(key, "a key is null")));
    }
    if (!texts.isEmpty()) {
      table.deleteAll(key -> at(partition, key, true), texts);
    }
  }

  // ------------------------------------------------------------------------------------------ transactions

  /** The key of one entity, for a snapshot. */
  public EntityKey<T> key(String partition, String key) {
    String stored = at(partition, key, false);
    DefaultTable.checkKey(stored, key);
    return new StoredKey<>(this, stored, key);
  }

  /** A create as a transaction action, its condition as of {@code now}. */
  TransactionAction createAction(T entity, Duration ttl, Instant now) {
    return newItemAction(TransactionAction.Kind.CREATE, entity, ttl, now);
  }

  /** A put as a transaction action: the whole item at version 1. */
  TransactionAction putAction(T entity, Instant now) {
    return newItemAction(TransactionAction.Kind.PUT, entity, null, now);
  }

  private TransactionAction newItemAction(TransactionAction.Kind kind, T entity, Duration ttl, Instant now) {
    Objects.requireNonNull(entity, "entity == null");
    Map<String, AttributeValue> payload = schema.itemToMap(entity, true);
    WriteSpec spec = spec(entity, payload, expiry(entity, ttl, ExpiryChange.CLEAR), null);
    String partition = partitionOf(entity);
    String key = schema.keyOf(entity);
    DefaultTable.checkKey(partition, key);
    SdkBytes token = WriteTokens.next();
    KVPair written = ItemWriter.createdPair(partition, key, spec, now, token);
    TransactWriteItem item = kind == TransactionAction.Kind.CREATE
        ? ItemWriter.createAction(table.name(), partition, key, spec, now, token)
        : ItemWriter.putAction(table.name(), partition, key, spec, now, token);
    return action(kind, partition, key, written, item, entity, stored(entity, payload, written));
  }

  /** An update as a transaction action, on condition that the item is still {@code previous}. */
  TransactionAction updateAction(Versioned<T> previous, T next, Instant now) {
    Objects.requireNonNull(previous, "previous == null: update the Versioned you read or created");
    Objects.requireNonNull(next, "next == null");
    KVPair before = previous.kv();
    if (before.version() == Long.MAX_VALUE) {
      throw new UnreadableItemException("cannot update " + before.partition() + "/" + before.key() + ": it is at"
          + " version " + Long.MAX_VALUE + ", the largest a version can be");
    }
    Map<String, AttributeValue> payload = schema.itemToMap(next, true);
    WriteSpec spec = spec(next, payload, expiry(next, null, ExpiryChange.KEEP), before);
    String partition = partitionOf(next);
    String key = schema.keyOf(next);
    DefaultTable.checkKey(partition, key);
    DefaultTable.checkSameItem(partition, key, before);
    SdkBytes token = WriteTokens.next();
    KVPair written = ItemWriter.swappedPair(before, spec, now, token);
    return action(TransactionAction.Kind.UPDATE, partition, key, written,
        ItemWriter.updateAction(table.name(), partition, key, before, spec, now, token), next,
        stored(next, payload, written));
  }

  /** A versioned delete as a transaction action. */
  TransactionAction deleteAction(Versioned<T> previous, Instant now) {
    Objects.requireNonNull(previous, "previous == null: delete the Versioned you read");
    KVPair before = previous.kv();
    return action(TransactionAction.Kind.DELETE, before.partition(), before.key(), null,
        ItemWriter.deleteAction(table.name(), before.partition(), before.key(), before, now, table.fence()), null,
        null);
  }

  /** A condition check as a transaction action. */
  TransactionAction checkAction(Versioned<T> current, Instant now) {
    Objects.requireNonNull(current, "current == null: check the Versioned you read");
    KVPair before = current.kv();
    return action(TransactionAction.Kind.CHECK, before.partition(), before.key(), null,
        ItemWriter.checkAction(table.name(), before.partition(), before.key(), before, now, table.fence()), null,
        null);
  }

  private TransactionAction action(TransactionAction.Kind kind, String partition, String key, KVPair written,
      TransactWriteItem item, T given, Versioned<T> result) {
    return new TransactionAction(kind, table.name(), schema.itemType().rawClass().getSimpleName(), partition, key,
        written == null ? 0 : ItemWriter.storedSize(written), item, given, result, table.internalSession(),
        table.fence(), table.lease());
  }

  /** The entity a snapshot read, or null when it read nothing live. */
  Versioned<T> snapshotEntry(Map<String, AttributeValue> item, Instant now) {
    if (item == null || item.isEmpty() || Items.isExpired(item, now)) {
      return null;
    }
    return read(Items.decode(item));
  }

  /** The table's session: a transaction's parts must share one. */
  Session session() {
    return table.internalSession();
  }

  /**
   * The listing of table partition {@code partition} by key ({@code index} null) or through a local index;
   * {@code sortKey} turns a sort key into its stored value.
   */
  public <K> Listing<T, K> listing(String partition, Index index, Function<? super K, AttributeValue> sortKey) {
    if (index != null && index.isGlobal()) {
      throw new IllegalArgumentException(index + " is global: use globalListing");
    }
    if (shards > 1 || partition.equals(schema.partitionName())) {
      checkShardCount(false);
    }
    return new EntityListing<>(this, new KeyQuery(AttributeValue.fromS(partition), index, KeyRange.all(), null,
        shards), sortKey);
  }

  /**
   * The listing through a global index of the items whose index partition attribute is {@code indexPartition}:
   * only those of table partition {@code partition} (this type's, or one tenant's), for the index holds every
   * partition's items.
   */
  public <K> Listing<T, K> globalListing(Index index, AttributeValue indexPartition, String partition,
      Function<? super K, AttributeValue> sortKey) {
    Objects.requireNonNull(indexPartition, "indexPartition == null");
    boolean typePartition = partition.equals(schema.partitionName());
    if (typePartition) {
      checkShardCount(false);
    }
    return new EntityListing<>(this, new KeyQuery(indexPartition, index, KeyRange.all(), partition,
        typePartition ? shards : 1), sortKey);
  }

  Page<T> page(KeyQuery query, PageRequest request) {
    return page(table.listPage(query, readSpec(request, query.index())));
  }

  long count(KeyQuery query, boolean consistent) {
    return table.count(query, consistent);
  }

  private static ReadSpec readSpec(PageRequest request, Index index) {
    return new ReadSpec(request.size(), request.token(), index, request.consistency() == Consistency.STRONG,
        request.isDescending());
  }

  private Page<T> page(KVPage page) {
    List<Versioned<T>> entries = new ArrayList<>(page.items().size());
    List<UnreadableItemException> unreadable = page.unreadable();
    for (KVPair kv : page.items()) {
      try {
        entries.add(read(kv));
      } catch (UnreadableItemException e) {
        unreadable = new ArrayList<>(unreadable);
        unreadable.add(e); // one bad item must not stop the listing: the page reports it
      }
    }
    return Page.of(entries, page.lastKey().orElse(null), unreadable, page.scannedCount(), page.consumedReadUnits());
  }

  private Versioned<T> read(KVPair kv) {
    AttributeValue value = kv.value();
    if (value == null || value.type() != AttributeValue.Type.M) {
      throw new UnreadableItemException(kv + " in table " + table.name() + " has no map value: it is not a "
          + schema.itemType().rawClass().getSimpleName() + " written by Dynastore");
    }
    try {
      return Versioned.of(schema.read(value.m(), kv.version(), kv.expires().orElse(null)), kv);
    } catch (RuntimeException e) {
      throw new UnreadableItemException(kv + " in table " + table.name() + " cannot be read as a "
          + schema.itemType().rawClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The entity as stored: the one written, or, when the type has {@code @Version} or {@code @Expires}
   * components, read back from what was written, so that they hold the stored version and expiry.
   */
  private Versioned<T> stored(T entity, Map<String, AttributeValue> payload, KVPair written) {
    if (!schema.declaresVersion() && !schema.declaresExpiry()) {
      return Versioned.of(entity, written);
    }
    return Versioned.of(schema.read(payload, written.version(), written.expires().orElse(null)), written);
  }

  /** The entity's {@code @Expires} value decides when the type has one; else {@code ttl}; else {@code otherwise}. */
  private ExpiryChange expiry(T entity, Duration ttl, ExpiryChange otherwise) {
    Instant expires = schema.expiresOf(entity);
    if (expires != null) {
      return new ExpiryChange.At(expires);
    }
    if (ttl != null) {
      if (ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("ttl must be positive, was " + ttl);
      }
      return new ExpiryChange.After(ttl);
    }
    return schema.declaresExpiry() ? ExpiryChange.CLEAR : otherwise;
  }

  /** The write: the entity as the value, every index attribute set or (when null) removed. */
  private WriteSpec spec(T entity, Map<String, AttributeValue> payload, ExpiryChange expiry, KVPair previous) {
    DefaultTable.checkKey(schema.partitionOf(entity), schema.keyOf(entity)); // a bad key is named as one
    Map<String, AttributeValue> fields = schema.indexAttributes(entity);
    Set<String> absent = Set.of();
    for (String name : indexAttributeNames) {
      AttributeValue value = fields.get(name);
      if (value == null) {
        if (absent.isEmpty()) {
          absent = new LinkedHashSet<>();
        }
        absent.add(name);
      } else {
        checkIndexKey(name, value);
      }
    }
    return new WriteSpec(AttributeValue.createM(payload), fields, absent, expiry, previous, table.fence());
  }

  /**
   * DynamoDB refuses empty index keys, global index partition keys over 2048 bytes and sort keys over 1024: say so
   * before the write.
   */
  private void checkIndexKey(String name, AttributeValue value) {
    long bytes = ItemSizes.value(value);
    boolean empty = value.s() != null && value.s().isEmpty() || value.b() != null && value.b().asByteArrayUnsafe().length == 0;
    if (empty) {
      throw new InvalidKeyException("index attribute " + name + " is empty: DynamoDB cannot index an empty key;"
          + " use null to leave the index");
    }
    if (value.n() != null && DynamoNumbers.problem(value.n()) != null) {
      throw new InvalidKeyException("index attribute " + name + ": " + DynamoNumbers.problem(value.n()));
    }
    int limit = partitionAttributeNames.contains(name) ? ItemLayout.MAX_PARTITION_BYTES : ItemLayout.MAX_KEY_BYTES;
    if (bytes > limit) {
      throw new InvalidKeyException("index attribute " + name + " is " + bytes + " bytes; DynamoDB's limit for"
          + (limit == ItemLayout.MAX_PARTITION_BYTES ? " a partition key" : " a sort key") + " is " + limit);
    }
  }
}
