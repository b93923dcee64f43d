package dev.dynastore.processor.model;

import dev.dynastore.processor.discovery.TypeDeclaration;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A record or class whose values Dynastore stores as a map: an entity's payload, or a nested type.
 *
 * @param schema the name of its generated schema
 * @param constructorOrder the property names in constructor order (records and constructor classes)
 */
public record TypeModel(TypeElement element, GeneratedName schema, TypeDeclaration.Shape shape,
    List<PropertyModel> properties, List<String> constructorOrder) {

  /** The properties stored in the payload. */
  public List<PropertyModel> stored() {
    return properties.stream().filter(p -> p.role() == PropertyModel.Role.STORED).toList();
  }

  /** The property of that name. */
  public PropertyModel property(String name) {
    for (PropertyModel property : properties) {
      if (property.name().equals(name)) {
        return property;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
