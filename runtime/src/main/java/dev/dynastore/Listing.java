package dev.dynastore;

import java.util.stream.Stream;

/**
 * The entities of one partition in the order of one sort key: by key, or through an index. Generated repositories
 * hand these out ({@code customers.byCreated()}, {@code orders.byStatus(Status.OPEN)}); narrow one with
 * {@link #where}, then read it a page at a time, as a lazy stream, or count it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Listing<Order, Instant> recent = orders.byPlaced().where(KeyRange.atLeast(weekAgo));
 * Page<Order> page = recent.list(PageRequest.first(25).descending());
 * try (Stream<Order> all = recent.stream(PageRequest.first(100))) { ... }   // one request per page read
 * long howMany = recent.count();
 * }</pre>
 *
 * <p>Expired items are skipped everywhere. A page is read with one request ({@link Page#consumedReadUnits()} says
 * what it cost); a stream reads its next page only when the one before is consumed and holds one page at a time; a
 * count reads no values, only how many live items each page holds, so it also counts items a listing skips as
 * unreadable (written by another program or an incompatible version; see {@link Page#unreadable()}).
 *
 * @param <T> the entity type
 * @param <K> the type of the sort key
 */
public interface Listing<T, K> {
  /** This listing narrowed to the sort keys in {@code range}; the range replaces any given before. */
  Listing<T, K> where(KeyRange<K> range);

  /**
   * One page: as many items as {@code request}'s size, or fewer when some it read had expired, were unreadable, or
   * (through a global index) belonged to another type or tenant; from where its token says, in its order. A token
   * continues only the listing (and range, and order) that made it.
   *
   * @throws InvalidPageTokenException if the request's token came from another listing or range
   */
  Page<T> list(PageRequest request);

  /**
   * Every entity from {@code request}'s position on, page after page as the stream is consumed: pages of the
   * request's size, in its order and consistency. Limit it with {@link Stream#limit} (pick a page size near that
   * limit to read no more than needed). An item that cannot be read as an entity is skipped, as a page skips it;
   * to see those, stream the {@link #pages} instead.
   */
  Stream<T> stream(PageRequest request);

  /**
   * The pages from {@code request}'s position on, each read when the stream reaches it: for work done a page at
   * a time (a batch write per page, say), and to see each page's {@link Page#unreadable()} items and cost. A page
   * may be empty and not the last, when every item it read had expired.
   */
  Stream<Page<T>> pages(PageRequest request);

  /** As {@link #stream}, with each entity's version, to update or delete it. */
  Stream<Versioned<T>> streamVersioned(PageRequest request);

  /** How many live entities the listing holds: DynamoDB counts them page by page, without reading values. */
  long count(Consistency consistency);

  /** {@link #count(Consistency)}, eventually consistent. */
  default long count() {
    return count(Consistency.EVENTUAL);
  }
}
