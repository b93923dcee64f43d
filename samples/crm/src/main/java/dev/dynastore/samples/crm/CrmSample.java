package dev.dynastore.samples.crm;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.TableDefinition;
import dev.dynastore.Versioned;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The CRM sample, the Go library's story in Java with the generated {@link CustomerRepository}: create a
 * customer atomically, list and count the customers of the last 7 days through the {@code idx_created} index,
 * update it with a version check, see a stale update refused, write its orders (a second entity type in the same
 * table) in one batch, and delete it with a version check. The table is created for both types and verified.
 *
 * <p>It starts a local DynamoDB (dynalite) itself, unless {@code DYNASTORE_ENDPOINT} (or
 * {@code -Ddynastore.endpoint}) names one, such as {@code https://dynamodb.eu-west-1.amazonaws.com}; then it
 * uses the default AWS credentials and region, unchanged.
 */
public final class CrmSample {
  static final String TABLE = "CRMTable";

  private CrmSample() {}

  /** The table serves customers and their orders: every index of both, and TTL on {@code expires}. */
  static final TableDefinition CRM = TableDefinition.of(CustomerSchema.INDEXES, OrderSchema.INDEXES);

  public static void main(String[] args) {
    try (LocalDynamoDb dynamo = LocalDynamoDb.fromEnvironment(); DynamoDbClient client = dynamo.newClient()) {
      System.out.println("DynamoDB: " + dynamo);
      // dynalite cannot delete expired items (no TTL): there the table is checked without it
      run(Dynastore.builder().client(client).build(), dynamo.supports(Feature.TTL_CONFIGURATION) ? CRM
          : CRM.withoutTtl(), System.out);
    }
  }

  static void run(Dynastore store, TableDefinition definition, PrintStream out) {
    Table table = store.table(TABLE);
    if (table.createIfMissing(definition)) {
      out.println("created table " + TABLE + " for customers and orders: " + definition);
    }
    table.verify(definition); // at start-up: a table without an index fails here, naming it
    CustomerRepository customers = new CustomerRepository(table);
    OrderRepository orders = new OrderRepository(table);

    // 1. create: succeeds only if no live customer has this key
    Customer welcome = new Customer(UUID.randomUUID().toString(), "welcome", "new", Instant.now(),
        List.of(new Customer.Address("1 Main Street", "Springfield")));
    Versioned<Customer> created = customers.create(welcome);
    out.printf("1. created  %s version %d: %s (%s)%n", welcome.id(), created.version(), welcome.name(),
        welcome.status());

    // 2. list the customers created in the last 7 days through the local index, newest first, and count them
    Listing<Customer, Instant> lastWeek = customers.byCreated()
        .where(KeyRange.atLeast(Instant.now().minus(Duration.ofDays(7))));
    Page<Customer> newest = lastWeek.list(PageRequest.first(100).descending());
    out.printf("2. listed   %d customer(s) created in the last 7 days (%d counted); newest: %s%n",
        newest.items().size(), lastWeek.count(), newest.items().isEmpty() ? "-" : newest.items().get(0).name());

    // 3. update: a compare-and-swap on the version read
    Versioned<Customer> enabled = customers.update(created, welcome.withStatus("enabled"));
    out.printf("3. updated  %s to version %d: status %s%n", welcome.id(), enabled.version(),
        enabled.value().status());

    // 4. a second update from the old version is refused: no lost update
    try {
      customers.update(created, welcome.withStatus("stale"));
      throw new IllegalStateException("a stale update was accepted");
    } catch (KeyModifiedException refused) {
      out.printf("4. refused  a stale update from version %d: %s%n", created.version(), refused.getMessage());
    }

    // 5. orders of the customer, in the same table, in a batch
    List<Order> placed = List.of(
        new Order(welcome.id(), "o1", Instant.now().minus(Duration.ofDays(10)), new BigDecimal("25.00")),
        new Order(welcome.id(), "o2", Instant.now().minus(Duration.ofDays(2)), new BigDecimal("12.50")));
    orders.putAll(placed);
    long recent = orders.byPlaced(welcome.id()).where(KeyRange.atLeast(Instant.now().minus(Duration.ofDays(7))))
        .count();
    out.printf("5. ordered  %d order(s) in one batch, %d in the last 7 days%n", placed.size(), recent);

    // 6. delete: only the version read
    customers.delete(enabled);
    orders.deleteAll(welcome.id(), List.of("o1", "o2"));
    out.printf("6. deleted  %s at version %d; exists now: %b%n", welcome.id(), enabled.version(),
        customers.exists(welcome.id(), Consistency.STRONG));
  }
}
