package dev.dynastore.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * What every backend must do for Dynastore to work on it, checked on the plain SDK client: a table with the
 * seed's key schema and a local secondary index, writes, conditional writes, and queries on the index.
 */
@DynamoDbTest
class LocalDynamoDbConformanceTest {

  @Test
  @SuppressWarnings("unchecked") // the SDK's varargs of consumers, built inline
  void tableWithLocalIndexWritesConditionalWritesAndQueries(DynamoDbClient client, @TableName String table) {
    client.createTable(b -> b.tableName(table)
        .billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(
            a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("name").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("created").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH),
            k -> k.attributeName("name").keyType(KeyType.RANGE))
        .localSecondaryIndexes(i -> i.indexName("idx_created")
            .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH),
                k -> k.attributeName("created").keyType(KeyType.RANGE))
            .projection(p -> p.projectionType(ProjectionType.ALL))));
    WaiterOverrideConfiguration fastPolling = WaiterOverrideConfiguration.builder()
        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(50))).maxAttempts(200).build();
    try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client).overrideConfiguration(fastPolling).build()) {
      waiter.waitUntilTableExists(b -> b.tableName(table));
    }
    assertThat(client.describeTable(b -> b.tableName(table)).table().tableStatus()).isEqualTo(TableStatus.ACTIVE);

    for (int i = 1; i <= 3; i++) {
      Map<String, AttributeValue> item = Map.of("id", s("customers"), "name", s("c" + (4 - i)),
          "created", s("2026-11-0" + i), "version", n(1));
      client.putItem(b -> b.tableName(table).item(item));
    }

    // create-if-absent refuses an existing key; "name" is a reserved word and needs a placeholder
    assertThatThrownBy(() -> client.putItem(b -> b.tableName(table)
        .item(Map.of("id", s("customers"), "name", s("c1"), "version", n(1)))
        .conditionExpression("attribute_not_exists(#name)")
        .expressionAttributeNames(Map.of("#name", "name"))))
        .isInstanceOf(ConditionalCheckFailedException.class);

    // compare-and-swap on the version
    client.updateItem(b -> b.tableName(table).key(key("c1"))
        .updateExpression("SET version = :next")
        .conditionExpression("version = :expected")
        .expressionAttributeValues(Map.of(":next", n(2), ":expected", n(1))));
    assertThatThrownBy(() -> client.updateItem(b -> b.tableName(table).key(key("c1"))
        .updateExpression("SET version = :next")
        .conditionExpression("version = :expected")
        .expressionAttributeValues(Map.of(":next", n(2), ":expected", n(1)))))
        .isInstanceOf(ConditionalCheckFailedException.class);
    assertThat(client.getItem(b -> b.tableName(table).key(key("c1")).consistentRead(true)).item().get("version"))
        .isEqualTo(n(2));

    // the index orders by "created", the table by "name"
    QueryResponse byCreated = client.query(b -> b.tableName(table).indexName("idx_created")
        .keyConditionExpression("id = :p")
        .expressionAttributeValues(Map.of(":p", s("customers"))));
    assertThat(byCreated.items()).extracting(item -> item.get("name").s()).containsExactly("c3", "c2", "c1");
    QueryResponse byName = client.query(b -> b.tableName(table)
        .keyConditionExpression("id = :p AND begins_with(#name, :prefix)")
        .expressionAttributeNames(Map.of("#name", "name"))
        .expressionAttributeValues(Map.of(":p", s("customers"), ":prefix", s("c")))
        .limit(2));
    assertThat(byName.items()).extracting(item -> item.get("name").s()).isEqualTo(List.of("c1", "c2"));
    assertThat(byName.lastEvaluatedKey()).containsKeys("id", "name");
  }

  private static Map<String, AttributeValue> key(String name) {
    return Map.of("id", s("customers"), "name", s(name));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
