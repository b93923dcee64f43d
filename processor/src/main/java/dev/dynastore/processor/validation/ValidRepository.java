package dev.dynastore.processor.validation;

import dev.dynastore.processor.discovery.RepositoryDeclaration;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;

/**
 * A declared repository whose every method fits its entity: the declaration, and how each method is implemented.
 */
public record ValidRepository(RepositoryDeclaration declaration, List<Method> methods) {

  /** How a declared method is implemented: by key, or what it returns of a listing. */
  public enum Kind { GET, EXISTS, DELETE, GET_ALL, DELETE_ALL, PAGE, STREAM, STREAM_VERSIONED, COUNT, LISTING }

  /** How a listing method narrows the sort keys: not, by a text prefix, or by a {@code KeyRange}. */
  public enum Narrowing { NONE, PREFIX, RANGE }

  /**
   * One declared method, classified. A listing's parameters are, in order: the partition component (for a type
   * partitioned by one), the global index's partition value (for a global index), the narrowing, then a
   * {@code PageRequest} (pages and streams) or a {@code Consistency} (counts, optionally).
   *
   * @param index the name of the index it lists through, or null (by key, or not a listing)
   * @param narrowing how a listing narrows its sort keys
   * @param withConsistency whether it takes a {@code Consistency}
   */
  public record Method(ExecutableElement element, ExecutableType type, Kind kind, String index, Narrowing narrowing,
      boolean withConsistency) {}
}
