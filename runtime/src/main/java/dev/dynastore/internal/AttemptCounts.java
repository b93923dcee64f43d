package dev.dynastore.internal;

/** How many attempts one request took, and how many of them DynamoDB throttled, for the request hooks. */
interface AttemptCounts {
  /** The attempts, retries included, of a request that ended with {@code finalFailure} (null: answered); 1 or more. */
  int attempts(Throwable finalFailure);

  /** How many of those attempts DynamoDB throttled, the last one included. */
  int throttledAttempts(Throwable finalFailure);
}
