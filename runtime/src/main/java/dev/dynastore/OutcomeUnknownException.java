package dev.dynastore;

import dev.dynastore.kv.KVPair;
import java.util.Optional;

/**
 * A write may or may not have been applied, or applied more than once, and Dynastore cannot tell which: an
 * attempt whose answer was lost (a timeout, a connection reset, a 5xx) may have reached DynamoDB, and what is
 * stored now does not show whether it did. Read the item before you retry (compare its write token with
 * {@link #attempted()}'s): retrying blindly may apply the write twice, and treating it as failed may lose it.
 * The message says which write and what is known; the cause is the last failure.
 */
public final class OutcomeUnknownException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  private final transient KVPair attempted;

  public OutcomeUnknownException(String message, Throwable cause) {
    this(message, cause, null);
  }

  /** {@code attempted}: the item as the write would store it, or null (a delete). */
  public OutcomeUnknownException(String message, Throwable cause, KVPair attempted) {
    super(message, cause);
    this.attempted = attempted;
  }

  /**
   * The item as this write would have stored it; empty for a delete. Its {@link KVPair#writeToken()} tells this
   * write from any other: read the key, and if the stored item carries the same token, this write's value is
   * what is stored now (through {@code Versioned.kv()} for a typed repository).
   */
  public Optional<KVPair> attempted() {
    return Optional.ofNullable(attempted);
  }
}
