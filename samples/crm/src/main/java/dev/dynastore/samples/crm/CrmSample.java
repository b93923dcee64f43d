package dev.dynastore.samples.crm;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.Versioned;
import dev.dynastore.testing.LocalDynamoDb;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The CRM sample, the Go library's story in Java with the generated {@link CustomerRepository}: create a
 * customer atomically, list and count the customers of the last 7 days through the {@code idx_created} index,
 * update it with a version check, see a stale update refused, and delete it with a version check.
 *
 * <p>It starts a local DynamoDB (dynalite) itself, unless {@code DYNASTORE_ENDPOINT} (or
 * {@code -Ddynastore.endpoint}) names one, such as {@code https://dynamodb.eu-west-1.amazonaws.com}; then it
 * uses the default AWS credentials and region, unchanged.
 */
public final class CrmSample {
  static final String TABLE = "CRMTable";

  private CrmSample() {}

  public static void main(String[] args) {
    try (LocalDynamoDb dynamo = LocalDynamoDb.fromEnvironment(); DynamoDbClient client = dynamo.newClient()) {
      System.out.println("DynamoDB: " + dynamo);
      run(Dynastore.builder().client(client).build(), System.out);
    }
  }

  static void run(Dynastore store, PrintStream out) {
    Table table = store.table(TABLE);
    CustomerRepository customers = new CustomerRepository(table);
    if (customers.createTableIfMissing()) {
      out.println("created table " + TABLE + " with index idx_created");
    }

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

    // 5. delete: only the version read
    customers.delete(enabled);
    out.printf("5. deleted  %s at version %d; exists now: %b%n", welcome.id(), enabled.version(),
        customers.exists(welcome.id(), Consistency.STRONG));
  }
}
