package dev.dynastore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * A DynamoDB table holding many partitions: the Go library's {@code Table}. Every operation of
 * {@link Partition} is here too, taking the partition name first.
 *
 * <h2>Writes</h2>
 * Every write is one {@code UpdateItem} or {@code DeleteItem} request, and sets {@code version} (1 on create,
 * one more on every write) and a fresh random write token. {@link #put} is unconditional;
 * {@link #atomicPut} creates if absent (or expired), or, given {@link WriteOption#withPreviousKV}, swaps only
 * if the stored item is still the one read; {@link #atomicDelete} deletes only that item. A write replaces the
 * value and the expiry; fields it does not name are kept (see {@link WriteOption}).
 *
 * <h2>Retries</h2>
 * The SDK retries requests whose answer was lost. When a retried conditional write fails its condition,
 * Dynastore looks at the stored item (from the failure response, or one consistent read when the backend
 * does not return it): if it carries this write's token, the earlier attempt was applied and the write
 * succeeds. A retried {@code atomicDelete} that finds the key gone succeeds too. Without a retry, a failed
 * condition is a conflict at once, with no extra request.
 *
 * <h2>Expiry</h2>
 * One rule everywhere: an item is expired iff {@code expires <= now} by the session's clock. Expired items
 * are absent to {@code get}, {@code exists}, {@code listPage} and {@code atomicDelete}, and a create may
 * replace them.
 */
public final class Table {
  private final Dynastore session;
  private final DynamoDbClient client;
  private final String name;

  Table(Dynastore session, String name) {
    this.session = session;
    this.client = session.client();
    this.name = Index.requireText(name, "table name");
  }

  /** The table name. */
  public String name() {
    return name;
  }

  /** The session this table belongs to. */
  public Dynastore session() {
    return session;
  }

  /** A partition of this table. Cheap: no request is made. */
  public Partition partition(String partition) {
    checkPartition(partition);
    return new Partition(this, partition);
  }

  // ---------------------------------------------------------------------------------------------- writes

  /**
   * Writes the item unconditionally, replacing its value and expiry and bumping its version.
   *
   * @return the item as written; its fields are those this write set
   */
  public KVPair put(String partition, String key, WriteOption... options) {
    checkKey(partition, key);
    WriteSpec spec = WriteSpec.of(options);
    if (spec.previous != null) {
      throw new IllegalArgumentException("withPreviousKV makes a compare-and-swap: call atomicPut, not put");
    }
    Instant now = session.clock().instant();
    SdkBytes token = newWriteToken();
    Expression expression = new Expression();
    String version = expression.reserved(ItemLayout.VERSION);
    String update = updateExpression(expression, spec, now, token,
        version + " = if_not_exists(" + version + ", " + expression.value(Expression.number(0)) + ") + "
            + expression.value(Expression.number(1)));
    checkSize(partition, key, spec, token, now);
    UpdateItemRequest request = UpdateItemRequest.builder()
        .tableName(name)
        .key(Items.key(partition, key))
        .updateExpression(update)
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValues(ReturnValue.UPDATED_NEW)
        .build();
    UpdateItemResponse response = update("Put", request);
    return written(partition, key, Items.version(response.attributes()), spec, now, token);
  }

  /**
   * Writes the item only if the condition holds: without {@link WriteOption#withPreviousKV}, only if the key is
   * absent or expired (a create); with it, only if the stored item is still that one and not expired (a
   * compare-and-swap).
   *
   * @return the item as written, its version one more than before (1 on create)
   * @throws KeyExistsException if a create finds a live item
   * @throws KeyModifiedException if a compare-and-swap finds another version, no item, or an expired one
   */
  public KVPair atomicPut(String partition, String key, WriteOption... options) {
    checkKey(partition, key);
    WriteSpec spec = WriteSpec.of(options);
    KVPair previous = spec.previous;
    if (previous != null) {
      checkSameItem(partition, key, previous);
    }
    Instant now = session.clock().instant();
    SdkBytes token = newWriteToken();
    Expression expression = new Expression();
    long newVersion = previous == null ? 1 : previous.version() + 1;
    String update = updateExpression(expression, spec, now, token,
        expression.reserved(ItemLayout.VERSION) + " = " + expression.value(Expression.number(newVersion)));
    String condition = previous == null
        ? "attribute_not_exists(" + expression.reserved(ItemLayout.PARTITION) + ") OR "
            + expression.reserved(ItemLayout.EXPIRES) + " <= " + expression.value(Expression.number(now.getEpochSecond()))
        : isStill(expression, previous, now);
    checkSize(partition, key, spec, token, now);
    UpdateItemRequest request = UpdateItemRequest.builder()
        .tableName(name)
        .key(Items.key(partition, key))
        .updateExpression(update)
        .conditionExpression(condition)
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build();
    try {
      update("AtomicPut", request);
    } catch (ConditionalCheckFailedException failed) {
      Map<String, AttributeValue> stored = failed.hasItem() ? failed.item() : null;
      if (retried(failed)) {
        if (stored == null || stored.isEmpty()) {
          stored = readConsistently("AtomicPut.Check", partition, key);
        }
        if (stored != null && Items.sameToken(stored, token)) {
          return written(partition, key, newVersion, spec, now, token); // an earlier attempt was applied
        }
      }
      if (previous == null) {
        throw new KeyExistsException("cannot create " + describe(partition, key) + ": it exists and has not expired",
            failed);
      }
      throw new KeyModifiedException("cannot update " + describe(partition, key) + " from version "
          + previous.version() + ": " + whyChanged(stored, now), failed);
    }
    return written(partition, key, newVersion, spec, now, token);
  }

  /**
   * Deletes the item unconditionally. Deleting an absent key is not an error.
   */
  public void delete(String partition, String key) {
    checkKey(partition, key);
    DeleteItemRequest request = DeleteItemRequest.builder().tableName(name).key(Items.key(partition, key)).build();
    session.requestBuilt("Delete", request);
    client.deleteItem(request);
  }

  /**
   * Deletes the item only if it is still the one {@code previous} describes and has not expired. One
   * conditional {@code DeleteItem}; on failure, the reason comes from the failure response or, where the
   * backend does not return the item, from one consistent read.
   *
   * @throws NullPointerException if {@code previous} is null: use {@link #delete} to delete unconditionally
   * @throws KeyNotFoundException if the key is absent or expired
   * @throws KeyModifiedException if another version is stored
   */
  public void atomicDelete(String partition, String key, KVPair previous) {
    checkKey(partition, key);
    Objects.requireNonNull(previous, "previous == null: atomicDelete deletes the version you read, so pass the"
        + " KVPair from get or atomicPut; to delete whatever is stored, call delete(key)");
    checkSameItem(partition, key, previous);
    Instant now = session.clock().instant();
    Expression expression = new Expression();
    DeleteItemRequest request = DeleteItemRequest.builder()
        .tableName(name)
        .key(Items.key(partition, key))
        .conditionExpression(isStill(expression, previous, now))
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build();
    session.requestBuilt("AtomicDelete", request);
    try {
      client.deleteItem(request);
    } catch (ConditionalCheckFailedException failed) {
      Map<String, AttributeValue> stored = failed.hasItem() && !failed.item().isEmpty() ? failed.item()
          : readConsistently("AtomicDelete.Check", partition, key);
      if (stored == null && retried(failed)) {
        return; // an earlier attempt deleted it
      }
      if (stored == null) {
        throw new KeyNotFoundException("cannot delete " + describe(partition, key) + " at version "
            + previous.version() + ": no item is stored", failed);
      }
      if (Items.isExpired(stored, now.getEpochSecond())) {
        throw new KeyNotFoundException("cannot delete " + describe(partition, key) + " at version "
            + previous.version() + ": it has expired", failed);
      }
      throw new KeyModifiedException("cannot delete " + describe(partition, key) + " at version "
          + previous.version() + ": " + whyChanged(stored, now), failed);
    }
  }

  // ----------------------------------------------------------------------------------------------- reads

  /**
   * Reads the item; empty when it is absent or expired.
   *
   * @throws IndexNotSupportedException if an index option is given
   */
  public Optional<KVPair> get(String partition, String key, ReadOption... options) {
    checkKey(partition, key);
    ReadSpec spec = checkKeyRead("get", ReadSpec.of(options));
    GetItemRequest request = GetItemRequest.builder()
        .tableName(name)
        .key(Items.key(partition, key))
        .consistentRead(spec.consistent)
        .build();
    Map<String, AttributeValue> item = getItem("Get", request);
    if (item == null || Items.isExpired(item, session.clock().instant().getEpochSecond())) {
      return Optional.empty();
    }
    return Optional.of(Items.decode(item));
  }

  /**
   * Whether a live (present, not expired) item is stored under the key. Reads only the key and expiry.
   *
   * @throws IndexNotSupportedException if an index option is given
   */
  public boolean exists(String partition, String key, ReadOption... options) {
    checkKey(partition, key);
    ReadSpec spec = checkKeyRead("exists", ReadSpec.of(options));
    Expression expression = new Expression();
    GetItemRequest request = GetItemRequest.builder()
        .tableName(name)
        .key(Items.key(partition, key))
        .consistentRead(spec.consistent)
        .projectionExpression(expression.reserved(ItemLayout.PARTITION) + ", "
            + expression.reserved(ItemLayout.EXPIRES))
        .expressionAttributeNames(expression.names())
        .build();
    Map<String, AttributeValue> item = getItem("Exists", request);
    return item != null && !Items.isExpired(item, session.clock().instant().getEpochSecond());
  }

  /**
   * Lists one page of the partition's live items whose key (or index sort key) begins with {@code prefix};
   * an empty prefix lists the whole partition. Expired items are skipped, so a page can be short, or empty
   * with a token to continue.
   *
   * @throws InvalidPageTokenException if the start key did not come from this same listing
   * @throws IndexNotSupportedException for a consistent read on a global index
   */
  public KVPage listPage(String partition, String prefix, ReadOption... options) {
    return listPage(partition, prefix, ReadSpec.of(options), null, false);
  }

  /**
   * Lists, keeping only items whose {@code id} equals {@code idFilter} (or starts with it, when
   * {@code idFilterIsPrefix}); a null filter keeps all.
   */
  KVPage listPage(String partition, String prefix, ReadSpec spec, String idFilter, boolean idFilterIsPrefix) {
    checkPartition(partition);
    Objects.requireNonNull(prefix, "prefix == null: pass \"\" to list the whole partition");
    Index index = spec.index;
    if (index != null && index.isGlobal() && spec.consistent) {
      throw new IndexNotSupportedException("consistent reads are not possible on " + index
          + ": DynamoDB updates global indexes asynchronously");
    }
    if (ItemSizes.utf8Length(prefix) > ItemLayout.MAX_KEY_BYTES) {
      throw new InvalidKeyException("prefix is longer than " + ItemLayout.MAX_KEY_BYTES + " bytes");
    }
    PageTokens.Listing listing = new PageTokens.Listing(name, partition, index, prefix, spec.reverse);
    Map<String, AttributeValue> startKey = spec.startKey == null ? null
        : session.pageTokens().decode(listing, spec.startKey);
    long now = session.clock().instant().getEpochSecond();

    Expression expression = new Expression();
    String keyCondition;
    if (index == null || !index.isGlobal()) {
      keyCondition = expression.reserved(ItemLayout.PARTITION) + " = "
          + expression.value(AttributeValue.createS(partition));
    } else {
      keyCondition = expression.field(index.partitionAttribute()) + " = "
          + expression.value(index.partitionValue(partition));
    }
    if (!prefix.isEmpty()) {
      String sortName = index == null ? expression.reserved(ItemLayout.KEY) : expression.field(index.sortAttribute());
      keyCondition += " AND begins_with(" + sortName + ", " + expression.value(AttributeValue.createS(prefix)) + ")";
    }
    QueryRequest request = QueryRequest.builder()
        .tableName(name)
        .indexName(index == null ? null : index.name())
        .keyConditionExpression(keyCondition)
        .filterExpression(filter(expression, now, idFilter, idFilterIsPrefix))
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .limit(spec.limit)
        .scanIndexForward(!spec.reverse)
        .consistentRead(spec.consistent)
        .exclusiveStartKey(startKey)
        .build();
    session.requestBuilt("ListPage", request);
    QueryResponse response;
    try {
      response = client.query(request);
    } catch (DynamoDbException e) {
      // DynamoDB and dynalite say "does not have the specified index", moto "Invalid index"
      throw index != null && (messageContains(e, "does not have the specified index")
          || messageContains(e, "invalid index"))
          ? new IndexNotSupportedException("table " + name + " has no " + index, e) : e;
    }
    List<KVPair> items = new ArrayList<>(response.items().size());
    for (Map<String, AttributeValue> item : response.items()) {
      items.add(Items.decode(item));
    }
    String lastKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
        ? session.pageTokens().encode(listing, response.lastEvaluatedKey()) : null;
    return new KVPage(items, lastKey);
  }

  private static String filter(Expression expression, long now, String idFilter, boolean idFilterIsPrefix) {
    String notExpired = expression.notExpired(now);
    if (idFilter == null) {
      return notExpired;
    }
    String id = expression.reserved(ItemLayout.PARTITION);
    AttributeValue value = AttributeValue.createS(idFilter);
    return notExpired + " AND " + (idFilterIsPrefix ? "begins_with(" + id + ", " + expression.value(value) + ")"
        : id + " = " + expression.value(value));
  }

  // ---------------------------------------------------------------------------------------------- tables

  /**
   * Creates the table with Dynastore's key schema ({@code id}, {@code name}) and the given indexes, on demand
   * billing, and waits until it is active; does nothing if it exists with those indexes. For tests, samples
   * and first runs: production creates tables with its own infrastructure code.
   *
   * @return whether the table was created
   * @throws IllegalStateException if the table exists but lacks one of the indexes
   */
  public boolean createIfMissing(Index... indexes) {
    TableDescription existing = describeOrNull();
    if (existing == null) {
      CreateTableRequest request = createTableRequest(indexes);
      session.requestBuilt("CreateTable", request);
      try {
        client.createTable(request);
      } catch (ResourceInUseException createdMeanwhile) {
        // another process created it: wait for it below
      }
      // the SDK's default waiter polls every 20 s; a table is often active within a second
      WaiterOverrideConfiguration polling = WaiterOverrideConfiguration.builder()
          .backoffStrategyV2(BackoffStrategy.exponentialDelayWithoutJitter(Duration.ofMillis(50), Duration.ofSeconds(2)))
          .maxAttempts(400)
          .waitTimeout(Duration.ofMinutes(10))
          .build();
      try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client).overrideConfiguration(polling).build()) {
        waiter.waitUntilTableExists(DescribeTableRequest.builder().tableName(name).build());
      }
      return true;
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
        throw new IllegalStateException("table " + name + " exists without " + index + "; it has "
            + (present.isEmpty() ? "no indexes" : "indexes " + present)
            + ". Add the index with your infrastructure code (local indexes only at table creation).");
      }
    }
    return false;
  }

  private TableDescription describeOrNull() {
    DescribeTableRequest request = DescribeTableRequest.builder().tableName(name).build();
    session.requestBuilt("DescribeTable", request);
    try {
      return client.describeTable(request).table();
    } catch (ResourceNotFoundException absent) {
      return null;
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
        .tableName(name)
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

  // ----------------------------------------------------------------------------------------------- internals

  private String updateExpression(Expression expression, WriteSpec spec, Instant now, SdkBytes token,
      String versionAssignment) {
    StringBuilder set = new StringBuilder("SET ").append(versionAssignment);
    StringBuilder remove = new StringBuilder();
    set.append(", ").append(expression.reserved(ItemLayout.WRITE_TOKEN)).append(" = ")
        .append(expression.value(AttributeValue.createB(token)));
    String payload = expression.reserved(ItemLayout.PAYLOAD);
    if (spec.value != null) {
      set.append(", ").append(payload).append(" = ").append(expression.value(spec.value));
    } else {
      remove.append(payload);
    }
    Long expires = spec.expiresEpochSecond(now);
    String expiresName = expression.reserved(ItemLayout.EXPIRES);
    if (expires != null) {
      set.append(", ").append(expiresName).append(" = ").append(expression.value(Expression.number(expires)));
    } else {
      remove.append(remove.length() == 0 ? "" : ", ").append(expiresName);
    }
    for (Map.Entry<String, AttributeValue> field : spec.fields.entrySet()) {
      set.append(", ").append(expression.field(field.getKey())).append(" = ")
          .append(expression.value(field.getValue()));
    }
    for (String removed : spec.removedFields) {
      remove.append(", ").append(expression.field(removed));
    }
    return remove.length() == 0 ? set.toString() : set.append(" REMOVE ").append(remove).toString();
  }

  /** The item is still the one {@code previous} describes (version and write token) and has not expired. */
  private static String isStill(Expression expression, KVPair previous, Instant now) {
    String token = expression.reserved(ItemLayout.WRITE_TOKEN);
    String sameWrite = previous.writeToken() == null ? "attribute_not_exists(" + token + ")"
        : token + " = " + expression.value(AttributeValue.createB(previous.writeToken()));
    return expression.reserved(ItemLayout.VERSION) + " = " + expression.value(Expression.number(previous.version()))
        + " AND " + sameWrite + " AND " + expression.notExpired(now.getEpochSecond());
  }

  /**
   * Whether the SDK sent the request more than once, so that an earlier attempt may have been applied. The SDK
   * counts attempts on every exception; unknown counts as retried, the safe answer.
   */
  private static boolean retried(ConditionalCheckFailedException failed) {
    Integer attempts = failed.numAttempts();
    return attempts == null || attempts > 1;
  }

  private UpdateItemResponse update(String operation, UpdateItemRequest request) {
    session.requestBuilt(operation, request);
    try {
      return client.updateItem(request);
    } catch (DynamoDbException e) { // a ConditionalCheckFailedException is not about size: rethrown as is
      if (isItemTooLarge(e)) {
        throw new ItemTooLargeException("DynamoDB refused to write " + request.key().get(ItemLayout.PARTITION).s()
            + "/" + request.key().get(ItemLayout.KEY).s() + " in table " + name + ": with the fields it keeps it"
            + " would exceed " + ItemLayout.MAX_ITEM_BYTES + " bytes", e);
      }
      throw e;
    }
  }

  private Map<String, AttributeValue> getItem(String operation, GetItemRequest request) {
    session.requestBuilt(operation, request);
    GetItemResponse response = client.getItem(request);
    return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
  }

  private Map<String, AttributeValue> readConsistently(String operation, String partition, String key) {
    return getItem(operation, GetItemRequest.builder().tableName(name).key(Items.key(partition, key))
        .consistentRead(true).build());
  }

  private KVPair written(String partition, String key, long version, WriteSpec spec, Instant now, SdkBytes token) {
    Long expires = spec.expiresEpochSecond(now);
    return new KVPair(partition, key, version, expires == null ? null : Instant.ofEpochSecond(expires), spec.value,
        spec.fields, token);
  }

  private void checkSize(String partition, String key, WriteSpec spec, SdkBytes token, Instant now) {
    long size = ItemSizes.attribute(ItemLayout.PARTITION, AttributeValue.createS(partition))
        + ItemSizes.attribute(ItemLayout.KEY, AttributeValue.createS(key))
        + ItemLayout.VERSION.length() + 21
        + ItemLayout.WRITE_TOKEN.length() + token.asByteArrayUnsafe().length;
    if (spec.value != null) {
      size += ItemSizes.attribute(ItemLayout.PAYLOAD, spec.value);
    }
    if (spec.expiresEpochSecond(now) != null) {
      size += ItemLayout.EXPIRES.length() + 21;
    }
    for (Map.Entry<String, AttributeValue> field : spec.fields.entrySet()) {
      size += ItemSizes.attribute(field.getKey(), field.getValue());
    }
    if (size > ItemLayout.MAX_ITEM_BYTES) {
      throw new ItemTooLargeException("item " + describe(partition, key) + " would be " + size
          + " bytes; DynamoDB's limit is " + ItemLayout.MAX_ITEM_BYTES + " (attribute names and values, UTF-8)");
    }
  }

  private static boolean isItemTooLarge(DynamoDbException e) {
    return messageContains(e, "item size") && messageContains(e, "exceeded");
  }

  private static boolean messageContains(DynamoDbException e, String text) {
    String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains(text);
  }

  private ReadSpec checkKeyRead(String operation, ReadSpec spec) {
    if (spec.index != null) {
      throw new IndexNotSupportedException(operation + " reads the table by its key and cannot use " + spec.index
          + "; list through the index with listPage");
    }
    return spec;
  }

  /** Why a compare-and-swap failed, as far as the stored item (null when unknown or absent) tells. */
  private static String whyChanged(Map<String, AttributeValue> stored, Instant now) {
    if (stored == null || stored.isEmpty()) {
      return "it is no longer that version: written, deleted or expired since";
    }
    if (Items.isExpired(stored, now.getEpochSecond())) {
      return "it has expired";
    }
    return "the stored item is version " + Items.version(stored);
  }

  private String describe(String partition, String key) {
    return partition + "/" + key + " in table " + name;
  }

  private static void checkSameItem(String partition, String key, KVPair previous) {
    if (!previous.partition().equals(partition) || !previous.key().equals(key)) {
      throw new IllegalArgumentException("the previous pair is " + previous.partition() + "/" + previous.key()
          + ", not " + partition + "/" + key);
    }
  }

  static void checkPartition(String partition) {
    checkKeyPart("partition", partition, ItemLayout.MAX_PARTITION_BYTES);
  }

  static void checkKey(String partition, String key) {
    checkPartition(partition);
    checkKeyPart("key", key, ItemLayout.MAX_KEY_BYTES);
  }

  private static void checkKeyPart(String what, String value, int maxBytes) {
    Objects.requireNonNull(value, what + " == null");
    if (value.isEmpty()) {
      throw new InvalidKeyException(what + " is empty: DynamoDB cannot store an empty key");
    }
    int bytes = ItemSizes.utf8Length(value);
    if (bytes > maxBytes) {
      throw new InvalidKeyException(what + " is " + bytes + " bytes in UTF-8; DynamoDB's limit is " + maxBytes);
    }
  }

  private static SdkBytes newWriteToken() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] token = new byte[16];
    random.nextBytes(token);
    return SdkBytes.fromByteArrayUnsafe(token);
  }

  @Override
  public String toString() {
    return "Table(" + name + ")";
  }
}
