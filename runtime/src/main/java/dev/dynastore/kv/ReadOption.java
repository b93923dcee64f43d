package dev.dynastore.kv;

import java.util.Objects;

/**
 * An option of a read ({@code get}, {@code exists}, {@code listPage}), passed as varargs like the Go
 * library's functional options: {@code partition.listPage("", withLimit(10), withLocalIndex("idx", "created"))}.
 *
 * <p>Reads are eventually consistent unless {@link #consistent()} is given (DynamoDB's default; the Go library
 * defaulted to consistent). Index options apply to {@code listPage} only: on {@code get} or {@code exists}
 * they are an {@link dev.dynastore.IndexNotSupportedException}. Later options win over earlier ones.
 *
 * <p>Make options with the static methods; the records are their data.
 */
public sealed interface ReadOption {
  /** At most this many items are read per page (before expired items are skipped). Must be positive. */
  static ReadOption withLimit(int limit) {
    return new Limit(limit);
  }

  /** Continues a listing after the page that returned this token ({@link KVPage#lastKey()}). */
  static ReadOption withStartKey(String token) {
    return new StartKey(token);
  }

  /** Lists through a local secondary index sorted by a string field. */
  static ReadOption withLocalIndex(String name, String sortAttribute) {
    return new UseIndex(Index.local(name, sortAttribute));
  }

  /**
   * Lists through a global secondary index; the partition's name is matched against
   * {@code partitionAttribute}, as in the Go library.
   */
  static ReadOption withGlobalIndex(String name, String partitionAttribute, String sortAttribute) {
    return new UseIndex(Index.global(name, partitionAttribute, sortAttribute));
  }

  /** Lists through an index. */
  static ReadOption withIndex(Index index) {
    return new UseIndex(index);
  }

  /** Reads consistently: sees every write acknowledged before it. Not possible on a global index. */
  static ReadOption consistent() {
    return new Consistent();
  }

  /** Lists in descending order of the sort key. */
  static ReadOption reverse() {
    return new Reverse();
  }

  /** A page size. */
  record Limit(int limit) implements ReadOption {
    public Limit {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be positive, was " + limit);
      }
    }
  }

  /** Where a listing continues. */
  record StartKey(String token) implements ReadOption {
    public StartKey {
      Objects.requireNonNull(token, "token == null");
    }
  }

  /** The index a listing reads. */
  record UseIndex(Index index) implements ReadOption {
    public UseIndex {
      Objects.requireNonNull(index, "index == null");
    }
  }

  /** A consistent read. */
  record Consistent() implements ReadOption {}

  /** Descending order. */
  record Reverse() implements ReadOption {}
}
