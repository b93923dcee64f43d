package dev.dynastore.benchmarks.requests;

import dev.dynastore.Dynastore;
import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates the tables the first-request programs use, so that their timing excludes table creation. */
public final class SetupTablesMain {
  private SetupTablesMain() {}

  public static void main(String[] args) {
    String endpoint = args.length > 0 ? args[0] : System.getenv("DYNASTORE_ENDPOINT");
    try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(URI.create(endpoint)).build()) {
      createTables(client);
    }
  }

  /** Both tables, unless they exist. */
  public static void createTables(DynamoDbClient client) {
    Dynastore.builder().client(client).build().table(FirstRequestMain.DYNASTORE_TABLE).createIfMissing();
    try {
      client.createTable(b -> b.tableName(FirstRequestMain.PLAIN_TABLE).billingMode("PAY_PER_REQUEST")
          .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
              .attributeType(ScalarAttributeType.S).build())
          .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
    } catch (ResourceInUseException exists) {
      // created before
    }
  }
}
