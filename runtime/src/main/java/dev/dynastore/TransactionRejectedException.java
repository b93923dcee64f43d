package dev.dynastore;

import java.util.List;

/**
 * A transaction was cancelled because conditions failed: nothing was written. {@link #failures()} names each
 * failed item (table, entity type, key) and why, in the order of the transaction's actions.
 */
public final class TransactionRejectedException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  /** Why an action's condition failed. */
  public enum Reason {
    /** A create found a live item under its key. */
    EXISTS,
    /** An update, delete or check found another version. */
    MODIFIED,
    /** An update, delete or check found no item. */
    NOT_FOUND,
    /** An update, delete or check found the item expired. */
    EXPIRED,
    /**
     * A fenced action found the item written by a newer holder of its lock, or guarded by another lock (see
     * {@link FencedOutException}).
     */
    FENCED_OUT,
    /** DynamoDB refused the action for another reason (its message says which). */
    REFUSED
  }

  /**
   * One failed action.
   *
   * @param action its position in the transaction, from 0
   * @param table the table
   * @param entityType the entity's simple class name
   * @param item the partition and key, as stored
   * @param reason why
   * @param detail DynamoDB's code and message, or what the stored item showed
   */
  public record Failure(int action, String table, String entityType, String item, Reason reason, String detail) {}

  private final transient List<Failure> failures;

  public TransactionRejectedException(String message, List<Failure> failures, Throwable cause) {
    super(message, cause);
    this.failures = List.copyOf(failures);
  }

  /** Each failed action and why. */
  public List<Failure> failures() {
    return failures;
  }
}
