package dev.dynastore.internal;

import dev.dynastore.kv.Index;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where and how an entity type is stored: a {@link TableSchema} for its value (the item's {@code payload}
 * map) plus its partition, key, index attributes and expiry. Implemented by the schemas Dynastore's
 * annotation processor generates ({@code CustomerSchema} for {@code Customer}); users do not implement it.
 *
 * @param <T> the entity type
 */
public interface EntitySchema<T> extends TableSchema<T> {
  /** The partition the entity lives in. */
  String partitionOf(T entity);

  /** The entity's key within its partition. */
  String keyOf(T entity);

  /**
   * The type-level {@code @Partition} name: the partition of every entity of this type, or, when a component
   * names the partition, the namespace of its partitions ({@code name#value}). No two types of a table share one.
   */
  String partitionName();

  /**
   * How many physical partitions the type's one partition is spread over ({@code @Partition(shards = ...)}): 1 when
   * it is not sharded, or when a component names the partition.
   */
  default int shards() {
    return 1;
  }

  /** The indexes a table needs for this type. */
  List<Index> indexes();

  /** The entity's index attributes that are present, to copy to the top level of the item. */
  Map<String, AttributeValue> indexAttributes(T entity);

  /** The entity's expiry, from its {@code @Expires} component, or null. */
  Instant expiresOf(T entity);

  /** Whether the type has an {@code @Expires} component: then the entity says its expiry on every write. */
  boolean declaresExpiry();

  /** Whether the type has a {@code @Version} component, filled in on read. */
  boolean declaresVersion();

  /** Reads an entity from its stored value, with the item's version and expiry for the components exposing them. */
  T read(Map<String, AttributeValue> payload, long version, Instant expires);
}
