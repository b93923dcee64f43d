package dev.dynastore.samples.crm;

import dev.dynastore.testing.LocalDynamoDb;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The sample the README's first command runs: starts a local DynamoDB (unless {@code DYNASTORE_ENDPOINT}
 * names one), creates a table, writes one item and reads it back.
 */
public final class CrmSample {
  private CrmSample() {}

  public static void main(String[] args) {
    try (LocalDynamoDb dynamo = LocalDynamoDb.fromEnvironment(); DynamoDbClient client = dynamo.newClient()) {
      System.out.println("DynamoDB: " + dynamo);
      String table = "CRMTable";
      if (!client.listTables().tableNames().contains(table)) {
        client.createTable(b -> b.tableName(table).billingMode("PAY_PER_REQUEST")
            .attributeDefinitions(
                AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build(),
                AttributeDefinition.builder().attributeName("name").attributeType(ScalarAttributeType.S).build())
            .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("name").keyType(KeyType.RANGE).build()));
        client.waiter().waitUntilTableExists(b -> b.tableName(table));
      }
      client.putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS("customers"),
          "name", AttributeValue.fromS("01FCFSDXQ8EYFCNMEA7C2WJG74"), "payload", AttributeValue.fromS("welcome"))));
      Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
          "id", AttributeValue.fromS("customers"), "name", AttributeValue.fromS("01FCFSDXQ8EYFCNMEA7C2WJG74")))).item();
      System.out.println("read back: " + item.get("name").s() + " = " + item.get("payload").s());
    }
  }
}
