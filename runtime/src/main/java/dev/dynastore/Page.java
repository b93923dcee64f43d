package dev.dynastore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of entities from a typed listing, and the opaque token that continues it. Pass the page to
 * {@link PageRequest#next(Page)} (or its token to {@link PageRequest#after(String)}) for the following page.
 *
 * <p>Repositories make these; {@link #of} makes one for a stub in a test, or to wrap results of your own query.
 *
 * @param <T> the entity type
 */
public final class Page<T> {
  private final List<Versioned<T>> entries;
  private final String nextToken;
  private final List<UnreadableItemException> unreadable;
  private final int scannedCount;
  private final double consumedReadUnits;

  private Page(List<Versioned<T>> entries, String nextToken, List<UnreadableItemException> unreadable,
      int scannedCount, double consumedReadUnits) {
    this.entries = List.copyOf(entries);
    this.nextToken = nextToken;
    this.unreadable = List.copyOf(unreadable);
    this.scannedCount = scannedCount;
    this.consumedReadUnits = consumedReadUnits;
  }

  /** A page of {@code entries}, continued by {@code nextToken} (null for the last page). */
  public static <T> Page<T> of(List<Versioned<T>> entries, String nextToken) {
    return new Page<>(entries, nextToken, List.of(), entries.size(), 0);
  }

  /**
   * A page as a listing read it: {@code scannedCount} items read (filtered ones included) for
   * {@code consumedReadUnits}, some of which it could not return as entities ({@code unreadable}).
   */
  public static <T> Page<T> of(List<Versioned<T>> entries, String nextToken,
      List<UnreadableItemException> unreadable, int scannedCount, double consumedReadUnits) {
    return new Page<>(entries, nextToken, unreadable, scannedCount, consumedReadUnits);
  }

  /** The entities of this page, in index order. */
  public List<T> items() {
    List<T> items = new ArrayList<>(entries.size());
    for (Versioned<T> entry : entries) {
      items.add(entry.value());
    }
    return items;
  }

  /** The entities with their versions, to update or delete them. */
  public List<Versioned<T>> entries() {
    return entries;
  }

  /** The token that continues the listing; empty when it is done. */
  public Optional<String> nextToken() {
    return Optional.ofNullable(nextToken);
  }

  /**
   * The items of this listing's partition this page read but could not return as entities (another program or an
   * incompatible version of the entity wrote them), each as the exception a {@code get} of it would throw. They
   * are skipped, so that one bad item cannot stop a listing; check this when you must know.
   */
  public List<UnreadableItemException> unreadable() {
    return unreadable;
  }

  /**
   * How many items DynamoDB read for this page, before it filtered out expired ones and those of other
   * partitions (a global index holds every partition's): each cost reads, so many more scanned than returned says
   * the listing pays for items it does not return.
   */
  public int scannedCount() {
    return scannedCount;
  }

  /** The read capacity units this page consumed, as DynamoDB reported them (0 when it did not). */
  public double consumedReadUnits() {
    return consumedReadUnits;
  }

  /** Whether another page may follow. A page can be empty and still have more, when all it read had expired. */
  public boolean hasMore() {
    return nextToken != null;
  }

  @Override
  public String toString() {
    return "Page" + entries + (nextToken == null ? "" : " more");
  }
}
