package dev.dynastore.locks;

import dev.dynastore.Table;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Named locks kept in one partition of a table, each an item: {@code table.locks("locks")}. A lock is held by one
 * {@link Lease} at a time, until its lease ends (by the acquirer's clock) unless renewed. Every acquisition gets a
 * fencing token larger than any earlier holder's, which fenced writes store with what they write, so that an
 * earlier holder's late write is refused ({@code table.fencedBy(lease)}).
 *
 * <p>The AWS DynamoDB Lock Client's model (lease duration, heartbeat, data stored with the lock), plus fencing:
 * that client's record version is a random UUID, which cannot tell an older holder from a newer one. Thread-safe;
 * cheap to make (no request).
 *
 * <pre>{@code
 * Locks locks = table.locks("locks", LockOptions.builder().leaseDuration(Duration.ofSeconds(30)).build());
 * try (Lease lease = locks.tryAcquire("invoice-run", Duration.ofMinutes(1)).orElseThrow()) {
 *   InvoiceRepository invoices = new InvoiceRepository(table.fencedBy(lease));
 *   invoices.update(previous, next);           // refused if a newer holder has written it
 * }                                            // released
 * }</pre>
 */
public interface Locks {
  /** The table the lock items are kept in. */
  Table table();

  /** The partition the lock items are kept in. */
  String partition();

  /** The options every lease of these locks has. */
  LockOptions options();

  /**
   * Acquires the lock if it is free: never held, released, or its lease has ended by this session's clock. One
   * request; does not wait.
   *
   * @return the lease, or empty if another holder has it
   * @throws dev.dynastore.InvalidKeyException if the name is empty or over 1024 bytes in UTF-8
   */
  default Optional<Lease> tryAcquire(String name) {
    return tryAcquire(name, Duration.ZERO, null);
  }

  /**
   * Acquires the lock, waiting up to {@code wait} while another holder has it: tries again after a jittered,
   * growing back-off (from {@link LockOptions#minimumBackoff} up to {@link LockOptions#maximumBackoff}), and once
   * more when the wait is up.
   *
   * @return the lease, or empty if the lock was not free within {@code wait} (a wait too long for a {@code long}
   *     of nanoseconds is for ever), or at once if the thread is interrupted while it waits (its interrupt flag
   *     stays set)
   */
  default Optional<Lease> tryAcquire(String name, Duration wait) {
    return tryAcquire(name, wait, null);
  }

  /**
   * As {@link #tryAcquire(String, Duration)}, storing {@code data} with the lock (null: none) for whoever reads
   * it with {@link #holder}: what the holder is doing, where to reach it.
   */
  Optional<Lease> tryAcquire(String name, Duration wait, AttributeValue data);

  /**
   * Releases every lease acquired through this {@code Locks} and still held, as {@link Lease#close()} does (never
   * throwing): for a shutdown hook, so that other workers need not wait for the leases to end. Other {@code Locks},
   * even of the same partition, keep theirs.
   */
  void releaseAll();

  /**
   * Who holds the lock now, and until when, by one consistent read.
   *
   * @return the holder, or empty if the lock is free (never held, released, or its lease ended by this session's
   *     clock)
   */
  Optional<LockHolder> holder(String name);
}
