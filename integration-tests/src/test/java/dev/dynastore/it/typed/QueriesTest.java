package dev.dynastore.it.typed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.IndexNotSupportedException;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.InvalidPageTokenException;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every sort-key condition on every kind of listing, checked against a model: for each range, the listing must
 * return exactly the live items whose sort key the range holds, in DynamoDB's order, both ways, page by page, and
 * its count must agree. The sort keys are chosen where stored order is easy to get wrong: numeric keys across
 * zero (stored as text), instants within one second, decimals with exponents, text whose UTF-8 order differs from
 * Java's {@code compareTo}. An expired item sits inside most ranges; another tenant's and another kind's items
 * share the indexes.
 */
@DynamoDbTest
class QueriesTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:20Z");
  /**
   * DynamoDB orders text by its UTF-8 bytes: "😀" after "！", where Java's compareTo says before. (The shared
   * fixtures keep to the Basic Multilingual Plane, where dynalite's order agrees; see textSortsByItsUtf8Bytes.)
   */
  private static final Comparator<String> UTF8 = Comparator.comparing(s -> s.getBytes(UTF_8), Arrays::compareUnsigned);

  private static final List<Integer> SEQS = List.of(Integer.MIN_VALUE, -1000, -5, -1, 0, 1, 2, 9, 10, 11, 100, 1000,
      Integer.MAX_VALUE);
  private static final List<String> LABELS = List.of("A", "Z", "Zz", "a", "a-1", "a-1-x", "a.2", "ab", "b", "b ",
      "é", "！", "ａ");
  private static final List<Instant> ATS = List.of(T.minus(Duration.ofDays(365)), T.minusSeconds(1), T.minusNanos(1),
      T, T.plusNanos(1), T.plusNanos(2), T.plusMillis(1), T.plusMillis(500), T.plusMillis(500).plusNanos(1),
      T.plusNanos(999_999_999), T.plusSeconds(1), T.plus(Duration.ofDays(1)), T.plus(Duration.ofDays(3650)));
  private static final List<BigDecimal> AMOUNTS = decimals("-100", "-10", "-2.5", "-0.01", "0", "0.25", "0.5", "1",
      "2", "10", "10.5", "100", "1E+3");

  private TestClockSession session;
  private ReadingRepository readings;
  /** The live items of sensor s1: what its listings hold. */
  private List<Reading> live;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String name) {
    session = TestClockSession.over(client, name);
    readings = new ReadingRepository(session.table());
    readings.createTableIfMissing();
    live = new ArrayList<>();
    for (int i = 0; i < SEQS.size(); i++) {
      // each sort key in another order, so that no listing's order follows another's
      Reading reading = new Reading("s1", SEQS.get(i), i < 10 ? "k" : "other", LABELS.get(i * 5 % 13),
          ATS.get(i * 7 % 13), AMOUNTS.get(i * 3 % 13), null);
      readings.create(reading);
      live.add(reading);
      // another tenant's twin, in the same global index partitions
      readings.create(new Reading("s2", reading.seq(), "k", reading.label(), reading.at(), reading.amount(), null));
    }
    // expired: inside most ranges of every listing, and never returned or counted
    readings.create(new Reading("s1", 5, "k", "a-0", T.plusNanos(3), new BigDecimal("0.3"),
        session.now().plusSeconds(5)));
    session.clock().advance(Duration.ofSeconds(10));
  }

  @Test
  void byNumericKey() {
    checkEveryRange(readings.listing("s1"), Reading::seq, Comparator.<Integer>naturalOrder(), false,
        List.of(Integer.MIN_VALUE, -5, -3, 0, 5, 10, 50, Integer.MAX_VALUE));
  }

  @Test
  void throughLocalIndexes() {
    checkEveryRange(readings.byLabel("s1"), Reading::label, UTF8, false,
        List.of("A", "a", "a-", "a-1", "b", "zz", "é", "！", "ａ"));
    checkPrefixes(readings.byLabel("s1"), false);
    checkEveryRange(readings.byAt("s1"), Reading::at, Comparator.<Instant>naturalOrder(), false,
        List.of(T.minusNanos(1), T, T.plusNanos(1), T.plusNanos(3), T.plusMillis(500), T.plusMillis(500).plusNanos(1),
            T.plusSeconds(1), T.plus(Duration.ofDays(3650))));
    checkEveryRange(readings.byAmount("s1"), Reading::amount, Comparator.<BigDecimal>naturalOrder(), false,
        decimals("-100", "-2.5", "-1", "0", "0.3", "0.5", "10", "1000"));
  }

  @Test
  void throughGlobalIndexes() {
    checkEveryRange(readings.byKindLabel("s1", "k"), Reading::label, UTF8, true,
        List.of("A", "a", "a-1", "b", "é", "！", "ａ"));
    checkPrefixes(readings.byKindLabel("s1", "k"), true);
    checkEveryRange(readings.byKindAt("s1", "k"), Reading::at, Comparator.<Instant>naturalOrder(), true,
        List.of(T.minusNanos(1), T, T.plusNanos(1), T.plusNanos(3), T.plusMillis(500), T.plusSeconds(1)));
    checkEveryRange(readings.byKindAmount("s1", "k"), Reading::amount, Comparator.<BigDecimal>naturalOrder(), true,
        decimals("-10", "-1", "0", "0.3", "10", "1000"));
  }

  @Test
  void byTextKey(Dynastore store, @TableName String name) {
    CustomerRepository customers = new CustomerRepository(store.table(name + "-customers"));
    customers.createTableIfMissing();
    List<String> ids = List.of("A", "a", "a-1", "a.2", "a/", "ab", "b", "é", "！", "ａ");
    List<Customer> all = new ArrayList<>();
    for (String id : ids) {
      all.add(customers.create(Customer.named(id, id, T)).value());
    }
    List<KeyRange<String>> ranges = rangesOver(List.of("A", "a", "a-1", "a0", "é", "！", "ａ"), UTF8);
    ranges.addAll(List.of(KeyRange.beginsWith("a"), KeyRange.beginsWith("a-"), KeyRange.beginsWith("!"),
        KeyRange.beginsWith("")));
    for (KeyRange<String> range : ranges) {
      List<String> expected = all.stream().map(Customer::id).filter(id -> holds(range, id, UTF8)).sorted(UTF8)
          .collect(Collectors.toList());
      Listing<Customer, String> listing = customers.listing().where(range);
      assertThat(pagesOf(listing, PageRequest.first(3).consistent(), Customer::id)).as("%s", range)
          .containsExactlyElementsOf(expected);
      assertThat(listing.count(Consistency.STRONG)).as("count of %s", range).isEqualTo(expected.size());
    }
  }

  @Test
  void aTokenContinuesOnlyTheListingRangeAndOrderThatMadeIt() {
    Listing<Reading, Instant> byAt = readings.byAt("s1");
    PageRequest request = PageRequest.first(2).consistent();
    Page<Reading> first = byAt.where(KeyRange.atLeast(T)).list(request);
    PageRequest next = request.next(first);

    // the same range, made again, continues where the page ended
    List<Instant> rest = byAt.where(KeyRange.atLeast(T)).list(next).items().stream().map(Reading::at)
        .collect(Collectors.toList());
    assertThat(rest).isNotEmpty().allMatch(at -> at.isAfter(first.items().get(1).at()));

    for (KeyRange<Instant> other : List.of(KeyRange.<Instant>all(), KeyRange.greaterThan(T),
        KeyRange.atLeast(T.plusNanos(1)), KeyRange.between(T, T.plusSeconds(1)), KeyRange.atMost(T))) {
      assertThatThrownBy(() -> byAt.where(other).list(next)).as("%s", other)
          .isInstanceOf(InvalidPageTokenException.class);
    }
    assertThatThrownBy(() -> byAt.where(KeyRange.atLeast(T)).list(PageRequest.first(2).consistent().descending()
        .after(next.token()))).as("the other order").isInstanceOf(InvalidPageTokenException.class);
    assertThatThrownBy(() -> readings.byAt("s2").where(KeyRange.atLeast(T)).list(next)).as("another tenant")
        .isInstanceOf(InvalidPageTokenException.class);
    assertThatThrownBy(() -> readings.byKindAt("s1", "k").where(KeyRange.atLeast(T)).list(PageRequest.first(2)
        .after(next.token()))).as("another index").isInstanceOf(InvalidPageTokenException.class);
  }

  @Test
  void aPageThatReadOnlyExpiredItemsIsEmptyAndListingContinues() {
    // the expired item sorts right after T+2ns: with pages of one, the page that reads it is empty
    Listing<Reading, Instant> range = readings.byAt("s1").where(KeyRange.between(T.plusNanos(2), T.plusMillis(1)));
    List<Page<Reading>> pages = new ArrayList<>();
    PageRequest request = PageRequest.first(1).consistent();
    Page<Reading> page;
    do {
      page = range.list(pages.isEmpty() ? request : request.next(pages.get(pages.size() - 1)));
      pages.add(page);
    } while (page.hasMore());

    assertThat(pages).anySatisfy(p -> assertThat(p.items()).isEmpty());
    assertThat(pages.stream().flatMap(p -> p.items().stream()).map(Reading::at))
        .containsExactly(T.plusNanos(2), T.plusMillis(1));
    assertThat(range.stream(request).map(Reading::at)).containsExactly(T.plusNanos(2), T.plusMillis(1));
    assertThat(range.count(Consistency.STRONG)).isEqualTo(2);
  }

  @Test
  void badRangesAreRefusedBeforeAnyRequest(DynamoDbClient client, @TableName String name) {
    List<String> sent = new ArrayList<>();
    ReadingRepository watched = new ReadingRepository(Dynastore.builder().client(client)
        .addRequestHook((operation, request) -> sent.add(operation)).build().table(name));

    assertThatThrownBy(() -> watched.byAt("s1").where(KeyRange.between(T.plusNanos(1), T)).list(PageRequest.first(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lies after its high bound");
    assertThatThrownBy(() -> watched.listing("s1").where(KeyRange.between(1, -1)).count())
        .isInstanceOf(IllegalArgumentException.class);
    // in UTF-8 order "！" comes before "😀": Java's compareTo says otherwise, DynamoDB does not
    assertThatThrownBy(() -> watched.byLabel("s1").where(KeyRange.between("😀", "！")).count())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> watched.byLabel("s1").where(KeyRange.atLeast("x".repeat(1025))).count())
        .isInstanceOf(InvalidKeyException.class).hasMessageContaining("1024");
    assertThatThrownBy(() -> watched.byLabel("s1").where(KeyRange.beginsWith("x".repeat(1025))).count())
        .isInstanceOf(InvalidKeyException.class);
    assertThatThrownBy(() -> watched.byKindAt("s1", "k").count(Consistency.STRONG))
        .isInstanceOf(IndexNotSupportedException.class);
    assertThatThrownBy(() -> KeyRange.between(T, null)).isInstanceOf(NullPointerException.class);
    for (KeyRange<String> onlyEmpty : List.of(KeyRange.equalTo(""), KeyRange.lessThan(""), KeyRange.atMost(""),
        KeyRange.between("", ""))) {
      assertThatThrownBy(() -> watched.byLabel("s1").where(onlyEmpty).count()).as("%s", onlyEmpty)
          .isInstanceOf(InvalidKeyException.class).hasMessageContaining("never empty");
    }
    assertThat(sent).isEmpty();
  }

  @Test
  @RequiresFeature(Feature.UTF8_KEY_ORDER)
  void textSortsByItsUtf8Bytes() {
    // U+1F600 is F0 9F 98 80 in UTF-8, after U+FF01 (EF BC 81); in UTF-16 (D83D DE00) it comes before
    readings.create(new Reading("s1", 7, "k", "😀", T.plusSeconds(7), new BigDecimal("7"), null));

    assertThat(readings.byLabel("s1").where(KeyRange.atLeast("！")).list(PageRequest.first(10).consistent()).items())
        .extracting(Reading::label).containsExactly("！", "ａ", "😀");
    assertThat(readings.byLabel("s1").where(KeyRange.between("！", "😀")).count(Consistency.STRONG)).isEqualTo(3);
    assertThat(readings.byLabel("s1").where(KeyRange.beginsWith("😀")).count(Consistency.STRONG)).isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------------ the model

  private <K> void checkEveryRange(Listing<Reading, K> listing, Function<Reading, K> sortKey, Comparator<K> order,
      boolean global, List<K> probes) {
    List<Reading> holds = global ? live.stream().filter(r -> r.kind().equals("k")).collect(Collectors.toList())
        : live;
    for (KeyRange<K> range : rangesOver(probes, order)) {
      check(listing, sortKey, order, global, holds, range);
    }
  }

  @SuppressWarnings("unchecked") // the listings given are sorted by text
  private <K> void checkPrefixes(Listing<Reading, K> listing, boolean global) {
    List<Reading> holds = global ? live.stream().filter(r -> r.kind().equals("k")).collect(Collectors.toList())
        : live;
    Listing<Reading, String> byLabel = (Listing<Reading, String>) listing;
    for (String prefix : List.of("", "a", "a-", "a-1", "Z", "é", "ａ", "c")) {
      check(byLabel, Reading::label, UTF8, global, holds, KeyRange.beginsWith(prefix));
    }
    // DynamoDB refuses an empty key value in a condition; as a low bound it holds every key
    for (KeyRange<String> fromEmpty : List.of(KeyRange.atLeast(""), KeyRange.greaterThan(""),
        KeyRange.between("", "a-1"))) {
      check(byLabel, Reading::label, UTF8, global, holds, fromEmpty);
    }
  }

  private <K> void check(Listing<Reading, K> listing, Function<Reading, K> sortKey, Comparator<K> order,
      boolean global, List<Reading> holds, KeyRange<K> range) {
    List<Integer> expected = holds.stream().filter(r -> holds(range, sortKey.apply(r), order))
        .sorted(Comparator.comparing(sortKey, order)).map(Reading::seq).collect(Collectors.toList());
    List<Integer> reversed = new ArrayList<>(expected);
    java.util.Collections.reverse(reversed);
    Listing<Reading, K> narrowed = listing.where(range);
    PageRequest request = global ? PageRequest.first(3) : PageRequest.first(3).consistent();
    Consistency consistency = global ? Consistency.EVENTUAL : Consistency.STRONG;

    assertThat(pagesOf(narrowed, request, Reading::seq)).as("%s ascending", range)
        .containsExactlyElementsOf(expected);
    assertThat(pagesOf(narrowed, request.descending(), Reading::seq)).as("%s descending", range)
        .containsExactlyElementsOf(reversed);
    assertThat(narrowed.count(consistency)).as("count of %s", range).isEqualTo(expected.size());
  }

  /** Every item, page by page, checking that no page exceeds its size. */
  private static <T, K, I> List<I> pagesOf(Listing<T, K> listing, PageRequest first, Function<T, I> id) {
    List<I> ids = new ArrayList<>();
    PageRequest request = first;
    while (true) {
      Page<T> page = listing.list(request);
      assertThat(page.items().size()).isLessThanOrEqualTo(first.size());
      page.items().forEach(item -> ids.add(id.apply(item)));
      if (!page.hasMore()) {
        return ids;
      }
      request = request.next(page);
    }
  }

  /** All, and each kind of range on each probe and each ordered pair of probes. */
  private static <K> List<KeyRange<K>> rangesOver(List<K> probes, Comparator<K> order) {
    List<KeyRange<K>> ranges = new ArrayList<>();
    ranges.add(KeyRange.all());
    for (K probe : probes) {
      ranges.addAll(List.of(KeyRange.equalTo(probe), KeyRange.greaterThan(probe), KeyRange.atLeast(probe),
          KeyRange.lessThan(probe), KeyRange.atMost(probe)));
    }
    for (int i = 0; i < probes.size(); i += 2) {
      for (int j = i; j < probes.size(); j += 3) {
        K low = probes.get(i);
        K high = probes.get(j);
        ranges.add(order.compare(low, high) <= 0 ? KeyRange.between(low, high) : KeyRange.between(high, low));
      }
    }
    return ranges;
  }

  /** Whether the range holds the value, by the model's comparator. */
  private static <K> boolean holds(KeyRange<K> range, K value, Comparator<K> order) {
    if (range instanceof KeyRange.EqualTo<K> equal) {
      return order.compare(value, equal.value()) == 0;
    }
    if (range instanceof KeyRange.Between<K> between) {
      return order.compare(value, between.low()) >= 0 && order.compare(value, between.high()) <= 0;
    }
    if (range instanceof KeyRange.GreaterThan<K> greater) {
      int c = order.compare(value, greater.value());
      return greater.inclusive() ? c >= 0 : c > 0;
    }
    if (range instanceof KeyRange.LessThan<K> less) {
      int c = order.compare(value, less.value());
      return less.inclusive() ? c <= 0 : c < 0;
    }
    if ((KeyRange<?>) range instanceof KeyRange.BeginsWith prefix) {
      return ((String) value).startsWith(prefix.prefix());
    }
    return true;
  }

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).collect(Collectors.toList());
  }

  static {
    // the fixtures' sort keys must be distinct, or the expected order would be ambiguous
    for (List<?> values : List.of(SEQS, LABELS, ATS, AMOUNTS)) {
      if (values.stream().distinct().count() != values.size()) {
        throw new AssertionError("duplicate fixture values in " + values);
      }
    }
  }
}
