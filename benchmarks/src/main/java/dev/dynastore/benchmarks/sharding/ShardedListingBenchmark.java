package dev.dynastore.benchmarks.sharding;

import dev.dynastore.Dynastore;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The latency of a listing page of 37 over 2,000 orders, by shard count, against dynalite: a page reads every
 * shard in parallel (8 at a time) and merges them. {@code middlePage} starts from a token halfway through.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2) // dynalite runs on Node: its JIT needs a while to settle
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ShardedListingBenchmark {
  private static final Instant PLACED = Instant.parse("2026-11-25T10:00:00Z");
  private static final int ORDERS = 2_000;
  private static final int PAGE = 37;

  @Param({"1", "4", "16", "64"})
  public int shards;

  private LocalDynamoDb dynamo;
  private DynamoDbClient client;
  private Listing<?, String> listing;
  private String middle;

  @Setup(Level.Trial)
  public void start() {
    dynamo = LocalDynamoDb.start(Backend.DYNALITE);
    client = dynamo.newClient();
    Table table = Dynastore.builder().client(client).build().table("Sharded" + shards);
    listing = fill(table, shards);
    PageRequest request = PageRequest.first(PAGE).consistent();
    for (int page = 0; page < ORDERS / PAGE / 2; page++) {
      request = request.next(listing.list(request));
    }
    middle = request.token();
  }

  /** Stores the orders in a table of the type with {@code shards} shards; its listing by key. */
  public static Listing<?, String> fill(Table table, int shards) {
    switch (shards) {
      case 1: {
        ShardedOrder1Repository orders = new ShardedOrder1Repository(table);
        orders.createTableIfMissing();
        orders.putAll(orders(i -> new ShardedOrder1(id(i), placed(i), i)));
        return orders.listing();
      }
      case 4: {
        ShardedOrder4Repository orders = new ShardedOrder4Repository(table);
        orders.createTableIfMissing();
        orders.putAll(orders(i -> new ShardedOrder4(id(i), placed(i), i)));
        return orders.listing();
      }
      case 16: {
        ShardedOrder16Repository orders = new ShardedOrder16Repository(table);
        orders.createTableIfMissing();
        orders.putAll(orders(i -> new ShardedOrder16(id(i), placed(i), i)));
        return orders.listing();
      }
      case 64: {
        ShardedOrder64Repository orders = new ShardedOrder64Repository(table);
        orders.createTableIfMissing();
        orders.putAll(orders(i -> new ShardedOrder64(id(i), placed(i), i)));
        return orders.listing();
      }
      default:
        throw new IllegalArgumentException("no order type of " + shards + " shards");
    }
  }

  private static <T> List<T> orders(IntFunction<T> order) {
    List<T> orders = new ArrayList<>(ORDERS);
    for (int i = 0; i < ORDERS; i++) {
      orders.add(order.apply(i));
    }
    return orders;
  }

  private static String id(int i) {
    return String.format("o%05d", i);
  }

  private static Instant placed(int i) {
    return PLACED.plusSeconds((i * 7919L) % ORDERS);
  }

  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    dynamo.close();
  }

  @Benchmark
  public Page<?> firstPage() {
    return listing.list(PageRequest.first(PAGE).consistent());
  }

  @Benchmark
  public Page<?> middlePage() {
    return listing.list(PageRequest.first(PAGE).consistent().after(middle));
  }
}
