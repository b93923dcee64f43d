package dev.dynastore;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * How one request ended, for a {@link RequestHook}: who sent it (the entity type of a generated repository), DynamoDB's
 * response or the failure (after the SDK's retries), how long it took and how many attempts the SDK made, and what
 * it cost, in the read and write capacity units DynamoDB reported. Dynastore asks for the consumed capacity on every
 * item request, so a response has it; a failed request (a conditional check included) reports none, although
 * DynamoDB charges a failed conditional write.
 *
 * <p>The attempts are counted from the SDK's own retries: a request plugin notes each failed attempt (as Dynastore's
 * writes do for their retry contract), so an attempt DynamoDB throttled and the SDK retried successfully is counted
 * too. A client that ignores request plugins (DAX) reports only the count its final exception carries.
 *
 * @param entityType the entity class whose generated repository sent the request; null for the K/V API, locks and
 *     leases, table administration, and transactions and snapshots (which may span types)
 * @param response the response, null when the request failed
 * @param failure the exception the client threw, null when it answered
 * @param latency from sending to the answer or failure, retries included
 * @param attempts how many attempts the SDK made, retries included: at least 1, and 0 only for a request a hook
 *     refused before it was sent
 * @param throttledAttempts how many of those attempts DynamoDB throttled, the final one included, whether or not
 *     the SDK's retries then succeeded
 * @param readUnits the read capacity units it consumed (0 for a write, or when DynamoDB reported none)
 * @param writeUnits the write capacity units it consumed (0 for a read, or when DynamoDB reported none)
 */
public record RequestResult(Class<?> entityType, DynamoDbResponse response, RuntimeException failure,
    Duration latency, int attempts, int throttledAttempts, double readUnits, double writeUnits) {
  public RequestResult {
    Objects.requireNonNull(latency, "latency == null");
    if ((response == null) == (failure == null)) {
      throw new IllegalArgumentException("a result has a response or a failure: exactly one");
    }
    if (attempts < (response == null ? 0 : 1)) {
      throw new IllegalArgumentException("attempts is " + attempts + ": an answered request made at least 1, a"
          + " failed one at least 0 (refused before it was sent)");
    }
    if (throttledAttempts < 0 || throttledAttempts > attempts) {
      throw new IllegalArgumentException("throttledAttempts is " + throttledAttempts + ": from 0 to the " + attempts
          + " attempts");
    }
  }

  /**
   * The result of a request DynamoDB answered at the first attempt, for no entity type, its capacity read from the
   * response: for tests of a hook.
   */
  public static RequestResult answered(DynamoDbResponse response, Duration latency) {
    return answered(null, response, latency, 1, 0);
  }

  /** The result of a request DynamoDB answered, its capacity read from the response. */
  public static RequestResult answered(Class<?> entityType, DynamoDbResponse response, Duration latency,
      int attempts, int throttledAttempts) {
    Objects.requireNonNull(response, "response == null");
    double units = consumedUnits(response);
    boolean read = response instanceof GetItemResponse || response instanceof QueryResponse
        || response instanceof BatchGetItemResponse || response instanceof TransactGetItemsResponse;
    return new RequestResult(entityType, response, null, latency, attempts, throttledAttempts, read ? units : 0,
        read ? 0 : units);
  }

  /**
   * The result of a request that failed at its one attempt, for no entity type, none counted as throttled: for tests
   * of a hook (to test a throttle counter, give the counts to the longer form).
   */
  public static RequestResult failed(RuntimeException failure, Duration latency) {
    return failed(null, failure, latency, 1, 0);
  }

  /** The result of a request that failed. */
  public static RequestResult failed(Class<?> entityType, RuntimeException failure, Duration latency, int attempts,
      int throttledAttempts) {
    return new RequestResult(entityType, null, Objects.requireNonNull(failure, "failure == null"), latency, attempts,
        throttledAttempts, 0, 0);
  }

  /** Whether DynamoDB answered with a response: a failed condition is a failure. */
  public boolean succeeded() {
    return response != null;
  }

  /**
   * Whether the request failed on a condition: a {@link ConditionalCheckFailedException}, or a transaction cancelled
   * because an item's condition failed. A conflict, not an error: a create whose key exists, a stale update.
   */
  public boolean conditionFailed() {
    if (failure instanceof ConditionalCheckFailedException) {
      return true;
    }
    if (failure instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()) {
      for (CancellationReason reason : cancelled.cancellationReasons()) {
        if ("ConditionalCheckFailed".equals(reason.code())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The capacity units a response reports: one figure, or (batches, transactions) one per table, summed. */
  private static double consumedUnits(DynamoDbResponse response) {
    Object consumed = response.getValueForField("ConsumedCapacity", Object.class).orElse(null);
    if (consumed instanceof ConsumedCapacity one) {
      return one.capacityUnits() == null ? 0 : one.capacityUnits();
    }
    double units = 0;
    if (consumed instanceof List<?> perTable) {
      for (Object one : perTable) {
        if (one instanceof ConsumedCapacity capacity && capacity.capacityUnits() != null) {
          units += capacity.capacityUnits();
        }
      }
    }
    return units;
  }
}
