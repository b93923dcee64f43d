package dev.dynastore.locks;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A held lock: its fencing token, when its lease ends, and the means to renew, release and fence with it. Made by
 * {@link Locks#tryAcquire}. Thread-safe.
 *
 * <p>While the lease is held, a daemon thread ({@code dynastore-lease-<name>#<fencing token>}) renews it every
 * {@link LockOptions#heartbeat} (unless that is zero) and watches its end; it stops when the lease is released or
 * lost, or when nothing refers to the lease any more (then its lock is free at its end). A lease is <em>lost</em> when a renewal is refused (another holder has the lock), or when its end less the
 * {@link LockOptions#safetyMargin} passes by the session's clock without a renewal: then {@link #lost()}
 * completes, {@link #isHeld()} turns false, and renewing or releasing throws
 * {@link dev.dynastore.LockLostException}. Release every lease you acquire (try-with-resources): a lease dropped
 * without release holds its lock until the garbage collector notices, and then until its end (when {@link #lost()}
 * completes); a callback added to {@link #lost()} that refers to the lease keeps it reachable, and renewed.
 *
 * <p><b>Fencing.</b> A holder can be paused (a garbage collection, a frozen Lambda) past its lease without
 * noticing. Writes fenced by the lease ({@code table.fencedBy(lease)}, {@link dev.dynastore.kv.WriteOption#withFence})
 * store its {@link #fencingToken()} with the item and are refused once the item carries a newer token of the same
 * lock, so such a holder cannot overwrite what the next holder wrote.
 */
public interface Lease extends AutoCloseable {
  /** The lock's name. */
  String name();

  /** The partition the lock is kept in. */
  String partition();

  /** The table the lock is kept in. */
  String table();

  /** This holder's {@link LockOptions#owner}. */
  String owner();

  /**
   * This acquisition's fencing token: larger than the token of every earlier acquisition of the lock, also after
   * the lock item was deleted (then the count starts again from the acquirer's clock, in microseconds since the
   * epoch, so it stays larger while clocks agree within the safety margin).
   */
  long fencingToken();

  /** When the lease ends unless renewed, as stored (by this session's clock when it was acquired or renewed). */
  Instant leaseEnds();

  /** The data stored with the lock when it was acquired. */
  Optional<AttributeValue> data();

  /**
   * Whether this lease still holds the lock as far as this process can tell: neither released nor lost, and
   * its end less the safety margin is still ahead by the session's clock. Makes no request. Check it before work
   * that must not overlap another holder's; fence the writes that must not.
   */
  boolean isHeld();

  /**
   * Extends the lease to the lease duration from now: one conditional write, which succeeds only while this
   * lease still holds the lock and its end has not passed.
   *
   * @throws dev.dynastore.LockLostException if it no longer does (the lease is then lost)
   */
  void renew();

  /**
   * Releases the lock, so that the next acquirer need not wait for the lease to end: one conditional write that
   * clears the holder and its data and keeps the fencing count. Stops the heartbeat. Releasing a released lease
   * does nothing.
   *
   * @throws dev.dynastore.LockLostException if the lease was lost (its end passed, or another holder has the
   *     lock): nothing to release
   * @throws dev.dynastore.UnavailableException (or another failure) if the request failed: the lease is no longer
   *     renewed all the same, so the lock is free at its end at the latest, and calling release (or
   *     {@link Locks#releaseAll}) again tries again
   */
  void release();

  /**
   * For try-with-resources: releases the lock if this lease still holds it, and never throws. A lease that was lost
   * has nothing to release; when the release request fails, the lease is no longer renewed and the lock is free
   * at its end at the latest. To know whether the lease held to the end, check {@link #isHeld()} before the block
   * ends, or watch {@link #lost()}.
   */
  @Override
  void close();

  /**
   * A future that completes with the reason when the lease is lost (a refused renewal, or its end less the margin
   * passed without one: a renewal that takes longer is given up), and completes exceptionally (a
   * {@code CancellationException} its cause) when the lease is released first, so callbacks added with
   * {@code thenAccept} do not run then. Each call returns a future of its own: completing or cancelling it affects no
   * other. Callbacks run on a thread of the common {@code ForkJoinPool}, never under a lock of the lease nor on a
   * thread calling it; keep them short, or add them with {@code thenAcceptAsync} and an executor of your own.
   */
  CompletableFuture<dev.dynastore.LockLostException> lost();
}
