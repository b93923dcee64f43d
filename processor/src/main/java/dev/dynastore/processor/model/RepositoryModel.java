package dev.dynastore.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A declared repository ready to be written: the interface, its implementation's name, its entity, and how
 * each of its own abstract methods is implemented.
 */
public record RepositoryModel(TypeElement element, ClassName implementation, EntityModel entity,
    List<Method> methods) {

  /** How a declared method is implemented. */
  public enum Kind { GET, EXISTS, DELETE, LIST }

  /**
   * One declared method.
   *
   * @param index the index it lists through, or null (by key, or not a listing)
   * @param withPrefix whether it takes a key prefix
   * @param withConsistency whether it takes a {@code Consistency}
   */
  public record Method(ExecutableElement element, Kind kind, IndexModel index, boolean withPrefix,
      boolean withConsistency) {}
}
