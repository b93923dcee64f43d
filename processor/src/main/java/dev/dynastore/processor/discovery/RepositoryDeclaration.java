package dev.dynastore.processor.discovery;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ExecutableType;

/**
 * A {@code @Repository} interface as written: its entity (the type argument of {@code DynastoreRepository}),
 * and the abstract methods it declares beyond those of {@code DynastoreRepository}.
 */
public record RepositoryDeclaration(TypeElement element, TypeElement entity, List<Method> methods) {

  /**
   * One abstract method to implement.
   *
   * @param type its parameter and return types as a member of the repository (an inherited generic interface's
   *     {@code Page<E>} is {@code Page<Shop>} there)
   * @param query its {@code @Query}, or null
   */
  public record Method(ExecutableElement element, ExecutableType type, QueryAnnotation query) {}
}
