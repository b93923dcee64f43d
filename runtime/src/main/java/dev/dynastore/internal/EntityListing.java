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
    return new EntityListing<>(store, new KeyQuery(query.partition(), query.index(), range.map(sortKey),
        query.idFilter()), sortKey);
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
    Objects.requireNonNull(request, "request == null");
    Iterator<Versioned<T>> pages = new PageByPage(request);
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

  /** The entries of one page after another: the next page is read only when this one is used up. */
  private final class PageByPage implements Iterator<Versioned<T>> {
    private PageRequest next;
    private Iterator<Versioned<T>> current = java.util.Collections.emptyIterator();

    PageByPage(PageRequest first) {
      this.next = first;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && next != null) {
        Page<T> page = list(next); // a page can be empty and still have more, when all it read had expired
        next = page.hasMore() ? next.next(page) : null;
        current = page.entries().iterator();
      }
      return current.hasNext();
    }

    @Override
    public Versioned<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
