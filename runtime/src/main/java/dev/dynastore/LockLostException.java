package dev.dynastore;

/**
 * A lease no longer holds its lock, so it cannot be renewed or released: its lease passed (it was not renewed in
 * time, by the session's clock less the safety margin), another holder has acquired the lock since, or it was
 * released. Thrown by {@link dev.dynastore.locks.Lease#renew} and {@link dev.dynastore.locks.Lease#release}, and
 * the value {@link dev.dynastore.locks.Lease#lost} completes with. Nothing was written; stop working on what
 * the lock guards.
 */
public final class LockLostException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  public LockLostException(String message) {
    super(message);
  }

  public LockLostException(String message, Throwable cause) {
    super(message, cause);
  }
}
