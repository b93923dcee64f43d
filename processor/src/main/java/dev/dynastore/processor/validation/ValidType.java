package dev.dynastore.processor.validation;

import dev.dynastore.processor.discovery.PropertyDeclaration;
import dev.dynastore.processor.discovery.TypeDeclaration;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * A record or bean that can be stored: its declaration, and the stored type of every property stored in its
 * value map. For an entity, the {@code @Ignore}, {@code @Version} and {@code @Expires} properties are not stored
 * there; for a nested type, only the {@code @Ignore} ones are left out.
 *
 * @param stored the stored type of each stored property, by property name, in declaration order
 */
public record ValidType(TypeDeclaration declaration, Map<String, StoredType> stored) {
  public TypeElement element() {
    return declaration.element();
  }

  /** How the property is stored; null when it is not stored in the value map. */
  public StoredType storedType(PropertyDeclaration property) {
    return stored.get(property.name());
  }
}
