package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.InvalidPageTokenException;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.TableMismatchException;
import dev.dynastore.Versioned;
import dev.dynastore.kv.WriteOption;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A type spread over 16 shards ({@code @Partition(value = "shipments", shards = 16)}): reads and writes by key go to
 * one shard; listings read every shard and merge them into one ordered page.
 */
@DynamoDbTest
class ShardedPartitionsTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
  private static final int ITEMS = 2_000;

  private final RequestCounter counter = new RequestCounter();
  private final PartitionKeys partitionKeys = new PartitionKeys();
  private final TestClock clock = TestClock.at(T);
  private DynamoDbClient client;
  private Dynastore store;
  private Table table;
  private ShipmentRepository shipments;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, @TableName String name) {
    client = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(counter)
            .addExecutionInterceptor(partitionKeys).build())
        .build();
    store = Dynastore.builder().client(client).clock(clock).build();
    table = store.table(name);
    shipments = new ShipmentRepository(table);
    shipments.createTableIfMissing();
  }

  @AfterEach
  void close() {
    client.close();
  }

  /** Shipment {@code i}: sent at a time that does not follow its key, so the two orders differ. */
  private static Shipment shipment(int i) {
    return new Shipment(String.format("s%04d", i), i % 3 == 0 ? "dhl" : "ups", T.plusMillis((i * 7919L) % 100_003),
        i, null);
  }

  private List<Shipment> storeAll() {
    List<Shipment> all = IntStream.range(0, ITEMS).mapToObj(ShardedPartitionsTest::shipment).toList();
    shipments.putAll(all);
    return all;
  }

  @Test
  void twoThousandItemsInSixteenShardsListInOrderInPagesOf37BothWays() {
    List<Shipment> all = storeAll();
    List<String> byKey = all.stream().map(Shipment::id).sorted().toList();
    List<String> bySent = all.stream().sorted(Comparator.comparing(Shipment::sent)).map(Shipment::id).toList();

    assertThat(pagesOf37(shipments.listing(), false)).isEqualTo(byKey);
    assertThat(pagesOf37(shipments.listing(), true)).isEqualTo(reversed(byKey));
    assertThat(pagesOf37(shipments.bySent(), false)).isEqualTo(bySent);
    assertThat(pagesOf37(shipments.bySent(), true)).isEqualTo(reversed(bySent));
    assertThat(shipments.listing().count(Consistency.STRONG)).isEqualTo(ITEMS);
    assertThat(shipments.listing().stream(PageRequest.first(100).consistent()).map(Shipment::id).toList())
        .isEqualTo(byKey);

    // spread over every shard: each of the 16 partition keys holds some, none holds all
    Map<String, Integer> perShard = new TreeMap<>();
    for (int shard = 0; shard < 16; shard++) {
      int count = client.query(QueryRequest.builder().tableName(table.name()).select(Select.COUNT)
          .keyConditionExpression("id = :p").expressionAttributeValues(Map.of(":p",
              AttributeValue.fromS("shipments#" + shard))).consistentRead(true).build()).count();
      perShard.put("shipments#" + shard, count);
    }
    assertThat(perShard.values()).allMatch(count -> count > 0 && count < ITEMS / 4);
    assertThat(perShard.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ITEMS);
  }

  /** Every page of the listing, 37 at a time: each full but the last, no id twice. */
  private static List<String> pagesOf37(Listing<Shipment, ?> listing, boolean descending) {
    List<String> ids = new ArrayList<>();
    PageRequest request = PageRequest.first(37).consistent();
    request = descending ? request.descending() : request;
    int pages = 0;
    while (request != null) {
      Page<Shipment> page = listing.list(request);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(37);
      if (page.hasMore()) {
        assertThat(page.items()).as("a page before the last is full").hasSize(37);
      }
      page.items().forEach(item -> ids.add(item.id()));
      request = page.hasMore() ? request.next(page) : null;
      pages++;
    }
    assertThat(pages).isEqualTo((ITEMS + 36) / 37);
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
    return ids;
  }

  private static List<String> reversed(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    java.util.Collections.reverse(copy);
    return copy;
  }

  @Test
  void rangesAndPrefixesSpanEveryShard() {
    List<Shipment> all = storeAll();
    Listing<Shipment, String> range = shipments.listing().where(KeyRange.between("s0100", "s0199"));
    assertThat(range.stream(PageRequest.first(37).consistent()).map(Shipment::id).toList())
        .isEqualTo(IntStream.range(100, 200).mapToObj(i -> String.format("s%04d", i)).toList());
    assertThat(range.count(Consistency.STRONG)).isEqualTo(100);
    assertThat(shipments.listing().where(KeyRange.beginsWith("s19")).stream(PageRequest.first(37).descending())
        .map(Shipment::id).toList())
        .isEqualTo(IntStream.range(1900, 2000).map(i -> 3899 - i).mapToObj(i -> String.format("s%04d", i)).toList());

    Instant from = T.plusMillis(10_000);
    Instant to = T.plusMillis(20_000);
    List<String> sentBetween = all.stream().filter(s -> !s.sent().isBefore(from) && !s.sent().isAfter(to))
        .sorted(Comparator.comparing(Shipment::sent)).map(Shipment::id).toList();
    assertThat(sentBetween).hasSizeGreaterThan(150);
    assertThat(shipments.bySent().where(KeyRange.between(from, to)).stream(PageRequest.first(37).consistent())
        .map(Shipment::id).toList()).isEqualTo(sentBetween);
    assertThat(shipments.bySent().where(KeyRange.between(from, to)).count(Consistency.STRONG))
        .isEqualTo(sentBetween.size());
  }

  @Test
  void expiredItemsAreLeftOutOfMergedPagesAndCounts() {
    for (int i = 0; i < 200; i++) {
      Shipment shipment = shipment(i);
      shipments.create(i % 2 == 0 ? shipment.withExpiresAt(T.plusSeconds(60)) : shipment);
    }
    clock.advance(java.time.Duration.ofMinutes(2));
    List<String> live = pagesOf(shipments.listing(), 7);
    assertThat(live).hasSize(100).allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 1).isSorted();
    assertThat(shipments.listing().count(Consistency.STRONG)).isEqualTo(100);
  }

  private static List<String> pagesOf(Listing<Shipment, ?> listing, int size) {
    return listing.stream(PageRequest.first(size).consistent()).map(Shipment::id).toList();
  }

  @Test
  void aGlobalIndexHoldsEveryShardsItems() {
    List<Shipment> all = storeAll();
    List<String> dhl = all.stream().filter(s -> s.carrier().equals("dhl")).sorted(Comparator.comparing(Shipment::sent))
        .map(Shipment::id).toList();
    assertThat(shipments.byCarrierSent("dhl").stream(PageRequest.first(100)).map(Shipment::id).toList())
        .isEqualTo(dhl);
  }

  @Test
  void readsAndWritesByKeyAreOneRequestToTheKeysShard() {
    counter.reset();
    partitionKeys.seen.clear();
    Versioned<Shipment> created = shipments.create(shipment(42));
    Versioned<Shipment> read = shipments.get("s0042", Consistency.STRONG).orElseThrow();
    Versioned<Shipment> updated = shipments.update(read, read.value().withWeight(43));
    assertThat(shipments.exists("s0042")).isTrue();
    shipments.delete(updated);

    assertThat(counter.calls()).containsExactlyInAnyOrderEntriesOf(Map.of("PutItem", 1, "GetItem", 2,
        "UpdateItem", 1, "DeleteItem", 1));
    String shard = created.kv().partition();
    assertThat(shard).matches("shipments#([0-9]|1[0-5])");
    assertThat(partitionKeys.seen).containsOnlyKeys(shard);
    assertThat(shipments.get("s0042", Consistency.STRONG)).isEmpty();

    // one BatchGetItem reads keys of every shard
    shipments.putAll(IntStream.range(0, 90).mapToObj(ShardedPartitionsTest::shipment).toList());
    counter.reset();
    Map<String, Versioned<Shipment>> found = shipments.getAll(
        IntStream.range(0, 100).mapToObj(i -> String.format("s%04d", i)).toList(), Consistency.STRONG);
    assertThat(found).hasSize(90);
    assertThat(counter.calls()).containsExactly(Map.entry("BatchGetItem", 1));
    shipments.deleteAll(found.keySet());
    assertThat(shipments.listing().count(Consistency.STRONG)).isZero();
  }

  @Test
  void writesOfAUniformWorkloadSpreadEvenlyOverTheShards() {
    partitionKeys.seen.clear();
    for (int i = 0; i < ITEMS; i++) {
      shipments.create(shipment(i));
    }
    Map<String, Integer> perShard = new TreeMap<>(partitionKeys.seen);
    assertThat(perShard).hasSize(16);
    double mean = ITEMS / 16.0;
    int busiest = perShard.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    System.out.printf("[shards] %d creates over 16 shards: busiest %d, mean %.1f, ratio %.2f%n", ITEMS, busiest, mean,
        busiest / mean);
    assertThat(busiest / mean).as("busiest shard against the mean").isLessThan(1.25);
  }

  @Test
  void tamperedAndForeignTokensAreRefusedBeforeAnyRequest() {
    storeAll();
    Page<Shipment> first = shipments.listing().list(PageRequest.first(37));
    String token = first.nextToken().orElseThrow();
    char flipped = token.charAt(10) == 'A' ? 'B' : 'A';
    String tampered = token.substring(0, 10) + flipped + token.substring(11);
    counter.reset();

    assertThatThrownBy(() -> shipments.listing().list(PageRequest.first(37).after(tampered)))
        .isInstanceOf(InvalidPageTokenException.class);
    assertThatThrownBy(() -> shipments.listing().list(PageRequest.first(37).after(token).descending()))
        .isInstanceOf(InvalidPageTokenException.class);
    assertThatThrownBy(() -> shipments.listing().where(KeyRange.atLeast("s1")).list(PageRequest.first(37).after(token)))
        .isInstanceOf(InvalidPageTokenException.class);
    assertThatThrownBy(() -> shipments.bySent().list(PageRequest.first(37).after(token)))
        .isInstanceOf(InvalidPageTokenException.class);
    assertThat(counter.totalCalls()).isZero();
    assertThat(shipments.listing().list(PageRequest.first(37).after(token)).items().get(0).id()).isEqualTo("s0037");
  }

  @Test
  void aTableRecordingAnotherShardCountIsRefusedWithBothCounts(LocalDynamoDb dynamo) {
    shipments.create(shipment(1)); // the first session records 16
    table.partition("#dynastore").put("shards/shipments", WriteOption.withValue(AttributeValue.fromM(Map.of(
        "shards", AttributeValue.fromN("8"), "type", AttributeValue.fromS(Shipment.class.getName())))));
    ShipmentRepository elsewhere = new ShipmentRepository(Dynastore.builder().client(client).build()
        .table(table.name()));

    assertThatThrownBy(() -> elsewhere.get("s0001")).isInstanceOf(TableMismatchException.class)
        .hasMessageContaining("records partition shipments in 8 shards")
        .hasMessageContaining("says 16 (@Partition(shards = 16))")
        .hasMessageContaining("migration");
    assertThatThrownBy(elsewhere::createTableIfMissing).isInstanceOf(TableMismatchException.class);
    assertThatThrownBy(elsewhere::listing).isInstanceOf(TableMismatchException.class);
  }

  @Test
  void itemsStoredUnshardedAreFoundBeforeTheFirstShardedWrite(@TableName String other) {
    Table fresh = store.table(other);
    new ShipmentRepository(fresh).createTableIfMissing();
    fresh.partition("#dynastore").delete("shards/shipments"); // as if an earlier build never sharded
    fresh.partition("shipments").put("s0001", WriteOption.withString("an unsharded item"));
    ShipmentRepository later = new ShipmentRepository(Dynastore.builder().client(client).build().table(other));

    assertThatThrownBy(() -> later.create(shipment(2))).isInstanceOf(TableMismatchException.class)
        .hasMessageContaining("holds items of " + Shipment.class.getName() + " in one partition");
    assertThat(fresh.partition("shipments#" + 0).listPage("").items()).isEmpty();
  }

  @Test
  void anUnshardedTypeIsRefusedWhereTheTableRecordsShards(@TableName String other) {
    Table customersTable = store.table(other);
    new CustomerRepository(customersTable).createTableIfMissing();
    customersTable.partition("#dynastore").put("shards/customers", WriteOption.withValue(AttributeValue.fromM(
        Map.of("shards", AttributeValue.fromN("4")))));
    CustomerRepository customers = new CustomerRepository(Dynastore.builder().client(client).build().table(other));
    assertThatThrownBy(customers::createTableIfMissing).isInstanceOf(TableMismatchException.class)
        .hasMessageContaining("records partition customers in 4 shards");
  }

  /** Counts the requests per partition key ({@code id}) of single-item requests. */
  private static final class PartitionKeys implements ExecutionInterceptor {
    final Map<String, Integer> seen = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      Object request = context.request();
      Map<String, AttributeValue> key = request instanceof PutItemRequest put ? put.item()
          : request instanceof GetItemRequest get ? get.key()
          : request instanceof software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest update ? update.key()
          : request instanceof software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest delete ? delete.key()
          : null;
      if (key != null && key.get("id") != null && !key.get("id").s().startsWith("#")) {
        seen.merge(key.get("id").s(), 1, Integer::sum);
      }
    }
  }
}
