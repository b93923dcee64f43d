package dev.dynastore;

import dev.dynastore.kv.Index;
import dev.dynastore.kv.KVPartition;

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
   * Creates the table with Dynastore's key schema ({@code id}, {@code name}) and the given indexes, on demand
   * billing, with DynamoDB's TTL deletion on {@code expires} (where the backend has it), and waits until it is
   * active; if it exists, waits until it is active and checks it has the indexes. For tests, samples and first
   * runs: production creates tables with its own infrastructure code.
   *
   * @return whether this call created the table
   * @throws IllegalStateException if the table exists but lacks one of the indexes
   */
  boolean createIfMissing(Index... indexes);
}
