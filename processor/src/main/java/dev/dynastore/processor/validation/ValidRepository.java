package dev.dynastore.processor.validation;

import dev.dynastore.processor.discovery.RepositoryDeclaration;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A declared repository whose every method fits its entity: the declaration, and how each method is implemented.
 */
public record ValidRepository(RepositoryDeclaration declaration, List<Method> methods) {

  /** How a declared method is implemented. */
  public enum Kind { GET, EXISTS, DELETE, LIST }

  /**
   * One declared method, classified.
   *
   * @param index the name of the index it lists through, or null (by key, or not a listing)
   * @param withPrefix whether it takes a key prefix
   * @param withConsistency whether it takes a {@code Consistency}
   */
  public record Method(ExecutableElement element, Kind kind, String index, boolean withPrefix,
      boolean withConsistency) {}
}
