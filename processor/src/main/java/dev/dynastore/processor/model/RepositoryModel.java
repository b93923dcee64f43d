package dev.dynastore.processor.model;

import dev.dynastore.processor.validation.ValidRepository;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ExecutableType;

/**
 * A declared repository ready to be written: the interface, its implementation's name, its entity, and how
 * each of its own abstract methods is implemented.
 */
public record RepositoryModel(TypeElement element, GeneratedName implementation, EntityModel entity,
    List<Method> methods) {

  /**
   * One declared method.
   *
   * @param type its parameter and return types as a member of the repository
   * @param index the index it lists through, or null (by key, or not a listing)
   * @param narrowing how a listing narrows its sort keys
   * @param withConsistency whether it takes a {@code Consistency}
   */
  public record Method(ExecutableElement element, ExecutableType type, ValidRepository.Kind kind, IndexModel index,
      ValidRepository.Narrowing narrowing, boolean withConsistency) {}
}
