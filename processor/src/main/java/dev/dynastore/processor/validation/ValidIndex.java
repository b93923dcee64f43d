package dev.dynastore.processor.validation;

import dev.dynastore.processor.discovery.PropertyDeclaration;

/**
 * A secondary index an entity declares, checked: its sort key and, for a global index, the stored property its
 * {@code partitionBy} names.
 *
 * @param partition the property partitioning a global index; null for a local index
 */
public record ValidIndex(String name, PropertyDeclaration sort, PropertyDeclaration partition) {
  public boolean isGlobal() {
    return partition != null;
  }
}
