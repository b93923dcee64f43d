package dev.dynastore.internal;

import dev.dynastore.UnreadableItemException;
import dev.dynastore.kv.KVPage;
import dev.dynastore.kv.KVPair;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The listing of a sharded partition by key or a local index: each page reads every shard (in parallel) and merges
 * them in the listing's order, ties between shards in shard order, so that pages follow one total order and never
 * repeat or skip an item. A shard resumes after the last item the caller was given from it, so a token holds no key
 * the caller was not given; what a shard read but the page did not return is read again by the next page. As with
 * one partition's listing, an item written during the listing ahead of its position is listed, and one written
 * behind it is not (the token keeps the last item returned: nothing before it is returned again). Internal.
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
    /** Where the next page resumes this shard: its last item returned, or where this page started it. */
    Map<String, AttributeValue> resume;

    Cursor(int shard, Map<String, AttributeValue> start) {
      this.shard = shard;
      this.next = start;
      this.resume = start;
    }
  }

  /**
   * One page. Without a size ({@code PageRequest.firstUnlimited()}), each shard is read once without a limit (up to
   * 1 MB, as one partition's unlimited page), and the page holds what can be merged before a shard with more to
   * read runs out.
   */
  KVPage page(KeyQuery query, ReadSpec spec) {
    int shards = query.shards();
    boolean unlimited = spec.limit() == null;
    int size = unlimited ? Integer.MAX_VALUE : spec.limit();
    boolean reverse = spec.reverse();
    PageTokens.Listing listing = new PageTokens.Listing(table, query, reverse);
    PageTokens.ShardPositions from = spec.startKey() == null ? null
        : session.pageTokens().decodeMerged(listing, spec.startKey(), shards);
    List<Cursor> cursors = new ArrayList<>(shards);
    for (int shard = 0; shard < shards; shard++) {
      cursors.add(new Cursor(shard, from == null ? null : from.startKeys().get(shard)));
    }
    String sortAttribute = query.sortAttribute();
    AttributeValue lastSort = from == null ? null : from.lastSort();
    int lastShard = from == null ? -1 : from.lastShard();
    List<KVPair> items = new ArrayList<>();
    List<UnreadableItemException> unreadable = List.of();
    int returned = 0;
    int scanned = 0;
    double units = 0;
    boolean firstRound = true;
    while (returned < size) {
      List<Cursor> empty = new ArrayList<>();
      for (Cursor cursor : cursors) {
        if (cursor.read.isEmpty() && cursor.more) {
          empty.add(cursor);
        }
      }
      if (!empty.isEmpty()) {
        if (unlimited && !firstRound && returned > 0) {
          break; // a shard with more to read ran out: what follows may lie in its next read
        }
        // a shard holds about size/shards of a page: the first read of each asks for twice that (at least 8), not
        // the whole page, so a page reads a few times its size rather than shards times; a shard used up early is
        // read again for what is left
        Integer wanted = unlimited ? null : firstRound ? Integer.valueOf(Math.min(size, Math.max(8,
            (2 * size + shards - 1) / shards))) : Integer.valueOf(size - returned);
        firstRound = false;
        List<Callable<QueryResponse>> reads = new ArrayList<>(empty.size());
        for (Cursor cursor : empty) {
          KeyQuery shard = query.shard(cursor.shard);
          Map<String, AttributeValue> start = cursor.next;
          reads.add(() -> reader.read(shard, start, wanted, reverse, spec.consistent()));
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
      for (Cursor cursor : cursors) {
        if (!cursor.read.isEmpty() && (first == null || before(cursor, first, sortAttribute, reverse))) {
          first = cursor;
        }
      }
      if (first == null) {
        break; // every shard is read to its end
      }
      Map<String, AttributeValue> item = first.read.removeFirst();
      AttributeValue sort = item.get(sortAttribute);
      if (lastSort != null && behind(sort, first.shard, lastSort, lastShard, reverse)) {
        continue; // written since, behind the listing's position: its place was passed
      }
      first.resume = item; // the token keeps only its key attributes
      lastSort = sort;
      lastShard = first.shard;
      returned++;
      try {
        items.add(Items.decode(item));
      } catch (UnreadableItemException e) {
        unreadable = unreadable.isEmpty() ? new ArrayList<>() : unreadable;
        unreadable.add(e); // one bad item must not stop the listing: the page reports it
      }
    }
    boolean more = false;
    List<Map<String, AttributeValue>> resume = new ArrayList<>(shards);
    for (Cursor cursor : cursors) {
      more |= !cursor.read.isEmpty() || cursor.more;
      resume.add(cursor.resume);
    }
    String token = more && lastSort != null ? session.pageTokens().encodeMerged(listing,
        new PageTokens.ShardPositions(resume, lastSort, lastShard)) : null;
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

  /** Whether an item of {@code shard} sorted {@code sort} lies before the last item returned, in listing order. */
  private static boolean behind(AttributeValue sort, int shard, AttributeValue lastSort, int lastShard,
      boolean reverse) {
    int order = KeyQuery.compare(sort, lastSort);
    if (order == 0) {
      return shard < lastShard;
    }
    return reverse ? order > 0 : order < 0;
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
