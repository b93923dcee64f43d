package dev.dynastore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a committed {@link Transaction} wrote: each created, put or updated entity with its new version. */
public final class Committed {
  private final List<Versioned<?>> written;
  private final List<?> given;

  /** The result of a commit whose entities were given as written; for stubbing in tests. */
  public Committed(List<Versioned<?>> written) {
    this(written, written.stream().map(Versioned::value).toList());
  }

  /**
   * The result of a commit: {@code given.get(i)} is the entity the transaction was given for {@code written.get(i)}
   * (they differ where the entity has a {@code @Version} component, which the write advanced).
   */
  public Committed(List<Versioned<?>> written, List<?> given) {
    if (written.size() != given.size()) {
      throw new IllegalArgumentException("written and given differ in size: " + written.size() + " and "
          + given.size());
    }
    this.written = List.copyOf(written);
    this.given = new ArrayList<>(given);
  }

  /** Every entity written, with its version, in the order of the transaction's writes (deletes excluded). */
  public List<Versioned<?>> written() {
    return written;
  }

  /**
   * The version of {@code entity} as the transaction wrote it: the same instance given to {@code create},
   * {@code put} or {@code update}, an equal one, or one equal to the entity as stored.
   *
   * @throws IllegalArgumentException if the transaction did not write it
   */
  @SuppressWarnings("unchecked") // the entity written was a T
  public <T> Versioned<T> versionOf(T entity) {
    Objects.requireNonNull(entity, "entity == null");
    for (int i = 0; i < written.size(); i++) {
      if (given.get(i) == entity) {
        return (Versioned<T>) written.get(i);
      }
    }
    for (int i = 0; i < written.size(); i++) {
      if (given.get(i).equals(entity) || written.get(i).value().equals(entity)) {
        return (Versioned<T>) written.get(i);
      }
    }
    throw new IllegalArgumentException("the transaction did not write " + entity);
  }

  @Override
  public String toString() {
    return "Committed(" + written.size() + " written)";
  }
}
