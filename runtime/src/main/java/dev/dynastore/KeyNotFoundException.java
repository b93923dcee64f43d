package dev.dynastore;

/**
 * A versioned delete found no item (or only an expired one) under the key. Nothing was deleted.
 */
public final class KeyNotFoundException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public KeyNotFoundException(String message) {
    super(message);
  }

  public KeyNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
