package dev.dynastore;

/**
 * The root of every exception Dynastore throws on purpose. Unchecked, like the AWS SDK's own exceptions; when
 * DynamoDB answered, the SDK exception stays attached as the {@linkplain #getCause() cause}.
 *
 * <p>Every cause Dynastore can name has its own subclass: conflicts ({@link KeyExistsException},
 * {@link KeyModifiedException}, {@link KeyNotFoundException}), {@link OutcomeUnknownException},
 * {@link ThrottledException}, {@link UnavailableException}, {@link TableNotFoundException}, and bad input.
 * Only failures it cannot name (say, missing permissions) reach callers as the SDK's own {@code SdkException}s.
 */
public abstract class DynastoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected DynastoreException(String message) {
    super(message);
  }

  protected DynastoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
