package dev.dynastore.kv;

import dev.dynastore.KeyRange;
import dev.dynastore.Table;
import java.util.Optional;

/**
 * One partition of a table: the items sharing an {@code id}. The Go library's {@code Partition}, and the handle
 * K/V code uses:
 *
 * <pre>{@code
 * KVPartition customers = store.table("CRMTable").partition("customers");
 * KVPair kv = customers.atomicPut(id, withString(json), withFields(Map.of("created", fromS(now))));
 * KVPage page = customers.listPage("", withLocalIndex("idx_created", "created"), withLimit(100));
 * kv = customers.atomicPut(id, withString(changed), withPreviousKV(kv));
 * customers.atomicDelete(id, kv);
 * }</pre>
 *
 * <h2>Writes</h2>
 * Every write is one request in the common case, and sets {@code version} (1 on create, one more on every write)
 * and a fresh random write token. {@link #put} is unconditional; {@link #atomicPut} creates if absent (or
 * expired), or, given {@link WriteOption#withPreviousKV}, swaps only if the stored item is still the one read;
 * {@link #atomicDelete} deletes only that item. A write replaces the value; the expiry stays unless the write
 * sets or clears it; fields it does not name are kept (see {@link WriteOption}). A create replaces an expired
 * item whole, as if it were absent.
 *
 * <h2>Retries</h2>
 * The SDK retries requests whose answer was lost, so a write may reach DynamoDB more than once. Every write
 * reports one of three outcomes: success (applied exactly once), a conflict
 * ({@link dev.dynastore.KeyExistsException}, {@link dev.dynastore.KeyModifiedException},
 * {@link dev.dynastore.KeyNotFoundException}: not applied), or {@link dev.dynastore.OutcomeUnknownException} (an
 * attempt that may have applied cannot be told from one that did not). Failures that certainly did not apply are
 * {@link dev.dynastore.ThrottledException}, {@link dev.dynastore.UnavailableException} or
 * {@link dev.dynastore.TableNotFoundException}.
 *
 * <h2>Expiry</h2>
 * One rule everywhere, DynamoDB's own: an item is expired iff its {@code expires} is a number and
 * {@code expires <= now} by the session's clock. Expired items are absent to {@code get}, {@code exists},
 * {@code listPage} and {@code atomicDelete}, and a create replaces them.
 *
 * <p>Get one from {@link Table#partition}. Immutable and thread-safe.
 */
public interface KVPartition {
  /** The partition name (the items' {@code id}). */
  String name();

  /** The table this partition belongs to. */
  Table table();

  /**
   * Writes the item whatever is stored, replacing its value and bumping its version; over an absent or expired
   * item it starts at version 1. One {@code UpdateItem}; over an expired item a second request replaces it whole.
   *
   * @return the item as stored after the write
   * @throws dev.dynastore.OutcomeUnknownException if the write may or may not have been applied
   */
  KVPair put(String key, WriteOption... options);

  /**
   * Writes the item only if the condition holds: without {@link WriteOption#withPreviousKV}, only if the key is
   * absent or expired (a create, which replaces an expired item whole); with it, only if the stored item is
   * still that one and not expired (a compare-and-swap).
   *
   * @return the item as written, its version one more than before (1 on create)
   * @throws dev.dynastore.KeyExistsException if a create finds a live item
   * @throws dev.dynastore.KeyModifiedException if a compare-and-swap finds another version, no item, or an
   *     expired one
   * @throws dev.dynastore.OutcomeUnknownException if the write may or may not have been applied
   */
  KVPair atomicPut(String key, WriteOption... options);

  /** Deletes the item unconditionally. Deleting an absent key is not an error. */
  void delete(String key);

  /**
   * Deletes the item only if it is still the one {@code previous} describes and has not expired. One
   * conditional {@code DeleteItem}; on failure, the reason comes from the failure response or, where the
   * backend does not return the item, from one consistent read.
   *
   * @throws NullPointerException if {@code previous} is null: use {@link #delete} to delete unconditionally
   * @throws dev.dynastore.KeyNotFoundException if the key is absent or expired
   * @throws dev.dynastore.KeyModifiedException if another version is stored
   * @throws dev.dynastore.OutcomeUnknownException if the delete may or may not have been applied
   */
  void atomicDelete(String key, KVPair previous);

  /**
   * Reads the item; empty when it is absent or expired.
   *
   * @throws dev.dynastore.IndexNotSupportedException if an index option is given
   */
  Optional<KVPair> get(String key, ReadOption... options);

  /**
   * Whether a live (present, not expired) item is stored under the key. Reads only the key and expiry.
   *
   * @throws dev.dynastore.IndexNotSupportedException if an index option is given
   */
  boolean exists(String key, ReadOption... options);

  /**
   * Lists one page of the partition's live items whose key (or index sort key) begins with {@code prefix}; an
   * empty prefix lists the whole partition. Expired items are skipped, so a page can be short, or empty with a
   * token to continue. Through a global index ({@link ReadOption#withGlobalIndex}), this partition's name is the
   * value of the index's partition attribute.
   *
   * @throws dev.dynastore.InvalidPageTokenException if the start key did not come from this same listing
   * @throws dev.dynastore.IndexNotSupportedException for a consistent read on a global index, or an index the
   *     table lacks
   */
  KVPage listPage(String prefix, ReadOption... options);

  /**
   * Lists one page of the partition's live items whose key (or index sort key) lies in {@code range}, as
   * {@link #listPage(String, ReadOption...)} does for a prefix. Keys compare as DynamoDB compares them: text by its
   * UTF-8 bytes; through an index sorted by numbers, the bounds are numbers written as text ({@code "-2.5"}).
   *
   * <pre>{@code
   * KVPage sinceMarch = jobs.listPage(KeyRange.atLeast("2026-03-01"), ReadOption.withLimit(100));
   * }</pre>
   *
   * @throws dev.dynastore.InvalidKeyException for a bound that is not a number on a numeric sort key, or too long
   * @throws IllegalArgumentException for a range whose low bound lies after its high bound
   * @throws dev.dynastore.InvalidPageTokenException if the start key did not come from this same listing and range
   */
  KVPage listPage(KeyRange<String> range, ReadOption... options);

  /**
   * How many live items the partition holds with a key (or index sort key) in {@code range}: DynamoDB counts them
   * page by page without reading their values. Only the index and consistency options apply.
   */
  long count(KeyRange<String> range, ReadOption... options);
}
