package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * JavaBeans with a component partition and an expiry component, or annotated on their getters; constructor classes
 * with numeric keys.
 */
@DynamoDbTest
class BeanAndConstructorEntitiesTest {

  @Test
  void beansPartitionedPerTenantWithExpiry(DynamoDbClient client, @TableName String name) {
    TestClockSession session = TestClockSession.over(client, name);
    SessionRepository sessions = new SessionRepository(session.table());
    sessions.createTableIfMissing();
    UUID id = UUID.randomUUID();
    Instant expires = session.now().plusSeconds(60);

    Session acme = new Session("acme", id, "ada", expires);
    acme.setScratch("not stored");
    Versioned<Session> created = sessions.create(acme);
    sessions.create(new Session("globex", id, "bob", expires));

    Session read = sessions.get("acme", id, Consistency.STRONG).orElseThrow().value();
    assertThat(read).isEqualTo(acme);
    assertThat(read.getScratch()).as("@Ignore").isNull();
    assertThat(created.expires()).contains(expires);
    assertThat(sessions.get("globex", id, Consistency.STRONG).orElseThrow().value().getUserName()).isEqualTo("bob");
    assertThat(sessions.list("acme", PageRequest.first(10).consistent()).items()).containsExactly(acme);
    assertThat(session.table().partition("sessions#acme").get(id.toString())).as("the partition is prefix#tenant").isPresent();

    session.clock().set(expires);
    assertThat(sessions.get("acme", id, Consistency.STRONG)).isEmpty();
    assertThat(sessions.exists("globex", id, Consistency.STRONG)).isFalse();
  }

  @Test
  void beansAnnotatedOnTheirGetters(DynamoDbClient client, @TableName String name) {
    TestClockSession session = TestClockSession.over(client, name);
    AccountRepository accounts = new AccountRepository(session.table());
    accounts.createTableIfMissing();
    Instant now = session.now();
    Instant expires = now.plus(Duration.ofDays(30));
    Account ada = new Account("a1", "ada", now.minusSeconds(60), "pro", true, "vip", expires);
    ada.scribble("not stored");

    Versioned<Account> created = accounts.create(ada);
    accounts.create(new Account("a2", "bob", now.minusSeconds(120), "pro", false, null, null));
    accounts.create(new Account("a3", "cy", now.minusSeconds(30), "free", true, null, null));

    Account read = accounts.get("a1", Consistency.STRONG).orElseThrow().value();
    assertThat(read).isEqualTo(ada);
    assertThat(read.isActive()).as("isX() getter").isTrue();
    assertThat(read.getScratch()).as("@Ignore on the getter").isNull();
    assertThat(read.getVersion()).as("@Version on the getter").isEqualTo(1);
    assertThat(created.expires()).as("@Expires on the getter").contains(expires);
    Map<String, AttributeValue> payload = session.table().partition("accounts").get("a1").orElseThrow().value().m();
    assertThat(payload).as("@Attribute on the getter").containsKey("holder").doesNotContainKeys("owner", "scratch");
    assertThat(payload.get("note").s()).as("@Convert on the getter").isEqualTo("piv");

    assertThat(accounts.byOpened().list(PageRequest.first(10).consistent()).items()).as("local index")
        .extracting(Account::getId).containsExactly("a2", "a1", "a3");
    assertThat(accounts.byPlan("pro").list(PageRequest.first(10)).items()).as("global index")
        .extracting(Account::getId).containsExactly("a2", "a1");

    Account changed = new Account("a1", "ada", now.minusSeconds(60), "free", true, "vip", expires);
    Versioned<Account> updated = accounts.update(created, changed);
    assertThat(accounts.get("a1", Consistency.STRONG).orElseThrow().value().getVersion()).isEqualTo(2);
    assertThat(updated.version()).isEqualTo(2);
    assertThatThrownBy(() -> accounts.update(created, ada)).isInstanceOf(KeyModifiedException.class);
    assertThat(accounts.byPlan("free").list(PageRequest.first(10)).items()).extracting(Account::getId)
        .containsExactly("a1", "a3");

    session.clock().set(expires);
    assertThat(accounts.get("a1", Consistency.STRONG)).as("expired by its @Expires getter").isEmpty();
    assertThat(accounts.exists("a2", Consistency.STRONG)).isTrue();
  }

  @Test
  void numericKeysListInNumericOrder(Dynastore store, @TableName String name) {
    // as decimal text, "10" would sort before "9" and "-1" after "-2"... and before "0"
    OrderRepository orders = new OrderRepository(store.table(name));
    orders.createTableIfMissing();
    long[] numbers = {100, 9, -1, 10, Long.MIN_VALUE, 0, -2, Long.MAX_VALUE};
    for (long number : numbers) {
      orders.create(new Order(number, 1L, "c"));
    }

    assertThat(orders.list(PageRequest.first(20).consistent()).items()).extracting(Order::getNumber)
        .containsExactly(Long.MIN_VALUE, -2L, -1L, 0L, 9L, 10L, 100L, Long.MAX_VALUE);
    assertThat(orders.list(PageRequest.first(3).consistent().descending()).items()).extracting(Order::getNumber)
        .containsExactly(Long.MAX_VALUE, 100L, 10L);
    assertThat(orders.get(-2L, Consistency.STRONG)).isPresent();
  }

  @Test
  void constructorClassesWithNumericKeysAndIndexes(Dynastore store, @TableName String name) {
    OrderRepository orders = new OrderRepository(store.table(name));
    orders.createTableIfMissing();
    Versioned<Order> first = orders.create(new Order(1001, 2500L, "c1"));
    orders.create(new Order(1002, 999L, "c2"));
    orders.create(new Order(1003, 10000L, "c1"), Duration.ofDays(1));

    assertThat(orders.get(1001L, Consistency.STRONG).orElseThrow().value()).isEqualTo(new Order(1001, 2500L, "c1"));
    orders.put(new Order(1004, 1L, "c3", "leave at door"));
    assertThat(orders.get(1004L, Consistency.STRONG).orElseThrow().value().getNote()).isEqualTo("leave at door");
    assertThat(store.table(name).partition("orders").get("0000000000000001004").orElseThrow().value().m().get("note").s())
        .as("stored through the @Convert converter").isEqualTo("rood ta evael");
    orders.delete(1004L);
    assertThat(orders.byTotal().list(PageRequest.first(10).consistent()).items())
        .extracting(Order::getNumber).containsExactly(1002L, 1001L, 1003L);

    orders.update(first, new Order(1001, 3000L, "c1"));
    assertThatThrownBy(() -> orders.update(first, new Order(1001, 1L, "c1"))).isInstanceOf(KeyModifiedException.class);
    assertThat(orders.byTotal().list(PageRequest.first(10).consistent().descending()).items())
        .extracting(Order::getNumber).containsExactly(1003L, 1001L, 1002L);
  }
}
