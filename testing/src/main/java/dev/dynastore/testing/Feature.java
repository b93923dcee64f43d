package dev.dynastore.testing;

/**
 * A DynamoDB capability that not every local server has. A test that needs one declares it with
 * {@link RequiresFeature}; on a backend without it the test is skipped and the reason printed.
 *
 * <p>The facts behind each backend's list are measured, see {@code LOCAL_DYNAMODB.md}.
 */
public enum Feature {
  /** {@code TransactWriteItems} and {@code TransactGetItems}. dynalite answers UnknownOperationException. */
  TRANSACTIONS,

  /**
   * {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}: a failed conditional write returns the stored item.
   * dynalite silently drops the parameter.
   */
  RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,

  /**
   * Conditional writes that stay atomic under concurrent writers to one key. moto lets two writers pass the
   * same condition, so contention and linearizability tests must not run on it.
   */
  ATOMIC_CONDITIONAL_WRITES,

  /** {@code UpdateTimeToLive}: switching the table's TTL attribute on. dynalite lacks it. */
  TTL_CONFIGURATION,

  /**
   * Text keys sorted and compared by their UTF-8 bytes, as DynamoDB documents. dynalite compares JavaScript strings
   * (UTF-16 code units), so a character beyond U+FFFF sorts before U+E000 to U+FFFF there.
   */
  UTF8_KEY_ORDER
}
