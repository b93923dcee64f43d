package dev.dynastore;

import java.util.Objects;

/**
 * What page of a typed listing to read: its size, where it starts, the order and the consistency. Immutable;
 * every method returns a new request.
 *
 * <pre>{@code
 * Page<Customer> page = customers.byCreated().list(PageRequest.first(25).descending());
 * Page<Customer> next = customers.byCreated().list(PageRequest.first(25).descending().next(page));
 * }</pre>
 */
public final class PageRequest {
  private final Integer size;
  private final String token;
  private final boolean descending;
  private final Consistency consistency;

  private PageRequest(Integer size, String token, boolean descending, Consistency consistency) {
    this.size = size;
    this.token = token;
    this.descending = descending;
    this.consistency = consistency;
  }

  /** The first page, of at most {@code size} items read (expired items are skipped, so a page can be short). */
  public static PageRequest first(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be positive, was " + size);
    }
    return new PageRequest(size, null, false, Consistency.EVENTUAL);
  }

  /** The first page, as large as DynamoDB returns (up to 1 MB of items). */
  public static PageRequest firstUnlimited() {
    return new PageRequest(null, null, false, Consistency.EVENTUAL);
  }

  /** The page after {@code page}, with this request's size, order and consistency. */
  public PageRequest next(Page<?> page) {
    Objects.requireNonNull(page, "page == null");
    return new PageRequest(size, page.nextToken().orElseThrow(
        () -> new IllegalArgumentException("the page is the last one: check hasMore() first")), descending, consistency);
  }

  /** The page after the one that returned {@code token}. */
  public PageRequest after(String token) {
    return new PageRequest(size, Objects.requireNonNull(token, "token == null"), descending, consistency);
  }

  /** Lists in descending order of the sort key. */
  public PageRequest descending() {
    return new PageRequest(size, token, true, consistency);
  }

  /** Reads consistently (not on a global index). */
  public PageRequest consistent() {
    return new PageRequest(size, token, descending, Consistency.STRONG);
  }

  /** The page size, or null for as many as DynamoDB returns. */
  public Integer size() {
    return size;
  }

  /** The start token, or null for the first page. */
  public String token() {
    return token;
  }

  /** Whether the listing runs in descending order. */
  public boolean isDescending() {
    return descending;
  }

  /** The read consistency. */
  public Consistency consistency() {
    return consistency;
  }
}
