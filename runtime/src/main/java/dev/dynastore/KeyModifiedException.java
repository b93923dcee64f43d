package dev.dynastore;

/**
 * A compare-and-swap write or delete found the item changed since the caller read it: another
 * version, deleted, or expired. Nothing was written; read the item again and retry if that still makes sense.
 */
public final class KeyModifiedException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public KeyModifiedException(String message) {
    super(message);
  }

  public KeyModifiedException(String message, Throwable cause) {
    super(message, cause);
  }
}
