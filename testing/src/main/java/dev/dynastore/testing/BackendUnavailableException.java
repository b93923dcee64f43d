package dev.dynastore.testing;

/**
 * The chosen local DynamoDB cannot be started on this machine; the message says what to install or run.
 */
public final class BackendUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Backend backend;

  BackendUnavailableException(Backend backend, String message) {
    super(message);
    this.backend = backend;
  }

  BackendUnavailableException(Backend backend, String message, Throwable cause) {
    super(message, cause);
    this.backend = backend;
  }

  /** The backend that could not be started. */
  public Backend backend() {
    return backend;
  }
}
