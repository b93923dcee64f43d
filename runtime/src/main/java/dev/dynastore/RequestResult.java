package dev.dynastore;

import java.time.Duration;
import java.util.Objects;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * How one request ended, for a {@link RequestHook}: DynamoDB's response, or the failure (after the SDK's retries);
 * how long it took; and what it cost, in the read and write capacity units DynamoDB reported. Dynastore asks for
 * the consumed capacity on every item request, so a response has it; a failed request (a conditional check
 * included) reports none, although DynamoDB charges a failed conditional write.
 *
 * @param response the response, null when the request failed
 * @param failure the exception the client threw, null when it answered
 * @param latency from sending to the answer or failure, retries included
 * @param readUnits the read capacity units it consumed (0 for a write, or when DynamoDB reported none)
 * @param writeUnits the write capacity units it consumed (0 for a read, or when DynamoDB reported none)
 */
public record RequestResult(DynamoDbResponse response, RuntimeException failure, Duration latency, double readUnits,
    double writeUnits) {
  public RequestResult {
    Objects.requireNonNull(latency, "latency == null");
    if ((response == null) == (failure == null)) {
      throw new IllegalArgumentException("a result has a response or a failure: exactly one");
    }
  }

  /** The result of a request DynamoDB answered, its capacity read from the response. */
  public static RequestResult answered(DynamoDbResponse response, Duration latency) {
    double units = consumedUnits(response);
    boolean read = response instanceof GetItemResponse || response instanceof QueryResponse
        || response instanceof BatchGetItemResponse || response instanceof TransactGetItemsResponse;
    return new RequestResult(response, null, latency, read ? units : 0, read ? 0 : units);
  }

  /** The result of a request that failed. */
  public static RequestResult failed(RuntimeException failure, Duration latency) {
    return new RequestResult(null, Objects.requireNonNull(failure, "failure == null"), latency, 0, 0);
  }

  /** Whether DynamoDB answered with a response: a failed condition is a failure. */
  public boolean succeeded() {
    return response != null;
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
