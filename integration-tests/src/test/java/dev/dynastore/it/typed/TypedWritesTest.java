package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Duration;
import dev.dynastore.kv.WriteOption;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Typed writes on their unhappy paths: sparse indexes with expiry, expired items, kept expiries, stored state. */
@DynamoDbTest
class TypedWritesTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void anEntityWithANullIndexedComponentCanBeWrittenWithATtl(DynamoDbClient client, @TableName String table) {
    // a set expiry and a removed index attribute once made an update expression DynamoDB refuses
    CustomerRepository customers = customers(client, table).repository;
    Versioned<Customer> created = customers.create(Customer.named("c1", "Ada", null), Duration.ofHours(1));
    Versioned<Customer> updated = customers.update(created, created.value().withName("Ada L."), Duration.ofHours(2));
    customers.put(Customer.named("c2", "Bob", null), Duration.ofHours(1));

    assertThat(customers.get("c1", Consistency.STRONG).orElseThrow()).isEqualTo(updated);
    assertThat(customers.byCreated().list(PageRequest.first(10).consistent()).items()).isEmpty();
  }

  @Test
  void aCreateOverAnExpiredEntityLeavesNothingOfIt(DynamoDbClient client, @TableName String table) {
    Customers customers = customers(client, table);
    customers.repository.create(Customer.named("c1", "Ada", T0), Duration.ofMinutes(1));
    // another program added a field to the item; the entity itself never writes it
    customers.session.table().partition("customers").put("c1", WriteOption.withValue(
        customers.repository.get("c1", Consistency.STRONG).orElseThrow().kv().value()),
        WriteOption.withFields(Map.of("holder", AttributeValue.fromS("worker-1"))));
    customers.session.clock().advance(Duration.ofMinutes(1));

    Versioned<Customer> created = customers.repository.create(Customer.named("c1", "Bob", null));
    customers.session.clock().advance(Duration.ofMinutes(-1)); // even seen from before the expiry

    assertThat(created.version()).isEqualTo(1);
    assertThat(raw(client, table, "c1")).doesNotContainKeys("holder", "created", "expires");
    assertThat(customers.repository.byCreated().list(PageRequest.first(10).consistent()).items()).isEmpty();
    assertThat(customers.repository.get("c1", Consistency.STRONG).orElseThrow().expires()).isEmpty();
  }

  @Test
  void aPutOverAnExpiredEntityStartsAgainAtVersionOne(DynamoDbClient client, @TableName String table) {
    Customers customers = customers(client, table);
    customers.repository.put(Customer.named("c1", "Ada", T0), Duration.ofMinutes(1));
    assertThat(customers.repository.put(Customer.named("c1", "Ada", T0), Duration.ofMinutes(1)).version())
        .isEqualTo(2);
    customers.session.clock().advance(Duration.ofMinutes(1));

    assertThat(customers.repository.put(Customer.named("c1", "Bob", T0)).version()).isEqualTo(1);
  }

  @Test
  void anUpdateWithoutATtlKeepsTheExpiry(DynamoDbClient client, @TableName String table) {
    Customers customers = customers(client, table);
    Instant expiry = customers.session.now().plus(Duration.ofHours(1));
    Versioned<Customer> created = customers.repository.create(Customer.named("c1", "Ada", T0), Duration.ofHours(1));

    Versioned<Customer> updated = customers.repository.update(created, created.value().withName("Ada L."));

    assertThat(updated.expires()).contains(expiry);
    assertThat(customers.repository.get("c1", Consistency.STRONG).orElseThrow().expires()).contains(expiry);
    Versioned<Customer> extended = customers.repository.update(updated, updated.value(), Duration.ofHours(3));
    assertThat(customers.repository.get("c1", Consistency.STRONG).orElseThrow().expires())
        .contains(customers.session.now().plus(Duration.ofHours(3)));
    Versioned<Customer> replaced = customers.repository.put(extended.value());
    assertThat(replaced.expires()).as("a put replaces the whole entity, its expiry too").isEmpty();
  }

  @Test
  void anExpiresComponentSaysTheExpiryOnEveryWrite(DynamoDbClient client, @TableName String table) {
    TestClockSession session = TestClockSession.over(client, table);
    TicketRepository tickets = new TicketRepository(session.table());
    tickets.createTableIfMissing();
    Instant expiry = session.now().plusMillis(60_250);

    Versioned<Ticket> created = tickets.create(new Ticket("t1", "billing", T0, expiry, 0));
    assertThat(created.value().version()).as("the stored version, not the caller's").isEqualTo(1);
    assertThat(created.value().expiresAt()).as("the stored expiry: whole seconds, rounded up")
        .isEqualTo(session.now().plusSeconds(61));
    assertThat(created.expires()).contains(session.now().plusSeconds(61));

    Versioned<Ticket> cleared = tickets.update(created, created.value().withExpiresAt(null));
    assertThat(cleared.value().version()).isEqualTo(2);
    assertThat(cleared.expires()).isEmpty();
    assertThat(tickets.get("t1", Consistency.STRONG).orElseThrow().value()).isEqualTo(cleared.value());
  }

  @Test
  void aGlobalIndexPartitionMayUseDynamoDbsWholeLimit(DynamoDbClient client, @TableName String table) {
    TestClockSession session = TestClockSession.over(client, table);
    TicketRepository tickets = new TicketRepository(session.table());
    tickets.createTableIfMissing();
    String queue2048 = "q".repeat(2048);

    tickets.create(new Ticket("t1", queue2048, T0, null, 0));

    assertThat(tickets.byQueue(queue2048).list(PageRequest.first(10)).items()).extracting(Ticket::id)
        .containsExactly("t1");
    assertThatThrownBy(() -> tickets.create(new Ticket("t2", queue2048 + "q", T0, null, 0)))
        .isInstanceOf(InvalidKeyException.class).hasMessageContaining("2049 bytes")
        .hasMessageContaining("partition key is 2048");
    assertThat(tickets.exists("t2", Consistency.STRONG)).isFalse();
  }

  @Test
  void numbersDynamoDbCannotStoreAreRefusedBeforeAnyRequest(DynamoDbClient client, @TableName String table) {
    TestClockSession session = TestClockSession.over(client, table);
    TicketRepository tickets = new TicketRepository(session.table());
    tickets.createTableIfMissing();
    Ticket ticket = new Ticket("t1", "billing", T0, null, 0);

    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> tickets.create(ticket.withPriority(bad))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("DynamoDB numbers are finite");
    }
    assertThatThrownBy(() -> tickets.create(ticket.withExpiresAt(Instant.MAX)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null @Expires");
    assertThat(tickets.exists("t1", Consistency.STRONG)).isFalse();
  }

  private static Map<String, AttributeValue> raw(DynamoDbClient client, String table, String key) {
    return client.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Map.of("id", AttributeValue.fromS("customers"), "name", AttributeValue.fromS(key)))).item();
  }

  private record Customers(TestClockSession session, CustomerRepository repository) {}

  private static Customers customers(DynamoDbClient client, String table) {
    TestClockSession session = TestClockSession.over(client, table);
    CustomerRepository repository = new CustomerRepository(session.table());
    repository.createTableIfMissing();
    return new Customers(session, repository);
  }
}
