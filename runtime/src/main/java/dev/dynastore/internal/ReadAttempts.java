package dev.dynastore.internal;

import java.util.List;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * The attempts of a request that carries no {@link AttemptLog} (a read), counted from the SDK's own metrics of the
 * call: a per-request metric publisher, which the SDK calls before the call returns, costs a few microseconds where
 * the attempt log's per-request plugin costs about twenty. Attached only when the session has hooks. The retries are
 * the call's {@code RetryCount}; a throttled attempt is one whose {@code ErrorType} is the SDK's throttling.
 */
final class ReadAttempts implements MetricPublisher, AttemptCounts {
  /** The SDK's name for a throttled attempt's error type ({@code SdkErrorType.THROTTLING}). */
  private static final String THROTTLING = "Throttling";

  private boolean published;
  private int retries;
  private int throttled;

  /**
   * {@code request} with this publisher beside its own configuration. A request's publishers replace the client's,
   * so a request without publishers of its own keeps the client's ({@code clientPublishers}) beside this one.
   */
  @SuppressWarnings("unchecked")
  <Q extends DynamoDbRequest> Q attachTo(Q request, List<MetricPublisher> clientPublishers) {
    AwsRequestOverrideConfiguration own = request.overrideConfiguration().orElse(null);
    AwsRequestOverrideConfiguration.Builder configuration =
        own == null ? AwsRequestOverrideConfiguration.builder() : own.toBuilder();
    if (own == null || own.metricPublishers().isEmpty()) {
      clientPublishers.forEach(configuration::addMetricPublisher);
    }
    return (Q) request.toBuilder().overrideConfiguration(configuration.addMetricPublisher(this).build()).build();
  }

  @Override
  public void publish(MetricCollection call) {
    List<Integer> retryCount = call.metricValues(CoreMetric.RETRY_COUNT);
    int throttledAttempts = 0;
    for (MetricCollection attempt : call.children()) {
      if (attempt.metricValues(CoreMetric.ERROR_TYPE).contains(THROTTLING)) {
        throttledAttempts++;
      }
    }
    synchronized (this) {
      retries = retryCount.isEmpty() || retryCount.get(0) == null ? 0 : retryCount.get(0);
      throttled = throttledAttempts;
      published = true;
    }
  }

  @Override
  public synchronized int attempts(Throwable finalFailure) {
    int reported = AttemptCounts.reported(finalFailure);
    return reported > 0 ? reported : published ? retries + 1 : 1;
  }

  @Override
  public synchronized int throttledAttempts(Throwable finalFailure) {
    if (!published) {
      return finalFailure != null && Failures.isThrottling(finalFailure) ? 1 : 0;
    }
    return Math.min(throttled, attempts(finalFailure));
  }

  @Override
  public void close() {
  }
}
