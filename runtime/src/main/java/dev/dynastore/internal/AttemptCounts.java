package dev.dynastore.internal;

import software.amazon.awssdk.core.exception.SdkException;

/** How many attempts one request took, and how many of them DynamoDB throttled, for the request hooks. */
interface AttemptCounts {
  /** The attempts, retries included, of a request that ended with {@code finalFailure} (null: answered); 1 or more. */
  int attempts(Throwable finalFailure);

  /** How many of those attempts DynamoDB throttled, the last one included. */
  int throttledAttempts(Throwable finalFailure);

  /** The attempts the SDK wrote on the exception a call ended with; 0 when it says none (or there is none). */
  static int reported(Throwable finalFailure) {
    Integer attempts = finalFailure instanceof SdkException e ? e.numAttempts() : null;
    return attempts == null ? 0 : attempts;
  }
}
