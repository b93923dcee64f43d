package dev.dynastore.internal;

import dev.dynastore.TableDefinition;
import dev.dynastore.TableMismatchException;
import dev.dynastore.TableNotFoundException;
import dev.dynastore.kv.Index;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
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

  /**
   * See {@link dev.dynastore.Table#createIfMissing(TableDefinition)}: creates the table as {@code definition}
   * says, or checks that the existing one serves {@code required}.
   */
  boolean createIfMissing(TableDefinition definition, TableDefinition required) {
    CreateTableRequest create = createTableRequest(definition);
    TableDescription existing = describeOrNull();
    if (existing == null) {
      boolean created = true;
      try {
        session.send("CreateTable", create, client::createTable);
      } catch (ResourceInUseException createdMeanwhile) {
        // another process created it, or this call did and a retry found it: check it like an existing one
        created = false;
      } catch (SdkException e) {
        throw Failures.translate(e, "create table " + table, table);
      }
      waitUntilActive();
      if (!created) {
        requireFits(required, describeOrNull());
      }
      if (definition.ttlRequired()) {
        enableTimeToLiveIfOff();
      }
      return created;
    }
    if (existing.tableStatus() != TableStatus.ACTIVE) {
      waitUntilActive();
      existing = describeOrNull();
    }
    requireFits(required, existing);
    if (definition.ttlRequired()) {
      enableTimeToLiveIfOff();
    }
    return false;
  }

  /** See {@link dev.dynastore.Table#verify}. */
  void verify(TableDefinition definition) {
    TableDescription existing = describeOrNull();
    if (existing == null) {
      throw new TableNotFoundException("table " + table + " does not exist (or is not visible to these credentials"
          + " in this region)", null);
    }
    List<String> problems = new ArrayList<>(TableFit.problems(definition, existing));
    if (definition.ttlRequired()) {
      timeToLiveProblem().ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new TableMismatchException(table, problems);
    }
  }

  private void requireFits(TableDefinition definition, TableDescription existing) {
    List<String> problems = TableFit.problems(definition, existing);
    if (!problems.isEmpty()) {
      throw new TableMismatchException(table, problems);
    }
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

  /** What is wrong with the table's TTL, if anything; nothing when the backend cannot tell (dynalite). */
  private Optional<String> timeToLiveProblem() {
    DescribeTimeToLiveRequest describe = DescribeTimeToLiveRequest.builder().tableName(table).build();
    TimeToLiveDescription ttl;
    try {
      ttl = session.send("DescribeTimeToLive", describe, client::describeTimeToLive).timeToLiveDescription();
    } catch (DynamoDbException e) {
      if (isUnknownOperation(e)) {
        return Optional.empty();
      }
      throw Failures.translate(e, "read the TTL setting of table " + table, table);
    }
    TimeToLiveStatus status = ttl == null ? null : ttl.timeToLiveStatus();
    if (status == null || status == TimeToLiveStatus.DISABLED || status == TimeToLiveStatus.DISABLING) {
      return Optional.of("TTL deletion is off, so expired items are never deleted (they stay, invisible, and cost"
          + " storage): enable TTL on " + ItemLayout.EXPIRES);
    }
    if (!ItemLayout.EXPIRES.equals(ttl.attributeName())) {
      return Optional.of("TTL deletes by " + ttl.attributeName() + ", not by " + ItemLayout.EXPIRES);
    }
    return Optional.empty();
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

  private CreateTableRequest createTableRequest(TableDefinition definition) {
    Map<String, ScalarAttributeType> attributes = new LinkedHashMap<>();
    attributes.put(ItemLayout.PARTITION, ScalarAttributeType.S);
    attributes.put(ItemLayout.KEY, ScalarAttributeType.S);
    List<LocalSecondaryIndex> locals = new ArrayList<>();
    List<GlobalSecondaryIndex> globals = new ArrayList<>();
    Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
    for (Index index : definition.indexes()) {
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
    attributes.putIfAbsent(attribute, type); // one type per attribute: TableDefinition checked it
  }

  private static KeySchemaElement keyElement(String attribute, KeyType type) {
    return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
  }
}
