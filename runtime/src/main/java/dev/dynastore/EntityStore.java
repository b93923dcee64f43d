package dev.dynastore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
  private final Table table;
  private final EntitySchema<T> schema;
  private final String[] indexAttributeNames;

  /** A store for entities of {@code schema}'s type in {@code table}. */
  public EntityStore(Table table, EntitySchema<T> schema) {
    this.table = Objects.requireNonNull(table, "table == null");
    this.schema = Objects.requireNonNull(schema, "schema == null");
    Set<String> names = new LinkedHashSet<>();
    for (Index index : schema.indexes()) {
      if (index.isGlobal()) {
        names.add(index.partitionAttribute());
      }
      names.add(index.sortAttribute());
    }
    this.indexAttributeNames = names.toArray(new String[0]);
  }

  /** The table entities are stored in. */
  public Table table() {
    return table;
  }

  /** Creates the entity if its key is absent or expired. {@code ttl} may be null. */
  public Versioned<T> create(T entity, Duration ttl) {
    Objects.requireNonNull(entity, "entity == null");
    KVPair written = table.atomicPut(schema.partitionOf(entity), schema.keyOf(entity), writeOptions(entity, ttl, null));
    return new Versioned<>(entity, written);
  }

  /** Writes the entity unconditionally. {@code ttl} may be null. */
  public Versioned<T> put(T entity, Duration ttl) {
    Objects.requireNonNull(entity, "entity == null");
    KVPair written = table.put(schema.partitionOf(entity), schema.keyOf(entity), writeOptions(entity, ttl, null));
    return new Versioned<>(entity, written);
  }

  /** Replaces {@code previous} with {@code next} if the stored item is still {@code previous}. */
  public Versioned<T> update(Versioned<T> previous, T next, Duration ttl) {
    Objects.requireNonNull(previous, "previous == null: update the Versioned you read or created");
    Objects.requireNonNull(next, "next == null");
    KVPair written = table.atomicPut(schema.partitionOf(next), schema.keyOf(next), writeOptions(next, ttl, previous.kv()));
    return new Versioned<>(next, written);
  }

  /** Reads the entity; empty when absent or expired. */
  public Optional<Versioned<T>> get(String partition, String key, Consistency consistency) {
    Optional<KVPair> found = consistency == Consistency.STRONG
        ? table.get(partition, key, ReadOption.consistent()) : table.get(partition, key);
    return found.isPresent() ? Optional.of(read(found.get())) : Optional.empty();
  }

  /** Whether a live entity is stored under the key. */
  public boolean exists(String partition, String key, Consistency consistency) {
    return consistency == Consistency.STRONG
        ? table.exists(partition, key, ReadOption.consistent()) : table.exists(partition, key);
  }

  /** Deletes unconditionally. */
  public void delete(String partition, String key) {
    table.delete(partition, key);
  }

  /** Deletes the entity only if the stored item is still {@code previous}. */
  public void delete(Versioned<T> previous) {
    Objects.requireNonNull(previous, "previous == null: delete the Versioned you read, or delete by key");
    table.atomicDelete(previous.kv().partition(), previous.kv().key(), previous.kv());
  }

  /** Lists a partition by key, or through a local index when {@code index} is not null. */
  public Page<T> list(String partition, Index index, String prefix, PageRequest request) {
    return page(table.listPage(partition, prefix, request.toReadSpec(index), null, false));
  }

  /**
   * Lists through a global index: {@code indexPartition} is the value of the index's partition attribute.
   * Only items of this entity type's partitions are returned.
   */
  public Page<T> listGlobal(Index index, String indexPartition, String prefix, PageRequest request) {
    String fixed = schema.fixedPartition();
    String filter = fixed != null ? fixed : schema.partitionPrefix();
    return page(table.listPage(indexPartition, prefix, request.toReadSpec(index), filter, fixed == null));
  }

  private Page<T> page(KVPage page) {
    List<Versioned<T>> entries = new ArrayList<>(page.items().size());
    for (KVPair kv : page.items()) {
      entries.add(read(kv));
    }
    return new Page<>(entries, page.lastKey().orElse(null));
  }

  private Versioned<T> read(KVPair kv) {
    AttributeValue value = kv.value();
    if (value == null || value.m() == null || !value.hasM()) {
      throw new UnreadableItemException(kv + " in table " + table.name() + " has no map value: it is not a "
          + schema.itemType().rawClass().getSimpleName() + " written by Dynastore");
    }
    try {
      return new Versioned<>(schema.read(value.m(), kv.version(), kv.expires().orElse(null)), kv);
    } catch (RuntimeException e) {
      throw new UnreadableItemException(kv + " in table " + table.name() + " cannot be read as a "
          + schema.itemType().rawClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private WriteOption[] writeOptions(T entity, Duration ttl, KVPair previous) {
    Map<String, AttributeValue> fields = schema.indexAttributes(entity);
    List<String> absent = new ArrayList<>();
    for (String name : indexAttributeNames) {
      AttributeValue value = fields.get(name);
      if (value == null) {
        absent.add(name);
      } else {
        checkIndexKey(name, value);
      }
    }
    Instant expires = schema.expiresOf(entity);
    List<WriteOption> options = new ArrayList<>(5);
    options.add(WriteOption.withValue(AttributeValue.createM(schema.itemToMap(entity, true))));
    if (!fields.isEmpty()) {
      options.add(WriteOption.withFields(fields));
    }
    if (!absent.isEmpty()) {
      options.add(WriteOption.withoutFields(absent.toArray(new String[0])));
    }
    if (expires != null) {
      options.add(WriteOption.withExpiresAt(expires));
    } else if (ttl != null) {
      options.add(WriteOption.withTtl(ttl));
    }
    if (previous != null) {
      options.add(WriteOption.withPreviousKV(previous));
    }
    return options.toArray(new WriteOption[0]);
  }

  /** DynamoDB refuses empty index keys and keys over 1024 bytes; say so before the write. */
  private static void checkIndexKey(String name, AttributeValue value) {
    long bytes = ItemSizes.value(value);
    boolean empty = value.s() != null && value.s().isEmpty() || value.b() != null && value.b().asByteArrayUnsafe().length == 0;
    if (empty) {
      throw new InvalidKeyException("index attribute " + name + " is empty: DynamoDB cannot index an empty key;"
          + " use null to leave the index");
    }
    if (bytes > ItemLayout.MAX_KEY_BYTES) {
      throw new InvalidKeyException("index attribute " + name + " is " + bytes + " bytes; DynamoDB's limit for an"
          + " index key is " + ItemLayout.MAX_KEY_BYTES);
    }
  }
}
