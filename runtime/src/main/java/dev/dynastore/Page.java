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

  private Page(List<Versioned<T>> entries, String nextToken) {
    this.entries = List.copyOf(entries);
    this.nextToken = nextToken;
  }

  /** A page of {@code entries}, continued by {@code nextToken} (null for the last page). */
  public static <T> Page<T> of(List<Versioned<T>> entries, String nextToken) {
    return new Page<>(entries, nextToken);
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

  /** Whether another page may follow. A page can be empty and still have more, when all it read had expired. */
  public boolean hasMore() {
    return nextToken != null;
  }

  @Override
  public String toString() {
    return "Page" + entries + (nextToken == null ? "" : " more");
  }
}
