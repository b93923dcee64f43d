package dev.dynastore;

/**
 * A write may or may not have been applied, and Dynastore cannot tell which: an attempt whose answer was
 * lost (a timeout, a connection reset, a 5xx) may have reached DynamoDB, and what is stored now does not show whether
 * it did. Read the item to see what is stored before you retry: retrying blindly may apply the write twice, and
 * treating it as failed may lose it. The message says which write and why; the cause is the last failure.
 */
public final class OutcomeUnknownException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public OutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
