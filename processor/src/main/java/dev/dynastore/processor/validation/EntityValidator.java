package dev.dynastore.processor.validation;

import dev.dynastore.annotations.Partition;
import dev.dynastore.processor.diagnostics.Diagnostics;
import dev.dynastore.processor.diagnostics.Message;
import dev.dynastore.processor.discovery.IndexedAnnotation;
import dev.dynastore.processor.discovery.PartitionAnnotation;
import dev.dynastore.processor.discovery.PropertyDeclaration;
import dev.dynastore.processor.discovery.TypeDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks an entity against Dynastore's rules: one partition, one key, stored types it can convert, indexes
 * that a table can define. Every problem goes to the diagnostics, pointing at the element, annotation and value
 * at fault. What it decides on the way (the stored type of each property, the indexes, the nested types) is
 * handed on as a {@link ValidEntity}, so that no later step decides it again; no code is built here.
 */
public final class EntityValidator {
  /** Top-level attributes Dynastore manages; index attributes must not use them. */
  private static final Set<String> RESERVED_ATTRIBUTES =
      Set.of("id", "name", "version", "expires", "payload", "wtoken", "fence");
  /** A table key: kebab-case, which Spring Boot binds as written ({@code dynastore.tables.<key>.name}). */
  private static final java.util.regex.Pattern TABLE_KEY = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");
  private static final String RESERVED_LIST = "id, name, version, expires, payload, wtoken, fence";

  private final TypeClassifier classifier;

  public EntityValidator(TypeClassifier classifier) {
    this.classifier = classifier;
  }

  /** The valid entity; empty when the diagnostics have errors (all of them reported, not only the first). */
  public Optional<ValidEntity> validate(TypeDeclaration entity, Diagnostics report) {
    validatePartition(entity, report);
    validateKey(entity, report);
    validateRoles(entity, report);
    Map<String, StoredType> stored = validateStored(entity, report);
    List<ValidIndex> indexes = validateIndexes(entity, stored, report);
    if (!report.isClean()) {
      return Optional.empty();
    }
    ValidType type = new ValidType(entity, stored);
    return Optional.of(new ValidEntity(type, indexes, classifier.nestedTypesOf(type)));
  }

  private void validatePartition(TypeDeclaration entity, Diagnostics report) {
    TypeElement type = entity.element();
    PartitionAnnotation onType = entity.partition();
    PropertyDeclaration component = null;
    for (PropertyDeclaration property : entity.properties()) {
      if (property.partition() == null) {
        continue;
      }
      if (component != null) {
        report.error(property.element(), property.partition().mirror(), null, Message.PARTITION_TWICE,
            component.name(), property.name());
        continue;
      }
      component = property;
      PartitionAnnotation partition = property.partition();
      if (partition.value() != null && !partition.name().isEmpty()) {
        report.error(property.element(), partition.mirror(), partition.value(), Message.PARTITION_NAME_ON_COMPONENT,
            property.name());
      }
      if (partition.shardsValue() != null) {
        report.error(property.element(), partition.mirror(), partition.shardsValue(),
            Message.PARTITION_SHARDS_ON_VALUE, partition.shards(), property.name());
      }
      if (partition.tableValue() != null) {
        report.error(property.element(), partition.mirror(), partition.tableValue(),
            Message.PARTITION_TABLE_ON_COMPONENT, partition.table(), property.name());
      }
      if (!isKeyType(property.type())) {
        report.error(property.element(), partition.mirror(), null, Message.PARTITION_TYPE, property.name(),
            property.type());
      }
    }
    String name = onType == null ? "" : onType.name();
    String suggestion = type.getSimpleName().toString().toLowerCase(Locale.ROOT) + "s";
    if (onType == null && component == null) {
      report.error(type, Message.PARTITION_MISSING, type.getSimpleName());
    } else if (component != null && name.isEmpty()) {
      // without a name, a tenant called "customers" would read and overwrite the Customer items
      report.error(type, onType == null ? null : onType.mirror(), onType == null ? null : onType.value(),
          Message.PARTITION_NAMESPACE_MISSING, component.name(), type.getSimpleName(), suggestion, suggestion,
          component.name());
    } else if (component == null && name.isEmpty()) {
      report.error(type, onType.mirror(), onType.value(), Message.PARTITION_EMPTY, type.getSimpleName(), suggestion);
    } else if (name.contains("#")) {
      report.error(type, onType.mirror(), onType.value(), Message.PARTITION_NAME_SEPARATOR, name,
          type.getSimpleName(), name.replace("#", "_"));
    }
    if (onType != null && onType.tableValue() != null && !TABLE_KEY.matcher(onType.table()).matches()) {
      report.error(type, onType.mirror(), onType.tableValue(), Message.PARTITION_TABLE_KEY, onType.table(),
          type.getSimpleName(), kebabCase(onType.table()));
    }
    if (onType != null && onType.shardsValue() != null) {
      if (onType.shards() < 1 || onType.shards() > Partition.MAX_SHARDS) {
        report.error(type, onType.mirror(), onType.shardsValue(), Message.PARTITION_SHARDS_RANGE, onType.shards(),
            type.getSimpleName(), Partition.MAX_SHARDS);
      } else if (component != null && onType.shards() > 1) {
        report.error(type, onType.mirror(), onType.shardsValue(), Message.PARTITION_SHARDS_ON_COMPONENT,
            onType.shards(), type.getSimpleName(), component.name(), component.name());
      }
    }
  }

  private void validateKey(TypeDeclaration entity, Diagnostics report) {
    PropertyDeclaration key = null;
    for (PropertyDeclaration property : entity.properties()) {
      if (property.key() == null) {
        continue;
      }
      if (key != null) {
        report.error(property.element(), property.key(), null, Message.KEY_TWICE, key.name(), property.name());
        continue;
      }
      key = property;
      if (!isKeyType(property.type())) {
        report.error(property.element(), property.key(), null, Message.KEY_TYPE, property.name(), property.type());
      }
      if (property.partition() != null) {
        report.error(property.element(), property.key(), null, Message.KEY_AND_PARTITION, property.name());
      }
    }
    if (key == null) {
      report.error(entity.element(), Message.KEY_MISSING, entity.element().getSimpleName());
    }
  }

  private void validateRoles(TypeDeclaration entity, Diagnostics report) {
    PropertyDeclaration version = null;
    PropertyDeclaration expires = null;
    for (PropertyDeclaration property : entity.properties()) {
      if (property.version() != null) {
        if (version != null) {
          report.error(property.element(), property.version(), null, Message.VERSION_TWICE, version.name(),
              property.name());
        }
        version = property;
        String type = property.type().toString();
        if (property.type().getKind() != TypeKind.LONG && !type.equals("java.lang.Long")) {
          report.error(property.element(), property.version(), null, Message.VERSION_TYPE, property.name(), type);
        }
        checkNotStoredRole(property, "Version", report);
      }
      if (property.expires() != null) {
        if (expires != null) {
          report.error(property.element(), property.expires(), null, Message.EXPIRES_TWICE, expires.name(),
              property.name());
        }
        expires = property;
        if (!property.type().toString().equals("java.time.Instant")) {
          report.error(property.element(), property.expires(), null, Message.EXPIRES_TYPE, property.name(),
              property.type());
        }
        checkNotStoredRole(property, "Expires", report);
      }
      if (property.attribute() != null && property.attributeName().isEmpty()) {
        report.error(property.element(), property.attribute().mirror(), property.attribute().value(),
            Message.ATTRIBUTE_EMPTY, property.name());
      }
    }
  }

  private void checkNotStoredRole(PropertyDeclaration property, String role, Diagnostics report) {
    String other = property.key() != null ? "Key" : property.partition() != null ? "Partition"
        : !property.indexed().isEmpty() ? "Indexed" : property.ignore() != null ? "Ignore"
        : property.version() != null && property.expires() != null && role.equals("Expires") ? "Version" : null;
    if (other != null) {
      report.error(property.element(), Message.MARKER_ON_STORED_ROLE, property.name(), role, other);
    }
  }

  /** Checks the stored properties' types and attribute names; returns their stored types by property name. */
  private Map<String, StoredType> validateStored(TypeDeclaration entity, Diagnostics report) {
    Map<String, StoredType> stored = new LinkedHashMap<>();
    Map<String, PropertyDeclaration> byAttribute = new LinkedHashMap<>();
    for (PropertyDeclaration property : entity.properties()) {
      if (isNotStored(property)) {
        continue;
      }
      PropertyDeclaration before = byAttribute.putIfAbsent(property.attributeName(), property);
      if (before != null) {
        report.error(property.element(), Message.ATTRIBUTE_DUPLICATE, before.name(), property.name(),
            property.attributeName());
      }
      if (property.convert() != null) {
        TypeMirror converter = property.convert().converter();
        if (converter == null || !classifier.isConverterFor(converter, property.type())) {
          report.error(property.element(), property.convert().mirror(), property.convert().value(),
              Message.CONVERTER_INVALID, converter == null ? "?" : simpleName(converter), property.name(),
              property.type());
          continue;
        }
      }
      TypeClassifier.Result result = classifier.classify(property);
      if (result.ok()) {
        stored.put(property.name(), result.stored());
      } else {
        report.error(property.element(), Message.NO_CONVERTER, property.name(), property.type(), result.problem());
      }
    }
    return stored;
  }

  /** Checks the indexes; returns each once, in the order first declared. */
  private List<ValidIndex> validateIndexes(TypeDeclaration entity, Map<String, StoredType> stored,
      Diagnostics report) {
    Map<String, ValidIndex> indexes = new LinkedHashMap<>();
    Map<String, PropertyDeclaration> sortOf = new LinkedHashMap<>();
    Map<String, String> partitionOf = new LinkedHashMap<>();
    Set<String> attributes = new TreeSet<>();
    for (PropertyDeclaration property : entity.properties()) {
      if (!isNotStored(property)) {
        attributes.add(property.attributeName());
      }
    }
    for (PropertyDeclaration property : entity.properties()) {
      for (IndexedAnnotation indexed : property.indexed()) {
        AnnotationValue nameValue = indexed.nameValue();
        String index = indexed.name();
        if (index.isEmpty()) {
          report.error(property.element(), indexed.mirror(), nameValue, Message.INDEX_NAME_EMPTY, property.name(),
              property.name());
          continue;
        }
        if (!index.matches("[a-zA-Z0-9_.-]{3,255}")) {
          report.error(property.element(), indexed.mirror(), nameValue, Message.INDEX_NAME_INVALID, index,
              property.name(), property.name());
          continue;
        }
        if (property.ignore() != null) {
          report.error(property.element(), indexed.mirror(), null, Message.INDEX_NOT_STORED, property.name());
          continue;
        }
        checkIndexKey(entity, property, indexed, stored, report);
        PropertyDeclaration sortedBefore = sortOf.putIfAbsent(index, property);
        if (sortedBefore != null && sortedBefore != property) {
          report.error(property.element(), indexed.mirror(), nameValue, Message.INDEX_SORT_CONFLICT, index,
              sortedBefore.name(), property.name());
        }
        String partitionBy = indexed.partitionBy();
        String partitionedBefore = partitionOf.putIfAbsent(index, partitionBy);
        AnnotationValue partitionValue = indexed.partitionByValue();
        if (partitionedBefore != null && !partitionedBefore.equals(partitionBy)) {
          report.error(property.element(), indexed.mirror(), partitionValue, Message.INDEX_PARTITION_CONFLICT, index,
              partitionedBefore.isEmpty() ? "the item's partition" : partitionedBefore,
              partitionBy.isEmpty() ? "the item's partition" : partitionBy);
        }
        if (!partitionBy.isEmpty()) {
          checkGlobalPartition(entity, property, indexed, partitionValue, index, partitionBy, attributes, stored,
              report);
        }
        indexes.putIfAbsent(index, new ValidIndex(index, property,
            partitionBy.isEmpty() ? null : storedProperty(entity, partitionBy)));
      }
    }
    return new ArrayList<>(indexes.values());
  }

  private void checkIndexKey(TypeDeclaration entity, PropertyDeclaration property, IndexedAnnotation indexed,
      Map<String, StoredType> stored, Diagnostics report) {
    if (property.convert() != null) {
      report.error(property.element(), indexed.mirror(), null, Message.INDEX_CONVERTED, property.name());
      return;
    }
    StoredType storedType = stored.get(property.name());
    if (storedType != null && storedType.scalarType() == null) {
      report.error(property.element(), indexed.mirror(), null, Message.INDEX_TYPE, property.name(), property.type());
    }
    if (RESERVED_ATTRIBUTES.contains(property.attributeName())) {
      report.error(property.element(), indexed.mirror(), null, Message.INDEX_RESERVED_ATTRIBUTE, property.name(),
          property.attributeName(), RESERVED_LIST, suggestion(entity.element(), property.attributeName()));
    }
  }

  private void checkGlobalPartition(TypeDeclaration entity, PropertyDeclaration sort, IndexedAnnotation indexed,
      AnnotationValue partitionValue, String index, String partitionBy, Set<String> attributes,
      Map<String, StoredType> stored, Diagnostics report) {
    if (partitionBy.equals(sort.attributeName())) {
      report.error(sort.element(), indexed.mirror(), partitionValue, Message.INDEX_PARTITION_SELF, index, partitionBy);
      return;
    }
    PropertyDeclaration partition = storedProperty(entity, partitionBy);
    if (partition == null) {
      report.error(sort.element(), indexed.mirror(), partitionValue, Message.INDEX_PARTITION_UNKNOWN, partitionBy,
          index, entity.element().getSimpleName(), attributes);
      return;
    }
    StoredType storedType = stored.get(partition.name());
    String scalar = storedType == null ? null : storedType.scalarType();
    if (partition.convert() != null || scalar == null || scalar.equals("B")) {
      report.error(sort.element(), indexed.mirror(), partitionValue, Message.INDEX_PARTITION_TYPE, index,
          partition.name(), partition.type());
    }
    if (RESERVED_ATTRIBUTES.contains(partitionBy)) {
      report.error(sort.element(), indexed.mirror(), partitionValue, Message.INDEX_RESERVED_ATTRIBUTE, partition.name(),
          partitionBy, RESERVED_LIST, suggestion(entity.element(), partitionBy));
    }
  }

  /** The stored property of that attribute name (the last, should two share it), or null. */
  private static PropertyDeclaration storedProperty(TypeDeclaration entity, String attribute) {
    PropertyDeclaration found = null;
    for (PropertyDeclaration property : entity.properties()) {
      if (!isNotStored(property) && property.attributeName().equals(attribute)) {
        found = property;
      }
    }
    return found;
  }

  /** Whether the property is left out of the payload. */
  private static boolean isNotStored(PropertyDeclaration property) {
    return property.ignore() != null || property.version() != null || property.expires() != null;
  }

  /** {@code "AuditLog_2"} as a table key: {@code "audit-log-2"}. */
  private static String kebabCase(String key) {
    String kebab = key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+|-+$", "");
    return kebab.isEmpty() ? "main" : kebab;
  }

  /** Key and partition components: String, UUID, an enum, int or long. */
  private static boolean isKeyType(TypeMirror type) {
    if (type.getKind() == TypeKind.INT || type.getKind() == TypeKind.LONG) {
      return true;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    return element.getKind() == ElementKind.ENUM
        || List.of("java.lang.String", "java.util.UUID", "java.lang.Integer", "java.lang.Long").contains(name);
  }

  private static String suggestion(TypeElement entity, String attribute) {
    String owner = entity.getSimpleName().toString();
    return Character.toLowerCase(owner.charAt(0)) + owner.substring(1) + Character.toUpperCase(attribute.charAt(0))
        + attribute.substring(1);
  }

  private static String simpleName(TypeMirror type) {
    String name = type.toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
