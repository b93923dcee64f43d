package dev.dynastore.kv;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing: the items, and the token that continues after them ({@link #lastKey()}), empty when
 * the listing is done. A page can be empty and still have a token, when every item it read had expired.
 */
public final class KVPage {
  private final List<KVPair> items;
  private final String lastKey;

  /** A page of {@code items}, continued by {@code lastKey} (null when the listing is done). */
  public KVPage(List<KVPair> items, String lastKey) {
    this.items = List.copyOf(items);
    this.lastKey = lastKey;
  }

  /** The items of this page, in index order. */
  public List<KVPair> items() {
    return items;
  }

  /** The opaque token to pass to {@link ReadOption#withStartKey} for the next page; empty when done. */
  public Optional<String> lastKey() {
    return Optional.ofNullable(lastKey);
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
