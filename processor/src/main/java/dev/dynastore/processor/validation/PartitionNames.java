package dev.dynastore.processor.validation;

import dev.dynastore.processor.diagnostics.Diagnostics;
import dev.dynastore.processor.diagnostics.Message;
import dev.dynastore.processor.discovery.PartitionAnnotation;
import dev.dynastore.processor.discovery.TypeDeclaration;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * The partition names the entities of one compilation use, so that no two types store their items under the same
 * name: a fixed partition ({@code @Partition("customers")}) or the prefix of a component's partitions.
 */
public final class PartitionNames {
  private final Map<String, String> owners = new HashMap<>();

  /** Claims the entity's partition name; an error when another entity holds it. */
  public void claim(TypeDeclaration declaration, Diagnostics report) {
    TypeElement entity = declaration.element();
    PartitionAnnotation partition = declaration.partition();
    String name = partition == null ? "" : partition.name();
    if (name.isEmpty()) {
      return;
    }
    String owner = entity.getQualifiedName().toString();
    String before = owners.putIfAbsent(name, owner);
    if (before != null && !before.equals(owner)) {
      report.error(entity, partition.mirror(), partition.value(), Message.PARTITION_NAME_TAKEN,
          before, owner, name);
    }
  }
}
