package dev.dynastore;

import java.util.List;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * Learns how often the SDK retried one request. Attached to a conditional write (beside the client's own
 * metric publishers, which a request-level publisher would otherwise replace), it tells a genuine conflict
 * (no retry: the condition failed on the only attempt) from a retry that may have followed an applied
 * attempt. The SDK publishes a call's metrics before the call returns or throws.
 */
final class AttemptCounter implements MetricPublisher {
  private volatile int retries = -1;

  @Override
  public void publish(MetricCollection metrics) {
    List<Integer> values = metrics.metricValues(CoreMetric.RETRY_COUNT);
    retries = values.isEmpty() ? -1 : values.get(0);
  }

  /** Whether the SDK sent the request more than once; true when unknown, which is the safe answer. */
  boolean retried() {
    return retries != 0;
  }

  @Override
  public void close() {}
}
