package dev.dynastore;

/**
 * A fenced write was refused: the item carries a newer fencing token of the same lock, so another holder has
 * acquired the lock since this write's lease did, and has written the item; or it carries another lock's fence,
 * and an item is guarded by one lock. Nothing was written. In the first case the holder has lost the lock (its
 * lease passed, perhaps while it was paused) and must stop working on what the lock guards.
 *
 * <p>This is what fencing adds to a lease: a holder that does not know it lost its lock still cannot overwrite
 * the work of the holder that took it over, however late its write arrives. See
 * {@link dev.dynastore.locks.Lease}.
 */
public final class FencedOutException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  private final long fencingToken;
  private final String storedLock;
  private final long storedToken;

  public FencedOutException(String message, Throwable cause, long fencingToken, String storedLock,
      long storedToken) {
    super(message, cause);
    this.fencingToken = fencingToken;
    this.storedLock = storedLock;
    this.storedToken = storedToken;
  }

  /** The fencing token the refused write carried. */
  public long fencingToken() {
    return fencingToken;
  }

  /**
   * The lock whose fence the item carries, as {@code table/partition/name}: the write's own lock when a newer holder
   * wrote it; empty when the fence is none Dynastore wrote.
   */
  public String storedLock() {
    return storedLock;
  }

  /** The fencing token the item carries; -1 when the fence is none Dynastore wrote. */
  public long storedToken() {
    return storedToken;
  }
}
