package dev.dynastore;

/**
 * A create-if-absent write ({@code atomicPut} without a previous value) found the key present and not
 * expired. Nothing was written.
 */
public final class KeyExistsException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public KeyExistsException(String message) {
    super(message);
  }

  public KeyExistsException(String message, Throwable cause) {
    super(message, cause);
  }
}
