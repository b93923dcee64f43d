package dev.dynastore;

import java.util.Objects;
import java.util.Optional;

/**
 * A DynamoDB table holding many partitions: the Go library's {@code Table}. Every operation of
 * {@link Partition} is here too, taking the partition name first.
 *
 * <h2>Writes</h2>
 * Every write is one request in the common case, and sets {@code version} (1 on create, one more on every write)
 * and a fresh random write token. {@link #put} is unconditional; {@link #atomicPut} creates if absent (or
 * expired), or, given {@link WriteOption#withPreviousKV}, swaps only if the stored item is still the one read;
 * {@link #atomicDelete} deletes only that item. A write replaces the value; the expiry stays unless the write sets
 * or clears it; fields it does not name are kept (see {@link WriteOption}). A create replaces an expired item
 * whole, as if it were absent.
 *
 * <h2>Retries</h2>
 * The SDK retries requests whose answer was lost, so a write may reach DynamoDB more than once. Every write
 * reports one of three outcomes: success (applied exactly once), a conflict ({@link KeyExistsException},
 * {@link KeyModifiedException}, {@link KeyNotFoundException}: not applied), or {@link OutcomeUnknownException}
 * (an attempt that may have applied cannot be told from one that did not). Failures that certainly did not apply
 * are {@link ThrottledException}, {@link UnavailableException} or {@link TableNotFoundException}.
 *
 * <h2>Expiry</h2>
 * One rule everywhere, DynamoDB's own: an item is expired iff its {@code expires} is a number and
 * {@code expires <= now} by the session's clock. Expired items are absent to {@code get}, {@code exists},
 * {@code listPage} and {@code atomicDelete}, and a create replaces them.
 */
public final class Table {
  private final Dynastore session;
  private final String name;
  private final ItemWriter writer;
  private final ItemReader reader;

  Table(Dynastore session, String name) {
    this.session = session;
    this.name = Index.requireText(name, "table name");
    this.writer = new ItemWriter(session, name);
    this.reader = new ItemReader(session, name);
  }

  /** The table name. */
  public String name() {
    return name;
  }

  /** The session this table belongs to. */
  public Dynastore session() {
    return session;
  }

  /** A partition of this table. Cheap: no request is made. */
  public Partition partition(String partition) {
    checkPartition(partition);
    return new Partition(this, partition);
  }

  // ---------------------------------------------------------------------------------------------- writes

  /**
   * Writes the item whatever is stored, replacing its value and bumping its version; over an absent or expired
   * item it starts at version 1. One {@code UpdateItem}; over an expired item a second request replaces it whole.
   *
   * @return the item as stored after the write
   */
  public KVPair put(String partition, String key, WriteOption... options) {
    checkKey(partition, key);
    WriteSpec spec = WriteSpec.of(options);
    if (spec.previous() != null) {
      throw new IllegalArgumentException("withPreviousKV makes a compare-and-swap: call atomicPut, not put");
    }
    return writer.put(partition, key, spec);
  }

  /**
   * Writes the item only if the condition holds: without {@link WriteOption#withPreviousKV}, only if the key is
   * absent or expired (a create, which replaces an expired item whole); with it, only if the stored item is
   * still that one and not expired (a compare-and-swap).
   *
   * @return the item as written, its version one more than before (1 on create)
   * @throws KeyExistsException if a create finds a live item
   * @throws KeyModifiedException if a compare-and-swap finds another version, no item, or an expired one
   * @throws OutcomeUnknownException if the write may or may not have been applied
   */
  public KVPair atomicPut(String partition, String key, WriteOption... options) {
    checkKey(partition, key);
    WriteSpec spec = WriteSpec.of(options);
    KVPair previous = spec.previous();
    if (previous == null) {
      return writer.create(partition, key, spec);
    }
    checkSameItem(partition, key, previous);
    return writer.compareAndSwap(partition, key, previous, spec);
  }

  /**
   * Deletes the item unconditionally. Deleting an absent key is not an error.
   */
  public void delete(String partition, String key) {
    checkKey(partition, key);
    writer.delete(partition, key);
  }

  /**
   * Deletes the item only if it is still the one {@code previous} describes and has not expired. One
   * conditional {@code DeleteItem}; on failure, the reason comes from the failure response or, where the
   * backend does not return the item, from one consistent read.
   *
   * @throws NullPointerException if {@code previous} is null: use {@link #delete} to delete unconditionally
   * @throws KeyNotFoundException if the key is absent or expired
   * @throws KeyModifiedException if another version is stored
   * @throws OutcomeUnknownException if the delete may or may not have been applied
   */
  public void atomicDelete(String partition, String key, KVPair previous) {
    checkKey(partition, key);
    Objects.requireNonNull(previous, "previous == null: atomicDelete deletes the version you read, so pass the"
        + " KVPair from get or atomicPut; to delete whatever is stored, call delete(key)");
    checkSameItem(partition, key, previous);
    writer.atomicDelete(partition, key, previous);
  }

  // ----------------------------------------------------------------------------------------------- reads

  /**
   * Reads the item; empty when it is absent or expired.
   *
   * @throws IndexNotSupportedException if an index option is given
   */
  public Optional<KVPair> get(String partition, String key, ReadOption... options) {
    checkKey(partition, key);
    ReadSpec spec = checkKeyRead("get", ReadSpec.of(options));
    return Optional.ofNullable(reader.get(partition, key, spec.consistent));
  }

  /**
   * Whether a live (present, not expired) item is stored under the key. Reads only the key and expiry.
   *
   * @throws IndexNotSupportedException if an index option is given
   */
  public boolean exists(String partition, String key, ReadOption... options) {
    checkKey(partition, key);
    ReadSpec spec = checkKeyRead("exists", ReadSpec.of(options));
    return reader.exists(partition, key, spec.consistent);
  }

  /**
   * Lists one page of the partition's live items whose key (or index sort key) begins with {@code prefix};
   * an empty prefix lists the whole partition. Expired items are skipped, so a page can be short, or empty
   * with a token to continue.
   *
   * @throws InvalidPageTokenException if the start key did not come from this same listing
   * @throws IndexNotSupportedException for a consistent read on a global index, or an index the table lacks
   */
  public KVPage listPage(String partition, String prefix, ReadOption... options) {
    checkPartition(partition);
    return reader.listPage(partition, prefix, ReadSpec.of(options), null, false);
  }

  // ------------------------------------------------------------------------------------ the typed layer's path

  /** Creates, with the spec built by a typed repository (already checked by the processor). */
  KVPair create(String partition, String key, WriteSpec spec) {
    checkKey(partition, key);
    return writer.create(partition, key, spec);
  }

  /** A compare-and-swap from a typed repository. */
  KVPair compareAndSwap(String partition, String key, KVPair previous, WriteSpec spec) {
    checkKey(partition, key);
    checkSameItem(partition, key, previous);
    return writer.compareAndSwap(partition, key, previous, spec);
  }

  /** An unconditional write from a typed repository. */
  KVPair put(String partition, String key, WriteSpec spec) {
    checkKey(partition, key);
    return writer.put(partition, key, spec);
  }

  KVPair get(String partition, String key, boolean consistent) {
    checkKey(partition, key);
    return reader.get(partition, key, consistent);
  }

  boolean exists(String partition, String key, boolean consistent) {
    checkKey(partition, key);
    return reader.exists(partition, key, consistent);
  }

  /**
   * Lists, keeping only items whose {@code id} equals {@code idFilter} (or starts with it, when
   * {@code idFilterIsPrefix}); a null filter keeps all.
   */
  KVPage listPage(String partition, String prefix, ReadSpec spec, String idFilter, boolean idFilterIsPrefix) {
    checkPartition(partition);
    return reader.listPage(partition, prefix, spec, idFilter, idFilterIsPrefix);
  }

  // ---------------------------------------------------------------------------------------------- tables

  /**
   * Creates the table with Dynastore's key schema ({@code id}, {@code name}) and the given indexes, on demand
   * billing, with DynamoDB's TTL deletion on {@code expires} (where the backend has it), and waits until it is
   * active; if it exists, waits until it is active and checks it has the indexes. For tests, samples and first
   * runs: production creates tables with its own infrastructure code.
   *
   * @return whether this call created the table
   * @throws IllegalStateException if the table exists but lacks one of the indexes
   */
  public boolean createIfMissing(Index... indexes) {
    return new TableAdmin(session, name).createIfMissing(indexes);
  }

  // ----------------------------------------------------------------------------------------------- checks

  private static ReadSpec checkKeyRead(String operation, ReadSpec spec) {
    if (spec.index != null) {
      throw new IndexNotSupportedException(operation + " reads the table by its key and cannot use " + spec.index
          + "; list through the index with listPage");
    }
    return spec;
  }

  private static void checkSameItem(String partition, String key, KVPair previous) {
    if (!previous.partition().equals(partition) || !previous.key().equals(key)) {
      throw new IllegalArgumentException("the previous pair is " + previous.partition() + "/" + previous.key()
          + ", not " + partition + "/" + key);
    }
  }

  static void checkPartition(String partition) {
    checkKeyPart("partition", partition, ItemLayout.MAX_PARTITION_BYTES);
  }

  static void checkKey(String partition, String key) {
    checkPartition(partition);
    checkKeyPart("key", key, ItemLayout.MAX_KEY_BYTES);
  }

  private static void checkKeyPart(String what, String value, int maxBytes) {
    Objects.requireNonNull(value, what + " == null");
    if (value.isEmpty()) {
      throw new InvalidKeyException(what + " is empty: DynamoDB cannot store an empty key");
    }
    int bytes = ItemSizes.utf8Length(value);
    if (bytes > maxBytes) {
      throw new InvalidKeyException(what + " is " + bytes + " bytes in UTF-8; DynamoDB's limit is " + maxBytes);
    }
  }

  @Override
  public String toString() {
    return "Table(" + name + ")";
  }
}
