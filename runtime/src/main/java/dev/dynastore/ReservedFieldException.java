package dev.dynastore;

/**
 * A field name collides with an attribute Dynastore manages ({@code id}, {@code name},
 * {@code version}, {@code expires}, {@code payload}, {@code wtoken}). Thrown before any request.
 */
public final class ReservedFieldException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public ReservedFieldException(String message) {
    super(message);
  }

  public ReservedFieldException(String message, Throwable cause) {
    super(message, cause);
  }
}
