package dev.dynastore.benchmarks.requests;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.Versioned;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.LocalDynamoDb;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The repository's overhead over the same requests written by hand on the low-level client, against
 * dynalite: one operation is create, consistent get, compare-and-swap update and versioned delete of one
 * customer (four requests), the same item layout and expressions both ways; plus a minimal hand-written
 * variant without expiry and write-token conditions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3) // dynalite runs on Node: its JIT needs ~20 s to settle
@Measurement(iterations = 8, time = 3)
@Fork(1)
public class OverheadBenchmark {
  private static final Instant CREATED = Instant.parse("2026-11-25T10:00:00Z");
  private static final SecureRandom RANDOM = new SecureRandom();

  private LocalDynamoDb dynamo;
  private DynamoDbClient client;
  private StartupCustomerRepository customers;
  private long sequence;

  @Setup(Level.Trial)
  public void start() {
    dynamo = LocalDynamoDb.start(Backend.DYNALITE);
    client = dynamo.newClient();
    customers = new StartupCustomerRepository(Dynastore.builder().client(client).build().table("Overhead"));
    customers.createTableIfMissing();
  }

  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    dynamo.close();
  }

  @Benchmark
  public Object repository() {
    String id = "r" + sequence++;
    Versioned<StartupCustomer> created = customers.create(new StartupCustomer(id, "Ada", "new", CREATED, 1));
    Versioned<StartupCustomer> read = customers.get(id, Consistency.STRONG).orElseThrow();
    Versioned<StartupCustomer> updated =
        customers.update(read, new StartupCustomer(id, "Ada", "active", CREATED, 2));
    customers.delete(updated);
    return created;
  }

  /**
   * The same four requests the repository sends, written by hand: same expressions (expiry-aware, version and
   * write-token conditions), same item layout, so the difference is the library's own cost.
   */
  @Benchmark
  public Object handWritten() {
    String id = "h" + sequence++;
    Map<String, AttributeValue> key = Map.of("id", AttributeValue.createS("customers"), "name",
        AttributeValue.createS(id));
    AttributeValue now = AttributeValue.createN(Long.toString(System.currentTimeMillis() / 1000));
    AttributeValue token1 = token();
    Map<String, AttributeValue> item = new HashMap<>(key);
    item.put("version", AttributeValue.createN("1"));
    item.put("wtoken", token1);
    item.put("payload", AttributeValue.createM(payload(id, "new", 1)));
    client.putItem(b -> b.tableName("Overhead").item(item)
        .conditionExpression("(attribute_not_exists(#id) OR (attribute_type(#expires, :v0) AND #expires <= :v1))")
        .expressionAttributeNames(Map.of("#expires", "expires", "#id", "id"))
        .expressionAttributeValues(Map.of(":v0", AttributeValue.createS("N"), ":v1", now))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    Map<String, AttributeValue> read = client.getItem(b -> b.tableName("Overhead").key(key).consistentRead(true))
        .item();
    AttributeValue token2 = token();
    client.updateItem(b -> b.tableName("Overhead").key(key)
        .updateExpression("SET #wtoken = :v0, #payload = :v1, #version = :v2")
        .conditionExpression("#version = :v3 AND #wtoken = :v4 AND (attribute_not_exists(#expires)"
            + " OR NOT attribute_type(#expires, :v5) OR #expires > :v6)")
        .expressionAttributeNames(Map.of("#version", "version", "#wtoken", "wtoken", "#payload", "payload",
            "#expires", "expires"))
        .expressionAttributeValues(Map.of(":v0", token2, ":v1", AttributeValue.createM(payload(id, "active", 2)),
            ":v2", AttributeValue.createN("2"), ":v3", read.get("version"), ":v4", read.get("wtoken"),
            ":v5", AttributeValue.createS("N"), ":v6", now))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    client.deleteItem(b -> b.tableName("Overhead").key(key)
        .conditionExpression("#version = :v0 AND #wtoken = :v1 AND (attribute_not_exists(#expires)"
            + " OR NOT attribute_type(#expires, :v2) OR #expires > :v3)")
        .expressionAttributeNames(Map.of("#version", "version", "#wtoken", "wtoken", "#expires", "expires"))
        .expressionAttributeValues(Map.of(":v0", AttributeValue.createN("2"), ":v1", token2,
            ":v2", AttributeValue.createS("N"), ":v3", now))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    return read;
  }

  /**
   * The minimal version of the four requests: plain version conditions, no expiry or write token. Not the
   * same guarantees; it shows what they cost on this backend.
   */
  @Benchmark
  public Object handWrittenMinimal() {
    String id = "m" + sequence++;
    Map<String, AttributeValue> key = Map.of("id", AttributeValue.createS("customers"), "name",
        AttributeValue.createS(id));
    Map<String, AttributeValue> item = new HashMap<>(key);
    item.put("version", AttributeValue.createN("1"));
    item.put("payload", AttributeValue.createM(payload(id, "new", 1)));
    client.putItem(b -> b.tableName("Overhead").item(item)
        .conditionExpression("attribute_not_exists(#id)").expressionAttributeNames(Map.of("#id", "id")));
    Map<String, AttributeValue> read = client.getItem(b -> b.tableName("Overhead").key(key).consistentRead(true))
        .item();
    client.updateItem(b -> b.tableName("Overhead").key(key)
        .updateExpression("SET #payload = :payload, #version = :next")
        .conditionExpression("#version = :expected")
        .expressionAttributeNames(Map.of("#payload", "payload", "#version", "version"))
        .expressionAttributeValues(Map.of(":payload", AttributeValue.createM(payload(id, "active", 2)),
            ":next", AttributeValue.createN("2"), ":expected", read.get("version"))));
    client.deleteItem(b -> b.tableName("Overhead").key(key).conditionExpression("#version = :expected")
        .expressionAttributeNames(Map.of("#version", "version"))
        .expressionAttributeValues(Map.of(":expected", AttributeValue.createN("2"))));
    return read;
  }

  /** A write token from SecureRandom, as the library makes them (safe across SnapStart/CRaC restores). */
  private static AttributeValue token() {
    byte[] token = new byte[16];
    RANDOM.nextBytes(token);
    return AttributeValue.createB(SdkBytes.fromByteArrayUnsafe(token));
  }

  private static Map<String, AttributeValue> payload(String id, String status, int visits) {
    Map<String, AttributeValue> payload = new HashMap<>(8);
    payload.put("id", AttributeValue.createS(id));
    payload.put("name", AttributeValue.createS("Ada"));
    payload.put("status", AttributeValue.createS(status));
    payload.put("created", AttributeValue.createS("2026-11-25T10:00:00.000000000Z")); // as Dynastore stores it
    payload.put("visits", AttributeValue.createN(Integer.toString(visits)));
    return payload;
  }
}
