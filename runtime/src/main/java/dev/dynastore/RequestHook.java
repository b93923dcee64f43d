package dev.dynastore;

import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Sees every request Dynastore builds, with the name of the operation it serves, just before it is sent:
 * the Go library's {@code RequestBuilt}. Use it for metrics, tracing and logging.
 *
 * <p>Operation names are those of the K/V API: {@code Put}, {@code Get}, {@code Exists}, {@code Delete},
 * {@code ListPage}, {@code AtomicPut}, {@code AtomicDelete}, {@code CreateTable}, {@code DescribeTable}; a
 * read that explains a failed conditional write is named after its write with the suffix {@code .Check}.
 * Hooks run on the caller's thread and must be thread-safe; an exception from a hook aborts the operation
 * before the request is sent.
 */
@FunctionalInterface
public interface RequestHook {
  /** Called with the operation name and the request about to be sent. */
  void requestBuilt(String operation, DynamoDbRequest request);
}
