package dev.dynastore;

import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Sees every request Dynastore sends, with the name of the operation it serves: once built, just before it is
 * sent (the Go library's {@code RequestBuilt}), and once it has an answer or has failed, with its latency and the
 * capacity it consumed. Use it for metrics, tracing, logging and cost.
 *
 * <p>Operation names are those of the K/V API: {@code Put}, {@code Get}, {@code Exists}, {@code Delete},
 * {@code ListPage}, {@code Count}, {@code AtomicPut}, {@code AtomicDelete}, {@code CreateTable},
 * {@code DescribeTable}, {@code DescribeTimeToLive}, {@code UpdateTimeToLive}; a read that explains a failed
 * conditional write is named after its write with the suffix {@code .Check}. Hooks run on the caller's thread, except
 * for the reads of a sharded partition's listing, which run on the session's listing threads (unless
 * {@code listingParallelism(1)}), and must be thread-safe. An exception from {@link #requestBuilt} aborts the operation before the request is sent;
 * one from {@link #requestFinished} cannot undo a request DynamoDB answered, so it goes to the thread's uncaught
 * exception handler (or, when the request failed, is added to that failure as suppressed).
 */
@FunctionalInterface
public interface RequestHook {
  /** Called with the operation name and the request about to be sent. */
  void requestBuilt(String operation, DynamoDbRequest request);

  /** Called once the request has its answer, or has failed: after the SDK's retries. Does nothing by default. */
  default void requestFinished(String operation, DynamoDbRequest request, RequestResult result) {
  }
}
