package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Streams over a listing of 5,000 live items (and some expired ones among them): they read a page only when the
 * one before is used up, hold one page at a time, stop reading at a limit, and agree with the count.
 */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamsTest {
  private static final int LIVE = 5_000;
  private static final int EXPIRED = 40;
  private static final Instant T = Instant.parse("2026-11-25T00:00:00Z");

  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient countedClient;
  private ReadingRepository readings;

  @BeforeAll
  void fill(LocalDynamoDb dynamo, @TableName String name) throws Exception {
    countedClient = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(counter).build())
        .build();
    TestClock clock = TestClock.at(Instant.parse("2026-11-25T10:00:00Z"));
    readings = new ReadingRepository(Dynastore.builder().client(countedClient).clock(clock).build().table(name));
    readings.createTableIfMissing();
    Instant expires = clock.instant().plusSeconds(5);
    ExecutorService writers = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < LIVE + EXPIRED; i++) {
        // every 126th item expires: they lie all along the listing, so some pages read fewer live items
        boolean expired = i % 126 == 125 && i / 126 < EXPIRED;
        Reading reading = new Reading("bulk", i, "k", String.format("label-%05d", i), T.plusMillis(i),
            BigDecimal.valueOf(i), expired ? expires : null);
        writes.add(writers.submit(() -> readings.create(reading)));
      }
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      writers.shutdown();
    }
    clock.advance(Duration.ofSeconds(10));
  }

  @AfterAll
  void close() {
    countedClient.close();
  }

  @Test
  void aStreamReadsOnePageWhenTheOneBeforeIsUsedUp() {
    Listing<Reading, Instant> all = readings.byAt("bulk");
    counter.reset();
    try (Stream<Reading> stream = all.stream(PageRequest.first(100).consistent())) {
      Iterator<Reading> items = stream.iterator();
      assertThat(counter.totalCalls()).as("before the first item is asked for").isZero();
      Instant previous = items.next().at();
      assertThat(counter.totalCalls()).isEqualTo(1);
      int seen = 1;
      int expectedCalls = 1;
      while (items.hasNext()) {
        Reading reading = items.next();
        assertThat(reading.at()).isAfter(previous);
        previous = reading.at();
        seen++;
        if (seen % 1000 == 1) {
          // the pages hold 100 items each, fewer where an expired one was read: never more requests than pages
          assertThat(counter.totalCalls()).as("requests after %s items", seen)
              .isBetween((seen + 99) / 100, (seen + 99) / 100 + EXPIRED);
        }
      }
      assertThat(seen).isEqualTo(LIVE);
      expectedCalls = (LIVE + EXPIRED + 99) / 100;
      // one request per page read, and at most one more that finds the listing's end
      assertThat(counter.calls()).containsOnlyKeys("Query");
      assertThat(counter.totalCalls()).isBetween(expectedCalls, expectedCalls + 1);
    }
  }

  @Test
  void aStreamHoldsOnePageAtATime() throws InterruptedException {
    Iterator<Reading> items = readings.listing("bulk").stream(PageRequest.first(100).consistent()).iterator();
    WeakReference<Reading> first = new WeakReference<>(items.next());
    for (int i = 0; i < 300; i++) {
      items.next();
    }
    for (int i = 0; i < 20 && first.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(first.get()).as("an item of a page already used up, after a collection").isNull();
    assertThat(items.next()).isNotNull(); // the stream is still in use: it is only the old page that is gone
  }

  @Test
  void aLimitStopsReadingAndTheCountAgrees() {
    Listing<Reading, Instant> all = readings.byAt("bulk");
    counter.reset();
    List<Integer> firstFew = all.stream(PageRequest.first(100).consistent()).limit(150).map(Reading::seq)
        .collect(Collectors.toList());
    assertThat(firstFew).hasSize(150);
    assertThat(counter.totalCalls()).as("two pages for 150 items").isEqualTo(2);

    counter.reset();
    assertThat(all.count(Consistency.STRONG)).isEqualTo(LIVE);
    assertThat(counter.calls()).containsOnlyKeys("Query");

    Listing<Reading, Instant> range = all.where(KeyRange.between(T.plusMillis(1000), T.plusMillis(1999)));
    long inRange = range.count(Consistency.STRONG);
    assertThat(inRange).isEqualTo(1000 - 8); // items 1007, 1133, ..., 1889 expired: every 126th
    assertThat(range.stream(PageRequest.first(64).consistent()).count()).isEqualTo(inRange);
    assertThat(range.stream(PageRequest.first(64).descending().consistent()).map(Reading::seq).findFirst())
        .contains(1999);
  }

  @Test
  void streamedVersionsUpdate() {
    Versioned<Reading> first = readings.byKindAt("bulk", "k").streamVersioned(PageRequest.first(10))
        .findFirst().orElseThrow();
    Versioned<Reading> updated = readings.update(first, new Reading("bulk", first.value().seq(), "k",
        "relabelled", first.value().at(), first.value().amount(), null));
    assertThat(updated.version()).isEqualTo(first.version() + 1);
  }
}
