package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.TableMismatchException;
import dev.dynastore.kv.Index;
import dev.dynastore.kv.WriteOption;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sharded listings and shard-count checks at their edges, from a review: writes during a listing, hooks, expired
 * leftovers, unlimited pages, what a first read sends. Each failed on the first version of sharding.
 */
@DynamoDbTest
class ShardedListingEdgesTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  private final RequestCounter counter = new RequestCounter();
  private final TestClock clock = TestClock.at(T);
  private DynamoDbClient client;
  private Dynastore store;
  private Table table;
  private ShipmentRepository shipments;
  private CustomerRepository customers;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, @TableName String name) {
    client = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(counter).build())
        .build();
    store = Dynastore.builder().client(client).clock(clock).build();
    table = store.table(name);
    customers = new CustomerRepository(table); // an unsharded type in the same table, as the control
    shipments = new ShipmentRepository(table);
    shipments.createTableIfMissing();
  }

  @AfterEach
  void close() {
    client.close();
  }

  /** The README's formula: FNV-1a 64 of the UTF-8 key, MurmurHash3 fmix64, unsigned modulo the count. */
  private static int shardOf(String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb53a5e3c5e63L;
    h ^= h >>> 33;
    return (int) Long.remainderUnsigned(h, 16);
  }

  private static Shipment shipment(String id) {
    return new Shipment(id, "ups", T, 1, null);
  }

  private List<String> tenKeys() {
    List<String> keys = IntStream.range(0, 10).mapToObj(i -> String.format("a%02d", i)).toList();
    for (String key : keys) {
      String stored = shipments.create(shipment(key)).kv().partition();
      assertThat(stored).as("the test's hash is the library's").isEqualTo("shipments#" + shardOf(key));
    }
    return keys;
  }

  private static List<String> rest(ShipmentRepository repo, Page<Shipment> page) {
    List<String> ids = new ArrayList<>();
    repo.listing().stream(PageRequest.first(4).consistent().after(page.nextToken().orElseThrow()))
        .forEach(s -> ids.add(s.id()));
    return ids;
  }


  @Test
  void anItemCreatedAheadOfTheListingsPositionIsListed() {
    // control: the unsharded listing finds an item created after page 1 and ahead of its position
    for (int i = 0; i < 10; i++) {
      customers.create(Customer.named(String.format("a%02d", i), "n", T));
    }
    Page<Customer> customerPage = customers.listing().list(PageRequest.first(4).consistent());
    customers.create(Customer.named("z", "n", T));
    List<String> customerRest = customers.listing().stream(PageRequest.first(4).consistent()
        .after(customerPage.nextToken().orElseThrow())).map(Customer::id).toList();
    assertThat(customerRest).endsWith("z");

    // sharded: a shard that held nothing on page 1 is read again by the next page
    List<String> keys = tenKeys();
    Set<Integer> used = new TreeSet<>();
    keys.forEach(k -> used.add(shardOf(k)));
    int emptyShard = IntStream.range(0, 16).filter(s -> !used.contains(s)).findFirst().orElseThrow();
    String late = IntStream.range(0, 10_000).mapToObj(i -> "z" + i).filter(k -> shardOf(k) == emptyShard)
        .findFirst().orElseThrow();

    Page<Shipment> page = shipments.listing().list(PageRequest.first(4).consistent());
    assertThat(page.items()).extracting(Shipment::id).containsExactly("a00", "a01", "a02", "a03");
    shipments.create(shipment(late)); // sorts after every key: ahead of the listing's position "a03"

    assertThat(rest(shipments, page)).as("the rest of the listing, after a03").endsWith(late);
  }


  @Test
  void pagesOfAListingStayInOrderWhenAnItemIsCreatedBehindIt() {
    List<String> keys = tenKeys();
    Page<Shipment> page = shipments.listing().list(PageRequest.first(4).consistent());
    List<String> first = page.items().stream().map(Shipment::id).toList();
    assertThat(first).containsExactly("a00", "a01", "a02", "a03");

    // a shard with items left whose own position lies before "a03": the next page resumes it there
    String behind = null;
    for (String pending : keys.subList(4, 10)) {
      int shard = shardOf(pending);
      String position = first.stream().filter(k -> shardOf(k) == shard).reduce((a, b) -> b).orElse("a00");
      if (position.compareTo("a03") < 0) {
        String prefix = position + "_";
        behind = IntStream.range(0, 10_000).mapToObj(i -> prefix + i).filter(k -> shardOf(k) == shard)
            .findFirst().orElseThrow();
        break;
      }
    }
    assertThat(behind).as("a shard to write behind the position").isNotNull();
    shipments.create(shipment(behind)); // sorts before "a03", after its shard's position

    List<String> all = new ArrayList<>(first);
    all.addAll(rest(shipments, page));
    assertThat(all).as("the pages, one after the other").isSorted();
  }

  @Test
  void hooksSeeAMergedListingsReadsOnTheListingThreadsOrWithParallelismOneOnTheCallers() {
    for (int parallelism : new int[] {1, 8}) {
      Set<String> threads = ConcurrentHashMap.newKeySet();
      Dynastore hooked = Dynastore.builder().client(client).clock(clock).listingParallelism(parallelism)
          .addRequestHook((operation, request) -> {
            if (operation.equals("ListPage") || operation.equals("Count")) {
              threads.add(Thread.currentThread().getName());
            }
          }).build();
      ShipmentRepository repo = new ShipmentRepository(hooked.table(table.name()));
      repo.putAll(IntStream.range(0, 20).mapToObj(i -> shipment("s" + i)).toList());

      assertThat(repo.listing().list(PageRequest.first(10)).items()).hasSize(10);
      assertThat(repo.listing().count(Consistency.STRONG)).isEqualTo(20);
      if (parallelism == 1) {
        assertThat(threads).containsOnly(Thread.currentThread().getName());
      } else {
        assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("dynastore-listing-"));
      }
    }
  }


  @Test
  void itemsStoredUnshardedAreFoundBehindAnExpiredOne(@TableName String other) {
    Table fresh = store.table(other);
    new ShipmentRepository(fresh).createTableIfMissing();
    fresh.partition("#dynastore").delete("shards/shipments"); // as if an earlier build never sharded
    fresh.partition("shipments").put("s0000", WriteOption.withString("expires"), WriteOption.withTtl(
        Duration.ofMinutes(1)));
    fresh.partition("shipments").put("s0001", WriteOption.withString("an unsharded item, live"));
    clock.advance(Duration.ofMinutes(2)); // s0000 expired; on DynamoDB it stays readable for up to 48 hours

    ShipmentRepository later = new ShipmentRepository(Dynastore.builder().client(client).clock(clock).build()
        .table(other));
    assertThatThrownBy(() -> later.create(shipment("s0002"))).isInstanceOf(TableMismatchException.class)
        .hasMessageContaining("in one partition");
  }


  @Test
  void anUnlimitedPageIsAsLargeAsDynamoDbReturns() {
    customers.putAll(IntStream.range(0, 150).mapToObj(i -> Customer.named("c" + i, "n", T)).toList());
    shipments.putAll(IntStream.range(0, 150).mapToObj(i -> shipment("s" + i)).toList());

    assertThat(customers.listing().list(PageRequest.firstUnlimited()).items()).as("unsharded").hasSize(150);
    assertThat(shipments.listing().list(PageRequest.firstUnlimited()).items()).as("sharded").hasSize(150);
  }


  @Test
  void theFirstReadOfASessionOnlyReads(@TableName String other) {
    Table fresh = store.table(other);
    fresh.createIfMissing(ShipmentSchema.INDEXES.toArray(new Index[0])); // the table as an IaC tool made it
    ShipmentRepository reader = new ShipmentRepository(Dynastore.builder().client(client).build().table(other));
    counter.reset();

    assertThat(reader.get("s0001", Consistency.STRONG)).isEmpty();
    // the record (absent) and the unsharded partition (empty) read, nothing written: read-only credentials do
    assertThat(counter.calls()).isEqualTo(Map.of("GetItem", 2, "Query", 1));
    assertThat(reader.get("s0002", Consistency.STRONG)).isEmpty();
    assertThat(counter.calls()).as("checked once a session").isEqualTo(Map.of("GetItem", 3, "Query", 1));

    reader.create(shipment("s0003")); // the first write records the count
    assertThat(fresh.partition("#dynastore").get("shards/shipments")).isPresent();
  }

  @Test
  void anUnshardedBuildIsRefusedOnFirstUseWhereTheTableRecordsShards(@TableName String other) {
    Table fresh = store.table(other);
    new CustomerRepository(fresh).createTableIfMissing();
    // a build with @Partition(value = "customers", shards = 4) ran here: it recorded 4
    fresh.partition("#dynastore").put("shards/customers", WriteOption.withValue(AttributeValue.fromM(Map.of(
        "shards", AttributeValue.fromN("4"), "type", AttributeValue.fromS(Customer.class.getName())))));

    // the sharding is reverted: a build whose tables are managed elsewhere, which never creates them
    CustomerRepository reverted = new CustomerRepository(Dynastore.builder().client(client).build().table(other));
    assertThatThrownBy(() -> reverted.create(Customer.named("c1", "a second c1", T)))
        .isInstanceOf(TableMismatchException.class).hasMessageContaining("records partition customers in 4 shards");
    assertThatThrownBy(() -> reverted.get("c1")).isInstanceOf(TableMismatchException.class);
  }
}
