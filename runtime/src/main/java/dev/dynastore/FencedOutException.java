package dev.dynastore;

/**
 * A fenced write was refused: the item carries a newer fencing token of the same lock, so another holder has
 * acquired the lock since this write's lease did, and has written the item. Nothing was written. The holder has
 * lost the lock (its lease passed, perhaps while it was paused); it must stop working on what the lock guards.
 *
 * <p>This is what fencing adds to a lease: a holder that does not know it lost its lock still cannot overwrite
 * the work of the holder that took it over, however late its write arrives. See
 * {@link dev.dynastore.locks.Lease}.
 */
public final class FencedOutException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  private final long fencingToken;
  private final long newerToken;

  public FencedOutException(String message, Throwable cause, long fencingToken, long newerToken) {
    super(message, cause);
    this.fencingToken = fencingToken;
    this.newerToken = newerToken;
  }

  /** The fencing token the refused write carried. */
  public long fencingToken() {
    return fencingToken;
  }

  /** The newer token of the lock that the item carries. */
  public long newerToken() {
    return newerToken;
  }
}
