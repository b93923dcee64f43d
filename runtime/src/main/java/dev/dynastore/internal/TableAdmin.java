package dev.dynastore.internal;

import dev.dynastore.kv.Index;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Creates a Dynastore table for tests, samples and first runs, and waits until it can be used. */
final class TableAdmin {
  private final Session session;
  private final DynamoDbClient client;
  private final String table;

  TableAdmin(Session session, String table) {
    this.session = session;
    this.client = session.client();
    this.table = table;
  }

  /** See {@link Table#createIfMissing}. */
  boolean createIfMissing(Index... indexes) {
    CreateTableRequest create = createTableRequest(indexes); // checks the indexes before any request
    TableDescription existing = describeOrNull();
    if (existing == null) {
      boolean created = true;
      try {
        session.send("CreateTable", create, client::createTable);
      } catch (ResourceInUseException createdMeanwhile) {
        // another process created it, or this call did and a retry found it: wait for it below
        created = false;
      } catch (SdkException e) {
        throw Failures.translate(e, "create table " + table, table);
      }
      waitUntilActive();
      enableTimeToLiveIfOff();
      return created;
    }
    if (existing.tableStatus() != TableStatus.ACTIVE) {
      waitUntilActive();
    }
    Set<String> present = new TreeSet<>();
    for (LocalSecondaryIndexDescription local : existing.localSecondaryIndexes()) {
      present.add(local.indexName());
    }
    for (GlobalSecondaryIndexDescription global : existing.globalSecondaryIndexes()) {
      present.add(global.indexName());
    }
    for (Index index : indexes) {
      if (!present.contains(index.name())) {
        throw new IllegalStateException("table " + table + " exists without " + index + "; it has "
            + (present.isEmpty() ? "no indexes" : "indexes " + present)
            + ". Add the index with your infrastructure code (local indexes only at table creation).");
      }
    }
    enableTimeToLiveIfOff();
    return false;
  }

  /** The SDK's default waiter polls every 20 s; a table is often active within a second. */
  private void waitUntilActive() {
    WaiterOverrideConfiguration polling = WaiterOverrideConfiguration.builder()
        .backoffStrategyV2(BackoffStrategy.exponentialDelayWithoutJitter(Duration.ofMillis(50), Duration.ofSeconds(2)))
        .maxAttempts(400)
        .waitTimeout(Duration.ofMinutes(10))
        .build();
    try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client).overrideConfiguration(polling).build()) {
      waiter.waitUntilTableExists(DescribeTableRequest.builder().tableName(table).build());
    }
  }

  /**
   * Turns on DynamoDB's TTL deletion for {@code expires} where TTL is off, so that expired items are eventually
   * deleted (they are absent to Dynastore as soon as they expire, either way). A table whose TTL is on for another
   * attribute is left alone. A backend without the operation (dynalite) keeps expired items until they are
   * overwritten or deleted.
   */
  private void enableTimeToLiveIfOff() {
    DescribeTimeToLiveRequest describe = DescribeTimeToLiveRequest.builder().tableName(table).build();
    try {
      TimeToLiveDescription ttl = session.send("DescribeTimeToLive", describe, client::describeTimeToLive)
          .timeToLiveDescription();
      if (ttl != null && ttl.timeToLiveStatus() != TimeToLiveStatus.DISABLED && ttl.timeToLiveStatus() != null) {
        return; // enabled, or being enabled, by whoever created the table
      }
    } catch (DynamoDbException e) {
      if (!isUnknownOperation(e)) {
        throw Failures.translate(e, "read the TTL setting of table " + table, table);
      }
    }
    UpdateTimeToLiveRequest request = UpdateTimeToLiveRequest.builder()
        .tableName(table)
        .timeToLiveSpecification(ttl -> ttl.attributeName(ItemLayout.EXPIRES).enabled(true))
        .build();
    try {
      session.send("UpdateTimeToLive", request, client::updateTimeToLive);
    } catch (DynamoDbException e) {
      if (!isUnknownOperation(e)) {
        throw Failures.translate(e, "turn on TTL for table " + table, table);
      }
    }
  }

  private static boolean isUnknownOperation(DynamoDbException e) {
    return e.awsErrorDetails() != null && "UnknownOperationException".equals(e.awsErrorDetails().errorCode());
  }

  private TableDescription describeOrNull() {
    DescribeTableRequest request = DescribeTableRequest.builder().tableName(table).build();
    try {
      return session.send("DescribeTable", request, client::describeTable).table();
    } catch (ResourceNotFoundException absent) {
      return null;
    } catch (SdkException e) {
      throw Failures.translate(e, "describe table " + table, table);
    }
  }

  private CreateTableRequest createTableRequest(Index... indexes) {
    Map<String, ScalarAttributeType> attributes = new LinkedHashMap<>();
    attributes.put(ItemLayout.PARTITION, ScalarAttributeType.S);
    attributes.put(ItemLayout.KEY, ScalarAttributeType.S);
    List<LocalSecondaryIndex> locals = new ArrayList<>();
    List<GlobalSecondaryIndex> globals = new ArrayList<>();
    Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
    Set<String> names = new TreeSet<>();
    for (Index index : indexes) {
      if (!names.add(index.name())) {
        throw new IllegalArgumentException("index " + index.name() + " is given twice");
      }
      defineAttribute(attributes, index.sortAttribute(), index.sortType());
      if (index.isGlobal()) {
        defineAttribute(attributes, index.partitionAttribute(), index.partitionType());
        globals.add(GlobalSecondaryIndex.builder().indexName(index.name())
            .keySchema(keyElement(index.partitionAttribute(), KeyType.HASH), keyElement(index.sortAttribute(), KeyType.RANGE))
            .projection(all).build());
      } else {
        locals.add(LocalSecondaryIndex.builder().indexName(index.name())
            .keySchema(keyElement(ItemLayout.PARTITION, KeyType.HASH), keyElement(index.sortAttribute(), KeyType.RANGE))
            .projection(all).build());
      }
    }
    List<AttributeDefinition> definitions = new ArrayList<>();
    for (Map.Entry<String, ScalarAttributeType> attribute : attributes.entrySet()) {
      definitions.add(AttributeDefinition.builder().attributeName(attribute.getKey())
          .attributeType(attribute.getValue()).build());
    }
    return CreateTableRequest.builder()
        .tableName(table)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(definitions)
        .keySchema(keyElement(ItemLayout.PARTITION, KeyType.HASH), keyElement(ItemLayout.KEY, KeyType.RANGE))
        .localSecondaryIndexes(locals.isEmpty() ? null : locals)
        .globalSecondaryIndexes(globals.isEmpty() ? null : globals)
        .build();
  }

  private static void defineAttribute(Map<String, ScalarAttributeType> attributes, String attribute,
      ScalarAttributeType type) {
    ScalarAttributeType before = attributes.putIfAbsent(attribute, type);
    if (before != null && before != type) {
      throw new IllegalArgumentException("attribute " + attribute + " is both " + before + " and " + type
          + " in the indexes given");
    }
  }

  private static KeySchemaElement keyElement(String attribute, KeyType type) {
    return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
  }
}
