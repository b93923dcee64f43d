package dev.dynastore.processor.model;

import java.util.List;

/**
 * An entity ready to be written: its payload type, where its items live, its key, its indexes, and the nested
 * types whose schemas it needs.
 *
 * @param repository the name of its generated repository
 * @param partitionName the type-level partition name (the prefix when a component names the partition), or null
 * @param partitionComponent the component naming the partition, or null for a fixed partition
 * @param shards how many physical partitions a fixed partition is spread over (1: not sharded)
 * @param expires the {@code @Expires} property, or null
 * @param tableKey the configuration key of the table its items live in ({@code @Partition(table = ...)}), or null
 *     for the application's default table
 * @param nestedSchemas the nested types reachable from the stored properties, each once, whose schemas are written
 *     with the entity's; entities among them are left out, as they have an entity schema of their own
 */
public record EntityModel(TypeModel type, GeneratedName repository, String partitionName,
    PropertyModel partitionComponent, int shards, PropertyModel key, List<IndexModel> indexes, PropertyModel expires,
    String tableKey, List<TypeModel> nestedSchemas) {

  /** Whether a property is the item's version. */
  public boolean declaresVersion() {
    return type.properties().stream().anyMatch(property -> property.role() == PropertyModel.Role.VERSION);
  }

  /** The index of that name. */
  public IndexModel index(String name) {
    for (IndexModel index : indexes) {
      if (index.name().equals(name)) {
        return index;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
