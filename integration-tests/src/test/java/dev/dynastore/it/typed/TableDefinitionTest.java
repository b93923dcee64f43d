package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyRange;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.TableDefinition;
import dev.dynastore.TableMismatchException;
import dev.dynastore.TableNotFoundException;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** One table for several entity types: created with all their indexes, and verified before use. */
@DynamoDbTest
class TableDefinitionTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final TableDefinition CRM = TableDefinition.of(CustomerSchema.INDEXES, OrderSchema.INDEXES);
  private static final String TTL_OFF = "TTL deletion is off";

  /** The definition as this backend can meet it: dynalite cannot delete expired items, so its TTL is off. */
  private static TableDefinition crmOn(LocalDynamoDb dynamo) {
    return dynamo.supports(Feature.TTL_CONFIGURATION) ? CRM : CRM.withoutTtl();
  }

  @Test
  void theFirstRepositoryCreatesTheTableForEveryTypeMadeOverIt(LocalDynamoDb dynamo, Dynastore store,
      @TableName String name) {
    Table table = store.table(name);
    CustomerRepository customers = new CustomerRepository(table);
    OrderRepository orders = new OrderRepository(table);

    assertThat(customers.createTableIfMissing()).isTrue();
    assertThat(orders.createTableIfMissing()).as("it has the orders' local index too").isFalse();

    orders.create(new Order(7, 1250L, "c1"));
    customers.create(Customer.named("c1", "Ada", T0));
    assertThat(orders.byTotal().where(KeyRange.atLeast(1000L)).list(PageRequest.first(5).consistent()).items())
        .extracting(Order::getNumber).containsExactly(7L);
    assertThat(customers.byCreated().count(Consistency.STRONG)).isEqualTo(1);
    table.verify(crmOn(dynamo));
  }

  @Test
  void aDefinitionCreatesTheTableAndVerifiesIt(LocalDynamoDb dynamo, Dynastore store, @TableName String name) {
    Table table = store.table(name);
    assertThat(table.createIfMissing(CRM)).isTrue();
    assertThat(table.createIfMissing(CRM)).isFalse();
    table.verify(crmOn(dynamo));
    table.verify(TableDefinition.of(OrderSchema.INDEXES).withoutTtl()); // a table may serve more than is asked
    if (!dynamo.supports(Feature.TTL_CONFIGURATION)) {
      assertThatThrownBy(() -> table.verify(CRM)).as("dynalite never deletes expired items: it says so")
          .isInstanceOf(TableMismatchException.class).hasMessageContaining(TTL_OFF)
          .satisfies(e -> assertThat(((TableMismatchException) e).problems()).hasSize(1));
    }
  }

  @Test
  void aTableMissingAnIndexIsRefusedWithTheIndexNamed(DynamoDbClient client, @TableName String name) {
    Table first = Dynastore.builder().client(client).build().table(name);
    new CustomerRepository(first).createTableIfMissing(); // an earlier deployment, before orders existed

    assertThatThrownBy(() -> first.verify(CRM.withoutTtl())).isInstanceOf(TableMismatchException.class)
        .hasMessageContaining("it has no local index idx_total (totalCents), keyed HASH id S, RANGE totalCents N")
        .satisfies(e -> assertThat(((TableMismatchException) e).problems()).hasSize(1));
    // a later process whose orders come first cannot use the table: said at creation, not at the first listing
    Table later = Dynastore.builder().client(client).build().table(name);
    OrderRepository orders = new OrderRepository(later);
    assertThatThrownBy(orders::createTableIfMissing).isInstanceOf(TableMismatchException.class)
        .hasMessageContaining("idx_total");
    new CustomerRepository(later).createTableIfMissing(); // its own indexes are there
  }

  @Test
  @SuppressWarnings("unchecked") // the SDK's varargs of consumers, built inline
  void everyProblemOfAForeignTableIsListed(DynamoDbClient client, Dynastore store, @TableName String name) {
    client.createTable(CreateTableRequest.builder().tableName(name).billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("name").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("created").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("name").keyType(KeyType.RANGE))
        .globalSecondaryIndexes(g -> g.indexName("idx_created")
            .keySchema(k -> k.attributeName("created").keyType(KeyType.HASH))
            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
        .build());

    assertThatThrownBy(() -> store.table(name).verify(CRM)).isInstanceOf(TableMismatchException.class)
        .satisfies(e -> assertThat(((TableMismatchException) e).problems()).anySatisfy(p -> assertThat(p)
                .contains("key schema is HASH pk S, RANGE name S, not Dynastore's HASH id S, RANGE name S"))
            .anySatisfy(p -> assertThat(p).contains("idx_created is global, not local"))
            .anySatisfy(p -> assertThat(p).contains("it has no global index idx_status"))
            .anySatisfy(p -> assertThat(p).contains("it has no local index idx_total")));
  }

  @Test
  @RequiresFeature(Feature.TTL_CONFIGURATION)
  @SuppressWarnings("unchecked") // the SDK's varargs of consumers, built inline
  void aTableWithoutTtlFailsVerification(DynamoDbClient client, Dynastore store, @TableName String name) {
    client.createTable(CreateTableRequest.builder().tableName(name).billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("name").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH), k -> k.attributeName("name").keyType(KeyType.RANGE))
        .build());

    assertThatThrownBy(() -> store.table(name).verify(TableDefinition.withoutIndexes())).isInstanceOf(TableMismatchException.class)
        .hasMessageContaining(TTL_OFF);
    store.table(name).createIfMissing(TableDefinition.withoutIndexes()); // turns it on
    store.table(name).verify(TableDefinition.withoutIndexes());
  }

  @Test
  void aMissingTableIsTableNotFound(Dynastore store) {
    assertThatThrownBy(() -> store.table("no-such-table").verify(CRM)).isInstanceOf(TableNotFoundException.class);
  }
}
