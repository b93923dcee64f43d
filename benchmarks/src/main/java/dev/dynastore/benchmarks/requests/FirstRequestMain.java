package dev.dynastore.benchmarks.requests;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * From {@code main()} to the first conditional create plus consistent get, in a fresh JVM, three ways:
 * the generated repository ({@code generated}), the Enhanced Client with {@code BeanTableSchema}
 * ({@code bean}), and hand-written low-level calls ({@code lowlevel}). Region and credentials come from the
 * SDK's default chains (the script sets them); the endpoint from {@code DYNASTORE_ENDPOINT} or the last
 * argument.
 *
 * <p>Usage: {@code FirstRequestMain generated|bean|lowlevel [endpoint]}
 */
public final class FirstRequestMain {
  /** The table with Dynastore's layout, for the generated repository. */
  public static final String DYNASTORE_TABLE = "BenchDynastore";
  /** A table keyed by {@code id} alone, for the Enhanced Client and the hand-written program. */
  public static final String PLAIN_TABLE = "BenchPlain";

  private FirstRequestMain() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    String mode = args[0];
    String endpoint = args.length > 1 ? args[1] : System.getenv("DYNASTORE_ENDPOINT");
    String id = UUID.randomUUID().toString();
    Instant created = Instant.parse("2026-11-25T10:00:00Z");
    String read;
    try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(URI.create(endpoint)).build()) {
      switch (mode) {
        case "generated": {
          StartupCustomerRepository customers =
              new StartupCustomerRepository(Dynastore.builder().client(client).build().table(DYNASTORE_TABLE));
          customers.create(new StartupCustomer(id, "Ada", "new", created, 1));
          read = customers.get(id, Consistency.STRONG).orElseThrow().value().name();
          break;
        }
        case "bean": {
          DynamoDbTable<StartupCustomerBean> table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
              .table(PLAIN_TABLE, TableSchema.fromBean(StartupCustomerBean.class));
          StartupCustomerBean bean = new StartupCustomerBean();
          bean.setId(id);
          bean.setName("Ada");
          bean.setStatus("new");
          bean.setCreated(created);
          bean.setVisits(1);
          table.putItem(PutItemEnhancedRequest.builder(StartupCustomerBean.class).item(bean)
              .conditionExpression(Expression.builder().expression("attribute_not_exists(id)").build()).build());
          read = table.getItem(GetItemEnhancedRequest.builder()
              .key(Key.builder().partitionValue(id).build()).consistentRead(true).build()).getName();
          break;
        }
        case "lowlevel": {
          Map<String, AttributeValue> item = new HashMap<>();
          item.put("id", AttributeValue.createS(id));
          item.put("name", AttributeValue.createS("Ada"));
          item.put("status", AttributeValue.createS("new"));
          item.put("created", AttributeValue.createS(created.toString()));
          item.put("visits", AttributeValue.createN("1"));
          client.putItem(b -> b.tableName(PLAIN_TABLE).item(item).conditionExpression("attribute_not_exists(id)"));
          read = client.getItem(b -> b.tableName(PLAIN_TABLE).key(Map.of("id", AttributeValue.createS(id)))
              .consistentRead(true)).item().get("name").s();
          break;
        }
        default:
          throw new IllegalArgumentException("mode is generated, bean or lowlevel, not " + mode);
      }
    }
    long micros = (System.nanoTime() - start) / 1_000;
    System.out.println("mode=" + mode + " read=" + read + " elapsed_us=" + micros);
  }
}
