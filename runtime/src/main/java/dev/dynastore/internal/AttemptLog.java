package dev.dynastore.internal;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * What happened to each attempt of one write request, so that a retried write can tell "an earlier attempt of
 * mine may have been applied" from "no attempt of mine reached DynamoDB".
 *
 * <p>The SDK retries inside one call and reports only a count of attempts, which cannot tell an attempt that was
 * never sent (connection refused, throttled) from one whose answer was lost after DynamoDB applied it. So each
 * write carries a per-request plugin that wraps the client's own retry strategy (its limits, back-off and
 * token bucket are kept) and records the failure of every attempt. A failure <em>may have applied</em> the
 * write when DynamoDB answered 5xx or the client lost the connection or timed out after sending; it did
 * <em>not</em> when DynamoDB answered 4xx (throttling, a failed condition) or the connection was never made.
 *
 * <p>A client that ignores request plugins (DAX, a hand-written wrapper) leaves the log empty. Then the
 * exception's attempt count is all there is: a single attempt, or none reported, counts as not retried; several
 * attempts count as possibly applied, the safe reading.
 *
 * <p>The same log counts a write's attempts, and those DynamoDB throttled, for the request hooks
 * ({@link dev.dynastore.RequestResult#attempts()}); a hooked session's reads are counted by {@link ReadAttempts}.
 */
final class AttemptLog implements AttemptCounts {
  private final List<Throwable> failures = new ArrayList<>(2);
  private boolean observed;
  private final AwsRequestOverrideConfiguration configuration =
      AwsRequestOverrideConfiguration.builder().addPlugin(new Recorder()).build();

  /** The request configuration that makes the SDK report this request's attempts here. */
  AwsRequestOverrideConfiguration configuration() {
    return configuration;
  }

  /** {@code base} (null: none) with the plugin that makes the SDK report this request's attempts here. */
  AwsRequestOverrideConfiguration configuration(AwsRequestOverrideConfiguration base) {
    return base == null ? configuration : base.toBuilder().addPlugin(configuration.plugins().get(0)).build();
  }

  /** The log a request's configuration carries (a write's, for its retry contract), or null. */
  static AttemptLog of(DynamoDbRequest request) {
    AwsRequestOverrideConfiguration own = request.overrideConfiguration().orElse(null);
    if (own != null) {
      for (SdkPlugin plugin : own.plugins()) {
        if (plugin instanceof Recorder recorder) {
          return recorder.log();
        }
      }
    }
    return null;
  }

  /**
   * How many attempts the SDK made for a call that ended with {@code finalFailure} (null: answered): the count the
   * exception carries, else those this log recorded and the last; 1 when neither tells (a client that ignores
   * request plugins, answered).
   */
  @Override
  public int attempts(Throwable finalFailure) {
    int reported = AttemptCounts.reported(finalFailure);
    return reported > 0 ? reported : observed ? failures.size() + 1 : 1;
  }

  /**
   * How many of the call's {@link #attempts} DynamoDB throttled: those this log recorded, and the final failure
   * unless the log holds it already (the SDK records every failure of its retry loop, the last one included).
   */
  @Override
  public int throttledAttempts(Throwable finalFailure) {
    int attempts = attempts(finalFailure);
    int throttled = 0;
    for (Throwable failure : failures) {
      if (Failures.isThrottling(failure)) {
        throttled++;
      }
    }
    if (finalFailure != null && failures.size() < attempts && Failures.isThrottling(finalFailure)) {
      throttled++;
    }
    return Math.min(throttled, attempts);
  }

  /**
   * How many attempts before the one that produced the result may have applied the write. {@code finalFailure} is
   * the exception the call ended with, or null when it succeeded. Without a log (a client that ignores request
   * plugins), every earlier attempt the exception counts is taken as possibly applied.
   */
  int earlierMayHaveApplied(SdkException finalFailure) {
    if (!observed) {
      Integer attempts = finalFailure == null ? null : finalFailure.numAttempts();
      return attempts == null ? 0 : Math.max(0, attempts - 1);
    }
    int earlier = failures.size();
    if (finalFailure != null) {
      Integer attempts = finalFailure.numAttempts();
      earlier = Math.min(earlier, (attempts == null ? failures.size() : attempts) - 1);
    }
    int count = 0;
    for (int i = 0; i < earlier; i++) {
      if (mayHaveApplied(failures.get(i))) {
        count++;
      }
    }
    return count;
  }

  /** How many attempts of a call that failed with {@code finalFailure}, that one included, may have applied it. */
  int allMayHaveApplied(SdkException finalFailure) {
    return (mayHaveApplied((Throwable) finalFailure) ? 1 : 0) + earlierMayHaveApplied(finalFailure);
  }

  /**
   * Whether a failed attempt may have reached DynamoDB and been applied: yes for a 5xx answer and for any
   * failure on the client side after the connection was made (timeouts, resets, unreadable answers); no for a
   * 4xx answer and for a connection that could not be made.
   */
  static boolean mayHaveApplied(Throwable failure) {
    if (failure instanceof SdkServiceException) {
      return ((SdkServiceException) failure).statusCode() >= 500;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (neverSent(cause)) {
        return false;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return true;
  }

  /** A failure to connect: the request never left the client. */
  private static boolean neverSent(Throwable cause) {
    if (cause instanceof ConnectException || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException) {
      return true;
    }
    // Apache's ConnectTimeoutException and ConnectionPoolTimeoutException (InterruptedIOExceptions), and the JDK
    // client's HttpConnectTimeoutException (an IOException): each before any byte was sent
    String name = cause.getClass().getSimpleName();
    return cause instanceof InterruptedIOException
        && (name.equals("ConnectTimeoutException") || name.equals("ConnectionPoolTimeoutException"))
        || cause instanceof java.io.IOException && name.equals("HttpConnectTimeoutException");
  }

  /** Puts the recording strategy around the client's retry strategy, for this request only. */
  private final class Recorder implements SdkPlugin {
    AttemptLog log() {
      return AttemptLog.this;
    }

    @Override
    public void configureClient(SdkServiceClientConfiguration.Builder config) {
      ClientOverrideConfiguration override = config.overrideConfiguration();
      RetryStrategy strategy = override.retryStrategy().orElse(null);
      if (strategy != null) {
        config.overrideConfiguration(override.toBuilder().retryStrategy(new Recording(strategy)).build());
      }
    }
  }

  /** The client's retry strategy, unchanged, noting each failed attempt. */
  private final class Recording implements RetryStrategy {
    private final RetryStrategy delegate;

    Recording(RetryStrategy delegate) {
      this.delegate = delegate;
    }

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
      observed = true;
      return delegate.acquireInitialToken(request);
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
      failures.add(request.failure());
      return delegate.refreshRetryToken(request);
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
      return delegate.recordSuccess(request);
    }

    @Override
    public int maxAttempts() {
      return delegate.maxAttempts();
    }

    @Override
    public Builder<?, ?> toBuilder() {
      return delegate.toBuilder();
    }
  }
}
