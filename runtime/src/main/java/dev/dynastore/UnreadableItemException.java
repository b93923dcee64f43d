package dev.dynastore;

/**
 * A stored item cannot be read as the requested entity type: its value is missing or not a map, or an
 * attribute has another type than the entity declares. Typically another program, or an older version of the
 * entity, wrote it.
 */
public final class UnreadableItemException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public UnreadableItemException(String message) {
    super(message);
  }

  public UnreadableItemException(String message, Throwable cause) {
    super(message, cause);
  }
}
