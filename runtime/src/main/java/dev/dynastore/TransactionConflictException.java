package dev.dynastore;

/**
 * Another transaction (or a write during one) was changing an item of this transaction, and DynamoDB cancelled
 * it; or a single-item write met a transaction writing its item. Nothing was written, and the conditions may well
 * still hold. Retry, perhaps after a short back-off.
 */
public final class TransactionConflictException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public TransactionConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
