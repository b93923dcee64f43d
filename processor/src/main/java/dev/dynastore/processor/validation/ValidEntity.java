package dev.dynastore.processor.validation;

import dev.dynastore.processor.discovery.PropertyDeclaration;
import dev.dynastore.processor.discovery.TypeDeclaration;
import java.util.List;

/**
 * An entity that passed every check: its declaration with the stored type of every stored property, its indexes,
 * and the nested records and beans its stored properties reach. Computed once by {@link EntityValidator} and
 * handed on, to the model and to the checks of declared repositories.
 *
 * @param indexes each index once, in the order first declared
 * @param nestedTypes the nested types reachable from the stored properties, each once, the entity itself excluded
 */
public record ValidEntity(ValidType type, List<ValidIndex> indexes, List<ValidType> nestedTypes) {
  public TypeDeclaration declaration() {
    return type.declaration();
  }

  /** The {@code @Key} property. */
  public PropertyDeclaration key() {
    return declaration().properties().stream().filter(p -> p.key() != null).findFirst().orElseThrow();
  }

  /** The property naming the partition, or null for a fixed partition. */
  public PropertyDeclaration partitionComponent() {
    return declaration().properties().stream().filter(p -> p.partition() != null).findFirst().orElse(null);
  }

  /** The index of that name, or null. */
  public ValidIndex index(String name) {
    return indexes.stream().filter(index -> index.name().equals(name)).findFirst().orElse(null);
  }
}
