package dev.dynastore.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Dynastore;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What "the orders of the last 7 days" reads: with a key range, and with the workaround a range replaces (a
 * descending listing read page by page until an order older than the cut-off shows up). Counted from each page's
 * scanned count and consumed read units, not timed; the table it prints is the one in BENCHMARKS.md.
 */
@DynamoDbTest
class RangeReadsTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));
  private static final int ORDERS = 1_000;

  @Test
  void aRangeReadsWhatItHoldsWhereTheWorkaroundReadsUpToAPageMore(DynamoDbClient client, @TableName String table) {
    PlacedOrderRepository orders = new PlacedOrderRepository(Dynastore.builder().client(client).build().table(table));
    orders.createTableIfMissing();
    for (int i = 0; i < ORDERS; i++) {
      // one order every 43 minutes, back from now: 235 in the last 7 days, 1,000 over 30
      orders.create(new PlacedOrder(String.format("o%04d", i), "c" + i % 17, NOW.minus(Duration.ofMinutes(43L * i)),
          BigDecimal.valueOf(i)));
    }
    long inRange = orders.byPlaced().where(KeyRange.atLeast(WEEK_AGO)).count();

    StringBuilder report = new StringBuilder(String.format("%n| page size | orders in range | range: requests, items"
        + " read, RCU | workaround: requests, items read, RCU |%n|---|---|---|---|%n"));
    for (int size : new int[] {10, 25, 100}) {
      PageRequest request = PageRequest.first(size).descending().consistent();
      Reads range = read(orders.byPlaced().where(KeyRange.atLeast(WEEK_AGO)), request, false);
      Reads workaround = read(orders.byPlaced(), request, true);

      assertThat(range.kept).isEqualTo(workaround.kept).hasSize((int) inRange);
      assertThat(range.itemsRead).as("a range reads what it holds").isEqualTo(inRange);
      // the last request of a range finds its end; only when the range fills its last page exactly can that take
      // one more (empty) request
      assertThat(range.requests).isBetween((int) ((inRange + size - 1) / size), (int) (inRange / size + 1));
      assertThat(workaround.itemsRead).as("the workaround reads on to the end of the page that passes the cut-off")
          .isGreaterThan(inRange).isLessThanOrEqualTo(inRange + size);
      report.append(String.format("| %d | %d | %d, %d, %.1f | %d, %d, %.1f |%n", size, inRange, range.requests,
          range.itemsRead, range.units, workaround.requests, workaround.itemsRead, workaround.units));
    }
    System.out.println(report);
  }

  /** The items of a listing down to the cut-off, page by page; with {@code stopAtCutOff}, the workaround's loop. */
  private static Reads read(Listing<PlacedOrder, Instant> listing, PageRequest first, boolean stopAtCutOff) {
    Reads reads = new Reads();
    PageRequest request = first;
    while (true) {
      Page<PlacedOrder> page = listing.list(request);
      reads.requests++;
      reads.itemsRead += page.scannedCount();
      reads.units += page.consumedReadUnits();
      boolean passed = false;
      for (PlacedOrder order : page.items()) {
        if (order.placed().isBefore(WEEK_AGO)) {
          passed = true;
        } else {
          reads.kept.add(order.id());
        }
      }
      if (passed && stopAtCutOff || !page.hasMore()) {
        return reads;
      }
      request = request.next(page);
    }
  }

  private static final class Reads {
    final List<String> kept = new ArrayList<>();
    int requests;
    long itemsRead;
    double units;
  }
}
