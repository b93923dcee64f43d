package dev.dynastore;

import java.util.List;

/**
 * DynamoDB left items of a batch unprocessed (the table was throttled, or over capacity) through every round of
 * back-off. {@link #unprocessed()} names the items still unread or unwritten, as {@code partition/key}. A batch
 * read returns nothing then; a batch write is not atomic, so the items not named were written.
 */
public final class BatchIncompleteException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> unprocessed;

  public BatchIncompleteException(String message, List<String> unprocessed, Throwable cause) {
    super(message, cause);
    this.unprocessed = List.copyOf(unprocessed);
  }

  /** The items left unread or unwritten, as {@code partition/key}. */
  public List<String> unprocessed() {
    return unprocessed;
  }
}
