package dev.dynastore.processor.model;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.dynastore.processor.discovery.IndexedAnnotation;
import dev.dynastore.processor.discovery.PropertyDeclaration;
import dev.dynastore.processor.discovery.RepositoryDeclaration;
import dev.dynastore.processor.discovery.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the model of an entity that passed validation: the one place that turns declarations into the
 * immutable description the writers work from.
 */
public final class ModelFactory {
  private final ValueMappings mappings;

  public ModelFactory(ValueMappings mappings) {
    this.mappings = mappings;
  }

  /** The model of a valid entity. */
  public EntityModel entity(TypeDeclaration declaration) {
    List<PropertyModel> properties = new ArrayList<>();
    PropertyModel key = null;
    PropertyModel partitionComponent = null;
    PropertyModel expires = null;
    for (PropertyDeclaration property : declaration.properties()) {
      PropertyModel model = property(property);
      properties.add(model);
      if (property.key() != null) {
        key = model;
      }
      if (property.partition() != null) {
        partitionComponent = model;
      }
      if (model.role() == PropertyModel.Role.EXPIRES) {
        expires = model;
      }
    }
    TypeModel type = new TypeModel(declaration.element(), ClassName.get(declaration.element()),
        Names.schemaOf(declaration.element()), declaration.shape(), properties, declaration.constructorOrder());
    String partitionName = declaration.partition() == null ? null : declaration.partition().name();
    if (partitionName != null && partitionName.isEmpty()) {
      partitionName = null;
    }
    return new EntityModel(type, Names.repositoryOf(declaration.element()), partitionName, partitionComponent, key,
        indexes(declaration, type), expires, nestedTypesOf(type));
  }

  private PropertyModel property(PropertyDeclaration property) {
    PropertyModel.Role role = property.ignore() != null ? PropertyModel.Role.IGNORED
        : property.version() != null ? PropertyModel.Role.VERSION
        : property.expires() != null ? PropertyModel.Role.EXPIRES
        : PropertyModel.Role.STORED;
    ValueMapping mapping = role == PropertyModel.Role.STORED ? mappings.forProperty(property).mapping() : null;
    return new PropertyModel(property.name(), property.attributeName(), TypeName.get(property.type()), role, mapping,
        property.getter(), property.setter(), property.type());
  }

  private List<IndexModel> indexes(TypeDeclaration declaration, TypeModel type) {
    Map<String, IndexModel> indexes = new LinkedHashMap<>();
    Set<String> accessors = new HashSet<>();
    for (PropertyDeclaration property : declaration.properties()) {
      for (IndexedAnnotation indexed : property.indexed()) {
        String name = indexed.name();
        if (indexes.containsKey(name)) {
          continue;
        }
        String partitionBy = indexed.partitionBy();
        PropertyModel partition = null;
        if (!partitionBy.isEmpty()) {
          for (PropertyModel candidate : type.stored()) {
            if (candidate.attribute().equals(partitionBy)) {
              partition = candidate;
            }
          }
        }
        String accessor = Names.indexAccessor(name);
        for (int n = 2; !accessors.add(accessor); n++) {
          accessor = Names.indexAccessor(name) + n;
        }
        indexes.put(name, new IndexModel(name, type.property(property.name()), partition, accessor));
      }
    }
    return new ArrayList<>(indexes.values());
  }

  /** The model of a declared repository whose methods all fit its entity. */
  public RepositoryModel repository(RepositoryDeclaration declaration, EntityModel entity,
      List<RepositoryModel.Method> methods) {
    ClassName type = ClassName.get(declaration.element());
    ClassName implementation = ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Impl");
    return new RepositoryModel(declaration.element(), implementation, entity, methods);
  }

  /** The nested types reachable from the stored properties, each once. */
  private List<TypeModel> nestedTypesOf(TypeModel type) {
    Map<ClassName, TypeModel> found = new LinkedHashMap<>();
    collect(type, found);
    found.remove(type.type());
    return new ArrayList<>(found.values());
  }

  private void collect(TypeModel type, Map<ClassName, TypeModel> found) {
    for (PropertyModel property : type.stored()) {
      collect(property.mapping(), found);
    }
  }

  private void collect(ValueMapping mapping, Map<ClassName, TypeModel> found) {
    if (mapping instanceof ValueMapping.Nested nested) {
      if (found.containsKey(nested.javaType())) {
        return;
      }
      TypeModel model = mappings.nestedModelByName(nested.javaType()).orElseThrow();
      found.put(nested.javaType(), model);
      collect(model, found);
    } else if (mapping instanceof ValueMapping.ListOf list) {
      collect(list.element(), found);
    } else if (mapping instanceof ValueMapping.SetOf set) {
      collect(set.element(), found);
    } else if (mapping instanceof ValueMapping.MapOf map) {
      collect(map.value(), found);
    } else if (mapping instanceof ValueMapping.OptionalOf optional) {
      collect(optional.element(), found);
    }
  }
}
