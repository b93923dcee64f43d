package dev.dynastore.kv;

import dev.dynastore.UnreadableItemException;
import java.util.List;
import java.util.Optional;

/**
 * One page of a listing: the items, and the token that continues after them ({@link #lastKey()}), empty when
 * the listing is done. A page can be empty and still have a token, when every item it read had expired.
 */
public final class KVPage {
  private final List<KVPair> items;
  private final String lastKey;
  private final List<UnreadableItemException> unreadable;
  private final int scannedCount;
  private final double consumedReadUnits;

  /** A page of {@code items}, continued by {@code lastKey} (null when the listing is done). */
  public KVPage(List<KVPair> items, String lastKey) {
    this(items, lastKey, List.of(), items.size(), 0);
  }

  /**
   * A page that read {@code scannedCount} items (expired ones and those of other partitions included) for
   * {@code consumedReadUnits}, some of them items it could not make pairs of.
   */
  public KVPage(List<KVPair> items, String lastKey, List<UnreadableItemException> unreadable, int scannedCount,
      double consumedReadUnits) {
    this.items = List.copyOf(items);
    this.lastKey = lastKey;
    this.unreadable = List.copyOf(unreadable);
    this.scannedCount = scannedCount;
    this.consumedReadUnits = consumedReadUnits;
  }

  /**
   * How many items DynamoDB read for this page, before it filtered out expired ones (and, through a global index,
   * other partitions'): they cost reads too.
   */
  public int scannedCount() {
    return scannedCount;
  }

  /** The read capacity units this page consumed, as DynamoDB reported them (0 when it did not). */
  public double consumedReadUnits() {
    return consumedReadUnits;
  }

  /** The items of this page, in index order. */
  public List<KVPair> items() {
    return items;
  }

  /** The opaque token to pass to {@link ReadOption#withStartKey} for the next page; empty when done. */
  public Optional<String> lastKey() {
    return Optional.ofNullable(lastKey);
  }

  /**
   * The items this page read but could not return (another program wrote them: a version that is not a whole
   * number, say), each as the exception a {@code get} of it would throw. They are skipped, so that one bad item
   * cannot stop a listing; check this when you must know.
   */
  public List<UnreadableItemException> unreadable() {
    return unreadable;
  }

  /** Whether another page may follow. */
  public boolean hasMore() {
    return lastKey != null;
  }

  @Override
  public String toString() {
    return "KVPage" + items + (lastKey == null ? "" : " more");
  }
}
