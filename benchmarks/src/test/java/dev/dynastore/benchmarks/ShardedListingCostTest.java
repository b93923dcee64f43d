package dev.dynastore.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Dynastore;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.benchmarks.sharding.ShardCapacity;
import dev.dynastore.benchmarks.sharding.ShardedListingBenchmark;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.TableName;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What sharding costs a listing: 2,000 orders listed by key in pages of 37, by shard count, counted (requests, items
 * read, read units per page) against dynalite, not timed; printed with the capacity model's table, as in
 * BENCHMARKS.md.
 */
@DynamoDbTest
class ShardedListingCostTest {
  private static final int PAGE = 37;

  @Test
  void aPageCostsAQueryPerShardAndReadsAFewTimesItsSize(LocalDynamoDb dynamo, @TableName String name) {
    RequestCounter counter = new RequestCounter();
    StringBuilder report = new StringBuilder(String.format("%n%s%n| shards | pages | queries per page | items read"
        + " per page | RCU per page |%n|---|---|---|---|---|%n", ShardCapacity.table(1, 4, 16, 64)));
    try (DynamoDbClient client = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(counter).build())
        .build()) {
      for (int shards : new int[] {1, 4, 16, 64}) {
        Listing<?, String> listing = ShardedListingBenchmark.fill(
            Dynastore.builder().client(client).build().table(name + "-" + shards), shards);
        counter.reset();
        int pages = 0;
        long items = 0;
        long read = 0;
        double units = 0;
        PageRequest request = PageRequest.first(PAGE).consistent();
        while (request != null) {
          Page<?> page = listing.list(request);
          pages++;
          items += page.items().size();
          read += page.scannedCount();
          units += page.consumedReadUnits();
          request = page.hasMore() ? request.next(page) : null;
        }
        double queries = (double) counter.calls().getOrDefault("Query", 0) / pages;
        assertThat(items).isEqualTo(2_000);
        assertThat(queries).as("at least one query per shard with items left").isGreaterThanOrEqualTo(
            Math.min(shards, 1.0));
        assertThat(read / (double) pages).as("a page reads at most twice its share per shard, or 8, and refills")
            .isLessThanOrEqualTo(Math.max(PAGE, shards * Math.max(8.0, 2.0 * PAGE / shards)) * 1.5);
        report.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f |%n", shards, pages, queries,
            read / (double) pages, units / pages));
      }
    }
    System.out.println(report);
  }
}
