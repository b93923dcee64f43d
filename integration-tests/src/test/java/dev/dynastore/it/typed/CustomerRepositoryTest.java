package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.KeyNotFoundException;
import dev.dynastore.KeyRange;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.UnreadableItemException;
import dev.dynastore.Versioned;
import dev.dynastore.kv.WriteOption;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every operation of the generated {@code CustomerRepository}, against a real local DynamoDB. */
@DynamoDbTest
class CustomerRepositoryTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  private CustomerRepository customers;
  private Table table;
  private DynamoDbClient client;

  @BeforeEach
  void setUp(Dynastore store, DynamoDbClient client, @TableName String name) {
    this.client = client;
    table = store.table(name);
    customers = new CustomerRepository(table);
    assertThat(customers.createTableIfMissing()).isTrue();
  }

  @Test
  void everyComponentTypeRoundTrips() {
    Customer full = new Customer("c1", "Ada", Customer.Status.SUSPENDED, T0,
        List.of(new Customer.Address("1 Main St", "Springfield", Optional.of("12345")),
            new Customer.Address("2 Side St", "Shelbyville", Optional.empty())),
        Map.of("tier", "gold", "source", "web"), Set.of("a", "b"), Set.of(1L, 20L, 300L),
        new BigDecimal("1234.5600"), 42, true, LocalDate.of(1990, 12, 10), new byte[] {1, 2, 3},
        Optional.of("ada"), 0);

    Versioned<Customer> created = customers.create(full);
    Customer read = customers.get("c1", Consistency.STRONG).orElseThrow().value();

    assertThat(created.version()).isEqualTo(1);
    // DynamoDB normalizes numbers (1234.5600 is stored as 1234.56): BigDecimals compare by value
    assertThat(read).usingRecursiveComparison().ignoringFields("version")
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(full);
    assertThat(read.version()).as("@Version is filled in on read").isEqualTo(1);
  }

  @Test
  void itemsKeepTheSeedsLayout() {
    customers.create(Customer.named("c1", "Ada", T0));
    Map<String, AttributeValue> raw = client.getItem(b -> b.tableName(table.name()).consistentRead(true)
        .key(Map.of("id", AttributeValue.fromS("customers"), "name", AttributeValue.fromS("c1")))).item();

    assertThat(raw).containsKeys("id", "name", "version", "payload", "created", "status");
    assertThat(raw.get("payload").m()).containsEntry("name", AttributeValue.fromS("Ada"))
        .containsEntry("created", AttributeValue.fromS("2026-11-01T00:00:00.000000000Z"));
    assertThat(raw.get("created")).isEqualTo(AttributeValue.fromS("2026-11-01T00:00:00.000000000Z"));
    assertThat(raw.get("status")).isEqualTo(AttributeValue.fromS("ACTIVE"));
  }

  @Test
  void createRefusesAnExistingKey() {
    customers.create(Customer.named("c1", "Ada", T0));
    assertThatThrownBy(() -> customers.create(Customer.named("c1", "Bob", T0))).isInstanceOf(KeyExistsException.class);
    assertThat(customers.get("c1", Consistency.STRONG).orElseThrow().value().name()).isEqualTo("Ada");
  }

  @Test
  void updateIsACompareAndSwap() {
    Versioned<Customer> v1 = customers.create(Customer.named("c1", "Ada", T0));
    Versioned<Customer> v2 = customers.update(v1, v1.value().withName("Ada Lovelace"));
    assertThat(v2.version()).isEqualTo(2);

    assertThatThrownBy(() -> customers.update(v1, v1.value().withName("stale")))
        .isInstanceOf(KeyModifiedException.class);
    assertThat(customers.get("c1", Consistency.STRONG).orElseThrow().value().name()).isEqualTo("Ada Lovelace");

    Versioned<Customer> read = customers.get("c1", Consistency.STRONG).orElseThrow();
    assertThat(customers.update(read, read.value().withName("Countess")).version()).isEqualTo(3);
  }

  @Test
  void updateCannotMoveAnEntityToAnotherKey() {
    Versioned<Customer> v1 = customers.create(Customer.named("c1", "Ada", T0));
    assertThatThrownBy(() -> customers.update(v1, Customer.named("c2", "Ada", T0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void putOverwritesAndExistsAndDeleteByKey() {
    customers.put(Customer.named("c1", "Ada", T0));
    Versioned<Customer> second = customers.put(Customer.named("c1", "Bob", T0));
    assertThat(second.version()).isEqualTo(2);
    assertThat(customers.exists("c1", Consistency.STRONG)).isTrue();

    customers.delete("c1");
    assertThat(customers.exists("c1", Consistency.STRONG)).isFalse();
    assertThat(customers.get("c1", Consistency.STRONG)).isEmpty();
  }

  @Test
  void versionedDeleteRefusesAStaleVersionAndReportsAGoneOne() {
    Versioned<Customer> v1 = customers.create(Customer.named("c1", "Ada", T0));
    Versioned<Customer> v2 = customers.update(v1, v1.value().withName("Ada L."));

    assertThatThrownBy(() -> customers.delete(v1)).isInstanceOf(KeyModifiedException.class);
    customers.delete(v2);
    assertThat(customers.exists("c1", Consistency.STRONG)).isFalse();
    assertThatThrownBy(() -> customers.delete(v2)).isInstanceOf(KeyNotFoundException.class);
  }

  @Test
  void ttlOnWritesHidesTheEntityOnceExpired(DynamoDbClient client) {
    TestClockSession session = TestClockSession.over(client, table.name());
    CustomerRepository timed = new CustomerRepository(session.table());
    timed.create(Customer.named("c1", "Ada", T0), Duration.ofMinutes(10));
    assertThat(timed.get("c1", Consistency.STRONG)).isPresent()
        .get().extracting(v -> v.expires().orElseThrow()).isEqualTo(session.now().plusSeconds(600));

    session.clock().advance(Duration.ofMinutes(10));
    assertThat(timed.get("c1", Consistency.STRONG)).isEmpty();
    assertThat(timed.create(Customer.named("c1", "Bob", T0)).version()).as("create over an expired entity")
        .isEqualTo(1);
  }

  @Test
  void listsByKeyAcrossPages() {
    for (int i = 1; i <= 7; i++) {
      customers.create(Customer.named("c0" + i, "n" + i, T0.plusSeconds(100 - i)));
    }
    assertThat(pages(request -> customers.list(request), PageRequest.first(3).consistent()))
        .containsExactly(List.of("c01", "c02", "c03"), List.of("c04", "c05", "c06"), List.of("c07"));
    assertThat(flatten(pages(request -> customers.listing().where(KeyRange.beginsWith("c0")).list(request), PageRequest.first(100).consistent())))
        .hasSize(7);
    assertThat(flatten(pages(request -> customers.list(request), PageRequest.first(3).descending().consistent())))
        .startsWith("c07", "c06");
  }

  @Test
  void listsThroughTheLocalIndexInItsOrder() {
    for (int i = 1; i <= 7; i++) {
      customers.create(Customer.named("c0" + i, "n" + i, T0.plusSeconds(100 - i)));
    }
    assertThat(pages(request -> customers.byCreated().list(request), PageRequest.first(3).consistent()))
        .containsExactly(List.of("c07", "c06", "c05"), List.of("c04", "c03", "c02"), List.of("c01"));
    assertThat(flatten(pages(request -> customers.byCreated().where(KeyRange.between(T0.plusSeconds(93), T0.plusSeconds(99))).list(request),
        PageRequest.first(10).consistent()))).containsExactly("c07", "c06", "c05", "c04", "c03", "c02", "c01");
  }

  @Test
  void instantsListInTimeOrderEvenWithinASecond() {
    // Instant.toString() would store ...20.500000001Z, ...20.500Z and ...20Z, which sort in reverse
    Instant second = Instant.parse("2026-11-25T10:00:20Z");
    customers.create(Customer.named("a", "later", second.plusNanos(500_000_001)));
    customers.create(Customer.named("b", "middle", second.plusMillis(500)));
    customers.create(Customer.named("c", "first", second));
    customers.create(Customer.named("d", "last", second.plusSeconds(1)));

    assertThat(customers.byCreated().list(PageRequest.first(10).consistent()).items()).extracting(Customer::id)
        .containsExactly("c", "b", "a", "d");
  }

  @Test
  void instantsStoredByInstantToStringStillRead() {
    Map<String, AttributeValue> payload = new java.util.HashMap<>(
        new CustomerRepository(table).create(Customer.named("c1", "Ada", T0.plusMillis(5))).kv().value().m());
    payload.put("created", AttributeValue.fromS("2026-11-01T00:00:00.005Z")); // as an earlier version wrote it
    table.partition("customers").put("c1", WriteOption.withValue(AttributeValue.fromM(payload)));

    assertThat(customers.get("c1", Consistency.STRONG).orElseThrow().value().created()).isEqualTo(T0.plusMillis(5));
  }

  @Test
  void listsThroughTheGlobalIndexOnlyThisEntityType() {
    for (int i = 1; i <= 6; i++) {
      Customer customer = Customer.named("c0" + i, "n" + i, T0.plusSeconds(i));
      customers.create(i % 2 == 0 ? customer.withStatus(Customer.Status.SUSPENDED) : customer);
    }
    // another partition's item in the same index partition must not be read as a Customer
    table.partition("suppliers").put("s1", WriteOption.withString("not a customer"),
        WriteOption.withFields(Map.of("status", AttributeValue.fromS("ACTIVE"), "created",
            AttributeValue.fromS("2026-11-01T00:00:02Z"))));

    assertThat(flatten(pages(request -> customers.byStatus(Customer.Status.ACTIVE).list(request),
        PageRequest.first(1)))).containsExactly("c01", "c03", "c05");
    assertThat(flatten(pages(request -> customers.byStatus(Customer.Status.SUSPENDED).list(request),
        PageRequest.first(2).descending()))).containsExactly("c06", "c04", "c02");
  }

  @Test
  void anEmptyPagesTokenHoldsNoKeyOfTheItemsItFilteredOut() {
    // an order sorts between two active customers in the shared global index; the typed listing filters it out,
    // so the page that read it is empty, and its token must still not show the order's key
    customers.create(Customer.named("c1", "Ada", T0));
    customers.create(Customer.named("c2", "Bob", T0.plusSeconds(2)));
    table.partition("orders").put("secret-order-42", WriteOption.withString("an order"),
        WriteOption.withFields(Map.of("status", AttributeValue.fromS("ACTIVE"),
            "created", AttributeValue.fromS("2026-11-01T00:00:01.000000000Z"))));

    Page<Customer> first = customers.byStatus(Customer.Status.ACTIVE).list(PageRequest.first(1));
    Page<Customer> second = customers.byStatus(Customer.Status.ACTIVE).list(PageRequest.first(1).next(first));

    assertThat(first.items()).extracting(Customer::id).containsExactly("c1");
    assertThat(second.items()).as("the order, filtered out").isEmpty();
    String token = new String(java.util.Base64.getUrlDecoder().decode(second.nextToken().orElseThrow()),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(token).doesNotContain("secret-order-42").doesNotContain("orders");
    Page<Customer> third = customers.byStatus(Customer.Status.ACTIVE).list(PageRequest.first(1).next(second));
    assertThat(third.items()).extracting(Customer::id).containsExactly("c2");
  }

  @Test
  void aNullIndexedComponentTakesTheEntityOutOfTheIndex() {
    Versioned<Customer> v1 = customers.create(Customer.named("c1", "Ada", T0));
    assertThat(customers.byCreated().list(PageRequest.first(10).consistent()).items()).hasSize(1);

    customers.update(v1, v1.value().withCreated(null));

    assertThat(customers.byCreated().list(PageRequest.first(10).consistent()).items()).isEmpty();
    assertThat(customers.list(PageRequest.first(10).consistent()).items()).hasSize(1);
  }

  @Test
  void badEntitiesAreRefusedBeforeAnyWrite() {
    assertThatThrownBy(() -> customers.create(Customer.named("", "Ada", T0))).isInstanceOf(InvalidKeyException.class);
    assertThatThrownBy(() -> customers.create(Customer.named(null, "Ada", T0)))
        .isInstanceOf(NullPointerException.class).hasMessage("id == null");
    assertThat(customers.list(PageRequest.first(10).consistent()).items()).isEmpty();
  }

  @Test
  void aForeignItemInThePartitionIsUnreadableNotMisread() {
    table.partition("customers").put("junk", WriteOption.withString("written by someone else"));
    assertThatThrownBy(() -> customers.get("junk", Consistency.STRONG))
        .isInstanceOf(UnreadableItemException.class)
        .hasMessageContaining("has no map value");
  }

  @Test
  void aForeignItemInAListingIsReportedAndSkippedNotABlock() {
    customers.create(Customer.named("a", "A", T0));
    table.partition("customers").put("b", WriteOption.withString("junk from another tool"));
    customers.create(Customer.named("c", "C", T0));

    PageRequest first = PageRequest.first(1).consistent();
    Page<Customer> page1 = customers.list(first);
    Page<Customer> page2 = customers.list(first.next(page1));
    Page<Customer> page3 = customers.list(first.next(page2));

    assertThat(page2.items()).isEmpty();
    assertThat(page2.unreadable()).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("customers/b"));
    assertThat(page3.items()).extracting(Customer::id).containsExactly("c");
    assertThat(page1.unreadable()).isEmpty();
  }

  @Test
  void pageRequestsFollowTokens() {
    for (int i = 1; i <= 3; i++) {
      customers.create(Customer.named("c" + i, "n", T0));
    }
    PageRequest first = PageRequest.first(2).consistent();
    Page<Customer> page = customers.list(first);
    assertThat(page.hasMore()).isTrue();
    Page<Customer> next = customers.list(first.next(page));
    assertThat(next.items()).extracting(Customer::id).containsExactly("c3");
    assertThat(customers.list(PageRequest.first(2).consistent().after(page.nextToken().orElseThrow())).items())
        .extracting(Customer::id).containsExactly("c3");
  }

  interface Lister {
    Page<Customer> list(PageRequest request);
  }

  private static List<List<String>> pages(Lister lister, PageRequest first) {
    List<List<String>> pages = new ArrayList<>();
    PageRequest request = first;
    while (true) {
      Page<Customer> page = lister.list(request);
      if (!page.items().isEmpty()) {
        pages.add(page.items().stream().map(Customer::id).toList());
      }
      if (!page.hasMore()) {
        return pages;
      }
      request = request.next(page);
      assertThat(pages.size()).as("runaway paging").isLessThan(20);
    }
  }

  private static List<String> flatten(List<List<String>> pages) {
    return pages.stream().flatMap(List::stream).toList();
  }
}
