package dev.dynastore.processor.model;

import dev.dynastore.processor.discovery.PropertyDeclaration;
import dev.dynastore.processor.discovery.TypeDeclaration;
import dev.dynastore.processor.validation.StoredType;
import dev.dynastore.processor.validation.ValidEntity;
import dev.dynastore.processor.validation.ValidIndex;
import dev.dynastore.processor.validation.ValidRepository;
import dev.dynastore.processor.validation.ValidType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the model of what passed validation: the one place that turns validated declarations into the
 * immutable description the writers work from. It reads no annotation and classifies no type: both were done
 * once, before.
 */
public final class ModelFactory {
  /** The model of a valid entity. */
  public EntityModel entity(ValidEntity entity) {
    TypeModel type = type(entity.type());
    TypeDeclaration declaration = entity.declaration();
    PropertyDeclaration component = entity.partitionComponent();
    PropertyModel expires = type.properties().stream()
        .filter(property -> property.role() == PropertyModel.Role.EXPIRES).findFirst().orElse(null);
    String partitionName = declaration.partition() == null || declaration.partition().name().isEmpty() ? null
        : declaration.partition().name();
    String tableKey = declaration.partition() == null || declaration.partition().table().isEmpty() ? null
        : declaration.partition().table();
    List<TypeModel> nestedSchemas = new ArrayList<>();
    for (ValidType nested : entity.nestedTypes()) {
      if (nested.declaration().partition() == null) {
        nestedSchemas.add(type(nested));
      }
    }
    return new EntityModel(type, Names.repositoryOf(declaration.element()), partitionName,
        component == null ? null : type.property(component.name()),
        declaration.partition() == null ? 1 : declaration.partition().shards(), type.property(entity.key().name()),
        indexes(entity, type), expires, tableKey, nestedSchemas);
  }

  /** The model of a declared repository whose methods all fit its entity. */
  public RepositoryModel repository(ValidRepository repository, EntityModel entity) {
    List<RepositoryModel.Method> methods = new ArrayList<>();
    for (ValidRepository.Method method : repository.methods()) {
      methods.add(new RepositoryModel.Method(method.element(), method.type(), method.kind(),
          method.index() == null ? null : entity.index(method.index()), method.narrowing(),
          method.withConsistency()));
    }
    return new RepositoryModel(repository.declaration().element(),
        Names.implementationOf(repository.declaration().element()), entity, methods);
  }

  /**
   * The model of an entity's payload or of a nested type: a property with a stored type is stored; of the others,
   * an entity's {@code @Version} and {@code @Expires} properties are its version and expiry, the rest ignored.
   */
  private TypeModel type(ValidType type) {
    List<PropertyModel> properties = new ArrayList<>();
    for (PropertyDeclaration property : type.declaration().properties()) {
      StoredType stored = type.storedType(property);
      properties.add(new PropertyModel(property.name(), property.attributeName(), property.type(),
          role(property, stored), stored, property.getter(), property.setter()));
    }
    return new TypeModel(type.element(), Names.schemaOf(type.element()), type.declaration().shape(), properties,
        type.declaration().constructorOrder());
  }

  private static PropertyModel.Role role(PropertyDeclaration property, StoredType stored) {
    if (stored != null) {
      return PropertyModel.Role.STORED;
    }
    if (property.ignore() != null) {
      return PropertyModel.Role.IGNORED;
    }
    if (property.version() != null) {
      return PropertyModel.Role.VERSION;
    }
    if (property.expires() != null) {
      return PropertyModel.Role.EXPIRES;
    }
    throw new IllegalStateException("property " + property.name() + " was not classified");
  }

  private List<IndexModel> indexes(ValidEntity entity, TypeModel type) {
    List<IndexModel> indexes = new ArrayList<>();
    Set<String> accessors = new HashSet<>();
    for (ValidIndex index : entity.indexes()) {
      String accessor = Names.indexAccessor(index.name());
      for (int n = 2; !accessors.add(accessor); n++) {
        accessor = Names.indexAccessor(index.name()) + n;
      }
      indexes.add(new IndexModel(index.name(), type.property(index.sort().name()),
          index.partition() == null ? null : type.property(index.partition().name()), accessor));
    }
    return indexes;
  }
}
