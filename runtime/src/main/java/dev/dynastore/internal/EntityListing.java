package dev.dynastore.internal;

import dev.dynastore.Consistency;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A typed {@link Listing}: a {@link KeyQuery} whose range is given in the sort key's own type. Internal. */
final class EntityListing<T, K> implements Listing<T, K> {
  private final EntityStore<T> store;
  private final KeyQuery query;
  private final Function<? super K, AttributeValue> sortKey;

  EntityListing(EntityStore<T> store, KeyQuery query, Function<? super K, AttributeValue> sortKey) {
    this.store = store;
    this.query = query;
    this.sortKey = sortKey;
  }

  @Override
  public Listing<T, K> where(KeyRange<K> range) {
    Objects.requireNonNull(range, "range == null");
    return new EntityListing<>(store, query.within(range.map(sortKey)), sortKey);
  }

  @Override
  public Page<T> list(PageRequest request) {
    Objects.requireNonNull(request, "request == null");
    return store.page(query, request);
  }

  @Override
  public Stream<T> stream(PageRequest request) {
    return streamVersioned(request).map(Versioned::value);
  }

  @Override
  public Stream<Versioned<T>> streamVersioned(PageRequest request) {
    return pages(request).flatMap(page -> page.entries().stream()); // lazy: a page is read when the last is used up
  }

  @Override
  public Stream<Page<T>> pages(PageRequest request) {
    Objects.requireNonNull(request, "request == null");
    Iterator<Page<T>> pages = new Pages(request);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public long count(Consistency consistency) {
    return store.count(query, consistency == Consistency.STRONG);
  }

  @Override
  public String toString() {
    return "Listing(" + query + ")";
  }

  /** One page after another, each read when asked for. */
  private final class Pages implements Iterator<Page<T>> {
    private PageRequest next;

    Pages(PageRequest first) {
      this.next = first;
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Page<T> next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      Page<T> page = list(next);
      next = page.hasMore() ? next.next(page) : null;
      return page;
    }
  }
}
