package dev.dynastore;

import dev.dynastore.kv.Index;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;

/**
 * A DynamoDB table of a {@link Dynastore} session: what generated repositories are built on
 * ({@code new CustomerRepository(store.table("CRM"))}), and the Go library's {@code Table} for the K/V API
 * ({@link #partition}). Cheap to get (no request is made), immutable and thread-safe.
 *
 * <p>Get one from {@link Dynastore#table}; repositories need that implementation, so do not implement this
 * interface yourself. To test code that uses a repository, stub the repository instead (see {@link Versioned#of}
 * and {@link Page#of}).
 */
public interface Table {
  /** The table name. */
  String name();

  /** The session this table belongs to. */
  Dynastore session();

  /**
   * A partition of this table, for the K/V API. Cheap: no request is made.
   *
   * @throws InvalidKeyException if the name is empty or over 2048 bytes in UTF-8
   */
  KVPartition partition(String partition);

  /**
   * Named locks with leases, kept as items of {@code partition} (give them a partition of their own):
   * {@code table.locks("locks")}. Cheap: no request is made.
   *
   * @throws InvalidKeyException if the partition name is empty or over 2048 bytes in UTF-8
   */
  default Locks locks(String partition) {
    return locks(partition, LockOptions.defaults());
  }

  /** {@link #locks(String)} with these options (lease duration, heartbeat, safety margin, owner, back-off). */
  Locks locks(String partition, LockOptions options);

  /**
   * This table, with every write through it fenced by {@code lease}: a write stores the lease's fencing token with
   * its item, and is refused ({@link FencedOutException}) when the item carries a newer token of the same lock.
   * For repositories ({@code new JobRepository(table.fencedBy(lease))}) and K/V partitions alike. A write through
   * it when the lease is known to be lost or released throws {@link LockLostException} before any request; batch
   * writes ({@code putAll}, {@code deleteAll}) take no condition and are refused.
   *
   * @throws IllegalArgumentException if the lease is not one of Dynastore's ({@link Locks#tryAcquire})
   */
  Table fencedBy(Lease lease);

  /**
   * Creates the table with Dynastore's key schema ({@code id}, {@code name}) and every index of the definition,
   * on demand billing, with DynamoDB's TTL deletion on {@code expires} (where the backend has it, unless
   * {@link TableDefinition#withoutTtl}), and waits until it is active; if it exists, waits until it is active,
   * checks it can serve the definition, and turns TTL on if it is off. For tests, samples and first runs: production creates tables with its own infrastructure code,
   * and checks them with {@link #verify}.
   *
   * @return whether this call created the table
   * @throws TableMismatchException if the table exists but lacks an index, or has one keyed otherwise
   */
  boolean createIfMissing(TableDefinition definition);

  /**
   * {@link #createIfMissing(TableDefinition)} with these indexes.
   *
   * @throws IllegalArgumentException if one index name is given with two definitions, or there are too many
   */
  default boolean createIfMissing(Index... indexes) {
    return createIfMissing(TableDefinition.of(indexes));
  }

  /**
   * Checks that the table can serve the definition: Dynastore's key schema, every index keyed as declared and
   * projecting all attributes, and TTL deletion on {@code expires} (unless {@link TableDefinition#withoutTtl};
   * dynalite cannot delete expired items, so there its TTL is always off). Call it at start-up, so that a deployment with the wrong table fails there and not at its first
   * listing. Two requests: {@code DescribeTable} and {@code DescribeTimeToLive}.
   *
   * @throws TableMismatchException listing every problem found
   * @throws TableNotFoundException if the table does not exist
   */
  void verify(TableDefinition definition);
}
