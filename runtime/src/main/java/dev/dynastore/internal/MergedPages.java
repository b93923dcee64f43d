package dev.dynastore.internal;

import dev.dynastore.UnreadableItemException;
import dev.dynastore.kv.KVPage;
import dev.dynastore.kv.KVPair;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The listing of a sharded partition by key or a local index: each page reads every shard that has items left (in
 * parallel), and merges them in the listing's order, ties between shards in shard order, so that pages follow one
 * total order and never repeat or skip an item. A shard resumes after the last item the caller was given from it,
 * so a token holds no key the caller was not given; what a shard read but the page did not return is read again
 * by the next page. Internal.
 */
final class MergedPages {
  private final Session session;
  private final ItemReader reader;
  private final String table;

  MergedPages(Session session, ItemReader reader, String table) {
    this.session = session;
    this.reader = reader;
    this.table = table;
  }

  /** One shard's items read and not yet returned, and where its reading continues. */
  private static final class Cursor {
    final int shard;
    final Deque<Map<String, AttributeValue>> read = new ArrayDeque<>();
    /** Where the next read starts (null: the shard's start); meaningful while {@link #more}. */
    Map<String, AttributeValue> next;
    boolean more = true;
    Map<String, AttributeValue> lastReturned;

    Cursor(int shard, Map<String, AttributeValue> start) {
      this.shard = shard;
      this.next = start;
    }
  }

  KVPage page(KeyQuery query, ReadSpec spec) {
    int shards = query.shards();
    int size = spec.limit() == null ? 100 : spec.limit();
    PageTokens.Listing listing = new PageTokens.Listing(table, query, spec.reverse());
    PageTokens.ShardPositions from = spec.startKey() == null ? null
        : session.pageTokens().decodeMerged(listing, spec.startKey(), shards);
    List<Cursor> open = new ArrayList<>();
    List<Cursor> all = new ArrayList<>(shards);
    for (int shard = 0; shard < shards; shard++) {
      Cursor cursor = new Cursor(shard, from == null ? null : from.startKeys().get(shard));
      all.add(cursor);
      if (from == null || !from.done()[shard]) {
        open.add(cursor);
      }
    }
    String sortAttribute = query.sortAttribute();
    List<KVPair> items = new ArrayList<>(Math.min(size, 1024));
    List<UnreadableItemException> unreadable = List.of();
    int returned = 0;
    int scanned = 0;
    double units = 0;
    boolean firstRound = true;
    while (returned < size) {
      List<Cursor> empty = new ArrayList<>();
      for (Cursor cursor : open) {
        if (cursor.read.isEmpty() && cursor.more) {
          empty.add(cursor);
        }
      }
      if (!empty.isEmpty()) {
        // a shard holds about size/shards of a page: the first read of each asks for twice that (at least 8), not
        // the whole page, so a page reads a few times its size rather than shards times; a shard used up early is
        // read again for what is left
        int wanted = firstRound ? Math.min(size, Math.max(8, (2 * size + open.size() - 1) / open.size()))
            : size - returned;
        firstRound = false;
        List<Callable<QueryResponse>> reads = new ArrayList<>(empty.size());
        for (Cursor cursor : empty) {
          KeyQuery shard = query.shard(cursor.shard);
          Map<String, AttributeValue> start = cursor.next;
          reads.add(() -> reader.read(shard, start, wanted, spec.reverse(), spec.consistent()));
        }
        List<QueryResponse> responses = session.inParallel(reads);
        for (int i = 0; i < empty.size(); i++) {
          Cursor cursor = empty.get(i);
          QueryResponse response = responses.get(i);
          cursor.read.addAll(response.items());
          cursor.more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
          cursor.next = cursor.more ? response.lastEvaluatedKey() : null;
          scanned += response.scannedCount() == null ? response.items().size() : response.scannedCount();
          units += ItemReader.readUnits(response.consumedCapacity());
        }
        continue; // a shard may have read only expired items: read it again before merging
      }
      Cursor first = null;
      for (Cursor cursor : open) {
        if (!cursor.read.isEmpty() && (first == null || before(cursor, first, sortAttribute, spec.reverse()))) {
          first = cursor;
        }
      }
      if (first == null) {
        break; // every shard is read to its end
      }
      Map<String, AttributeValue> item = first.read.removeFirst();
      first.lastReturned = item;
      returned++;
      try {
        items.add(Items.decode(item));
      } catch (UnreadableItemException e) {
        unreadable = unreadable.isEmpty() ? new ArrayList<>() : unreadable;
        unreadable.add(e); // one bad item must not stop the listing: the page reports it
      }
    }
    String token = token(listing, query, all, from);
    return new KVPage(items, token, unreadable, scanned, units);
  }

  /** Whether {@code a}'s next item comes before {@code b}'s: by sort key, then shard. */
  private static boolean before(Cursor a, Cursor b, String sortAttribute, boolean reverse) {
    int order = KeyQuery.compare(a.read.peekFirst().get(sortAttribute), b.read.peekFirst().get(sortAttribute));
    if (order == 0) {
      return a.shard < b.shard;
    }
    return reverse ? order > 0 : order < 0;
  }

  /** The next page's token: each shard after its last item returned, or done; null when every shard is done. */
  private String token(PageTokens.Listing listing, KeyQuery query, List<Cursor> all, PageTokens.ShardPositions from) {
    boolean[] done = new boolean[all.size()];
    List<Map<String, AttributeValue>> starts = new ArrayList<>(all.size());
    boolean more = false;
    for (Cursor cursor : all) {
      boolean wasDone = from != null && from.done()[cursor.shard];
      done[cursor.shard] = wasDone || cursor.read.isEmpty() && !cursor.more;
      more |= !done[cursor.shard];
      Map<String, AttributeValue> start = from == null ? null : from.startKeys().get(cursor.shard);
      starts.add(cursor.lastReturned != null ? keyOf(cursor.lastReturned, query) : start);
    }
    return more ? session.pageTokens().encodeMerged(listing, new PageTokens.ShardPositions(starts, done)) : null;
  }

  /** The key attributes of an item that a listing resumes after. */
  private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, KeyQuery query) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put(ItemLayout.PARTITION, item.get(ItemLayout.PARTITION));
    key.put(ItemLayout.KEY, item.get(ItemLayout.KEY));
    if (query.index() != null) {
      key.put(query.index().sortAttribute(), item.get(query.index().sortAttribute()));
    }
    return key;
  }

  /** How many live items the listing holds: every shard counted, in parallel. */
  long count(KeyQuery query, boolean consistent) {
    List<Callable<Long>> counts = new ArrayList<>(query.shards());
    for (int shard = 0; shard < query.shards(); shard++) {
      KeyQuery one = query.shard(shard);
      counts.add(() -> reader.count(one, consistent));
    }
    long total = 0;
    for (long count : session.inParallel(counts)) {
      total += count;
    }
    return total;
  }
}
