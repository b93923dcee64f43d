package dev.dynastore;

/**
 * The table does not exist (or the credentials cannot see it in this region). Create it with
 * {@link Table#createIfMissing} in tests, or with your infrastructure code in production.
 */
public final class TableNotFoundException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public TableNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
