package dev.dynastore;

/**
 * A partition or key that DynamoDB cannot store: empty, or longer than its limit in UTF-8 bytes
 * (2048 for the partition, 1024 for the key). Thrown before any request.
 */
public final class InvalidKeyException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public InvalidKeyException(String message) {
    super(message);
  }

  public InvalidKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
