package dev.dynastore;

/**
 * DynamoDB throttled the request, and kept doing so through the SDK's retries: the table or one of its partition
 * keys is over its throughput. Nothing was written. Back off and retry, spread the load over more partition keys,
 * or raise the table's capacity.
 */
public final class ThrottledException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public ThrottledException(String message, Throwable cause) {
    super(message, cause);
  }
}
