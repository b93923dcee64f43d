package dev.dynastore.samples.crm;

import static dev.dynastore.ReadOption.withLimit;
import static dev.dynastore.ReadOption.withLocalIndex;
import static dev.dynastore.WriteOption.withFields;
import static dev.dynastore.WriteOption.withPreviousKV;
import static dev.dynastore.WriteOption.withString;

import dev.dynastore.Dynastore;
import dev.dynastore.Index;
import dev.dynastore.KVPage;
import dev.dynastore.KVPair;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.Partition;
import dev.dynastore.Table;
import dev.dynastore.testing.LocalDynamoDb;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The CRM sample, the seed's story in Java: create a customer atomically, list customers by creation date
 * through the {@code idx_created} index, update with a version check, see a stale update refused, and delete
 * with a version check.
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
    if (table.createIfMissing(Index.local("idx_created", "created"))) {
      out.println("created table " + TABLE + " with local index idx_created");
    }
    Partition customers = table.partition("customers");
    String id = UUID.randomUUID().toString();

    // create: atomicPut without a previous pair succeeds only if the key is absent (or expired)
    Map<String, AttributeValue> index = Map.of("created", AttributeValue.fromS(Instant.now().toString()));
    KVPair kv = customers.atomicPut(id, withString("{\"name\":\"welcome\"}"), withFields(index));
    out.printf("1. created  %s version %d: %s%n", kv.key(), kv.version(), kv.stringValue());

    // list through the local index, ordered by creation date
    KVPage page = customers.listPage("", withLocalIndex("idx_created", "created"), withLimit(100));
    out.printf("2. listed   %d customer(s) by creation date%n", page.items().size());

    // update: a compare-and-swap on the version read
    KVPair stale = kv;
    kv = customers.atomicPut(id, withString("{\"name\":\"welcome\",\"status\":\"enabled\"}"), withFields(index),
        withPreviousKV(kv));
    out.printf("3. updated  %s to version %d: %s%n", kv.key(), kv.version(), kv.stringValue());

    // a second update from the old version is refused: no lost update
    try {
      customers.atomicPut(id, withString("{\"name\":\"stale\"}"), withPreviousKV(stale));
      throw new IllegalStateException("a stale update was accepted");
    } catch (KeyModifiedException refused) {
      out.printf("4. refused  a stale update from version %d: %s%n", stale.version(), refused.getMessage());
    }

    // delete: only the version read
    customers.atomicDelete(id, kv);
    out.printf("5. deleted  %s at version %d; exists now: %b%n", id, kv.version(), customers.exists(id));
  }
}
