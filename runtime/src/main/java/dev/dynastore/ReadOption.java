package dev.dynastore;

import java.util.Objects;

/**
 * An option of a read ({@code get}, {@code exists}, {@code listPage}), passed as varargs like the Go
 * library's functional options: {@code partition.listPage("", withLimit(10), withLocalIndex("idx", "created"))}.
 *
 * <p>Reads are eventually consistent unless {@link #consistent()} is given (DynamoDB's default; the Go library
 * defaulted to consistent). Index options apply to {@code listPage} only: on {@code get} or {@code exists}
 * they are an {@link IndexNotSupportedException}.
 */
public final class ReadOption {
  enum Kind { LIMIT, START_KEY, INDEX, CONSISTENT, REVERSE }

  final Kind kind;
  final Object argument;

  private ReadOption(Kind kind, Object argument) {
    this.kind = kind;
    this.argument = argument;
  }

  /** At most this many items are read per page (before expired items are skipped). Must be positive. */
  public static ReadOption withLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    return new ReadOption(Kind.LIMIT, limit);
  }

  /** Continues a listing after the page that returned this token ({@link KVPage#lastKey()}). */
  public static ReadOption withStartKey(String token) {
    Objects.requireNonNull(token, "token == null");
    return new ReadOption(Kind.START_KEY, token);
  }

  /** Lists through a local secondary index sorted by a string field. */
  public static ReadOption withLocalIndex(String name, String sortAttribute) {
    return new ReadOption(Kind.INDEX, Index.local(name, sortAttribute));
  }

  /**
   * Lists through a global secondary index; the partition given to {@code listPage} is matched against
   * {@code partitionAttribute}, as in the Go library.
   */
  public static ReadOption withGlobalIndex(String name, String partitionAttribute, String sortAttribute) {
    return new ReadOption(Kind.INDEX, Index.global(name, partitionAttribute, sortAttribute));
  }

  /** Lists through an index. */
  public static ReadOption withIndex(Index index) {
    return new ReadOption(Kind.INDEX, Objects.requireNonNull(index, "index == null"));
  }

  /** Reads consistently: sees every write acknowledged before it. Not possible on a global index. */
  public static ReadOption consistent() {
    return new ReadOption(Kind.CONSISTENT, Boolean.TRUE);
  }

  /** Lists in descending order of the sort key. */
  public static ReadOption reverse() {
    return new ReadOption(Kind.REVERSE, Boolean.TRUE);
  }
}
