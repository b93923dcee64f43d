package dev.dynastore;

import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Observes every request Dynastore sends, with the name of the operation it serves: once built, just before it is
 * sent (the Go library's {@code RequestBuilt}), and once it has an answer or has failed, with a {@link RequestResult}:
 * the entity type whose repository sent it, the response or exception, the latency, how many attempts the SDK made
 * (and how many of them DynamoDB throttled), and the capacity it consumed. And it hears of every
 * {@link OutcomeUnknownException} Dynastore throws. One hook serves metrics, tracing, logging and cost, as the SDK's
 * {@code MetricPublisher} does for the SDK's own calls; unlike it, a hook sees Dynastore's operations, entity types and
 * unknown outcomes. A session without hooks pays nothing for them: its requests are sent as they are.
 *
 * <p>Operation names are those of the K/V API: {@code Put}, {@code Get}, {@code Exists}, {@code Delete},
 * {@code ListPage}, {@code Count}, {@code AtomicPut}, {@code AtomicDelete}, {@code CreateTable},
 * {@code DescribeTable}, {@code DescribeTimeToLive}, {@code UpdateTimeToLive}; and {@code BatchGet},
 * {@code BatchWrite}, {@code Transaction}, {@code Snapshot}, {@code AcquireLock}, {@code GetLock}, {@code RenewLock},
 * {@code ReleaseLock}. A read that explains a failed conditional write is named after its write with the suffix
 * {@code .Check}. Hooks run on the caller's thread, except for the reads of a sharded partition's listing, which run
 * on the session's listing threads (unless {@code listingParallelism(1)}), and must be thread-safe; a span opened
 * on the caller's thread is not the parent of those reads. Hooks see a request built in the order they were added,
 * and finished in the reverse order, so that scopes nest. An exception from
 * {@link #requestBuilt} aborts the operation before the request is sent; one from {@link #requestFinished} cannot undo
 * a request DynamoDB answered, so it goes to the thread's uncaught exception handler (or, when the request failed, is
 * added to that failure as suppressed); one from {@link #outcomeUnknown} is added to the unknown outcome as suppressed.
 */
@FunctionalInterface
public interface RequestHook {
  /** Called with the operation name and the request about to be sent. */
  void requestBuilt(String operation, DynamoDbRequest request);

  /** Called once the request has its answer, or has failed: after the SDK's retries. Does nothing by default. */
  default void requestFinished(String operation, DynamoDbRequest request, RequestResult result) {
  }

  /**
   * Called once for each {@link OutcomeUnknownException} Dynastore reports (and logs at warn), before it is thrown:
   * the write named {@code operation} (as its request was; {@code Transaction} for a commit) may or may not have been
   * applied. {@code entityType} is as in {@link RequestResult#entityType()}. A lease's renewal or release whose outcome
   * is unknown is reported too, although its caller may learn of it as a lost lock instead, or (a heartbeat's
   * renewal, a quiet release) not at all. Does nothing by default.
   */
  default void outcomeUnknown(String operation, Class<?> entityType, OutcomeUnknownException unknown) {
  }
}
