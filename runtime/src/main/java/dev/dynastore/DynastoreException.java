package dev.dynastore;

/**
 * The root of every exception Dynastore throws on purpose. Unchecked, like the AWS SDK's own exceptions;
 * when DynamoDB answered, the SDK exception stays attached as the {@linkplain #getCause() cause}.
 *
 * <p>Failures Dynastore does not interpret (throttling after the SDK's retries, network errors, missing
 * tables) reach callers as the SDK's {@code SdkException}s, unwrapped.
 */
public abstract class DynastoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DynastoreException(String message) {
    super(message);
  }

  DynastoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
