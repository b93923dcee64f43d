package dev.dynastore.processor.model;

/**
 * A secondary index the entity declares, and the typed accessor the repository gets for it.
 *
 * @param partition the property partitioning a global index; null for a local one
 * @param accessor the repository method, e.g. {@code byCreated}
 */
public record IndexModel(String name, PropertyModel sort, PropertyModel partition, String accessor) {
  public boolean isGlobal() {
    return partition != null;
  }
}
