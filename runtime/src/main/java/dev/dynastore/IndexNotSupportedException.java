package dev.dynastore;

/**
 * An index was given where it cannot be used: on {@code get} or {@code exists}, which read the table by its
 * key, or a consistent read on a global secondary index (both thrown before any request); or a listing names an
 * index the table does not have (thrown when DynamoDB refuses the query).
 */
public final class IndexNotSupportedException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public IndexNotSupportedException(String message) {
    super(message);
  }

  public IndexNotSupportedException(String message, Throwable cause) {
    super(message, cause);
  }
}
