package dev.dynastore;

/**
 * A paging token that this table, partition, index, prefix and direction did not produce:
 * edited, truncated, or taken from another listing. Thrown before any request.
 */
public final class InvalidPageTokenException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public InvalidPageTokenException(String message) {
    super(message);
  }

  public InvalidPageTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
