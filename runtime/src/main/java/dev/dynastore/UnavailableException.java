package dev.dynastore;

/**
 * DynamoDB could not be reached, or failed to answer, through the SDK's retries (connection refused, timeouts,
 * 5xx on a read). Nothing was written: a write whose outcome is uncertain is an {@link OutcomeUnknownException}
 * instead. The cause is the SDK's exception.
 */
public final class UnavailableException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
