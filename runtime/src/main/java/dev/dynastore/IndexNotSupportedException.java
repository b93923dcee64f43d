package dev.dynastore;

/**
 * An index was given where it cannot be used: on {@code get} or {@code exists}, which read
 * the table by its key, or a consistent read on a global secondary index. Thrown before any request.
 */
public final class IndexNotSupportedException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  IndexNotSupportedException(String message) {
    super(message);
  }

  IndexNotSupportedException(String message, Throwable cause) {
    super(message, cause);
  }
}
