package dev.dynastore;

/**
 * An item would exceed DynamoDB's 400 KB limit (attribute names and values, UTF-8). Thrown
 * before any request when Dynastore can count the whole item, otherwise when DynamoDB refuses it; either way
 * nothing is written.
 */
public final class ItemTooLargeException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public ItemTooLargeException(String message) {
    super(message);
  }

  public ItemTooLargeException(String message, Throwable cause) {
    super(message, cause);
  }
}
