package dev.dynastore.internal;

import dev.dynastore.IndexNotSupportedException;
import dev.dynastore.UnreadableItemException;
import dev.dynastore.kv.Index;
import dev.dynastore.kv.KVPage;
import dev.dynastore.kv.KVPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** The reads of one table: items by key, and pages of a listing. Expired items are absent to all of them. */
final class ItemReader {
  private final Session session;
  private final DynamoDbClient client;
  private final String table;
  /** The entity type whose repository reads through this reader, for the hooks; null for the K/V API. */
  private final Class<?> entityType;

  ItemReader(Session session, String table, Class<?> entityType) {
    this.session = session;
    this.client = session.client();
    this.table = table;
    this.entityType = entityType;
  }

  /** The live item, or null when it is absent or expired. */
  KVPair get(String partition, String key, boolean consistent) {
    GetItemRequest request = GetItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(table)
        .key(Items.key(partition, key))
        .consistentRead(consistent)
        .build();
    Map<String, AttributeValue> item = getItem("Get", request, "get " + partition + "/" + key);
    return item == null || Items.isExpired(item, session.clock().instant()) ? null
        : Items.decode(item);
  }

  /** Whether a live item is stored: reads only the key and the expiry. */
  boolean exists(String partition, String key, boolean consistent) {
    Expression expression = new Expression();
    GetItemRequest request = GetItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(table)
        .key(Items.key(partition, key))
        .consistentRead(consistent)
        .projectionExpression(expression.reserved(ItemLayout.PARTITION) + ", "
            + expression.reserved(ItemLayout.EXPIRES))
        .expressionAttributeNames(expression.names())
        .build();
    Map<String, AttributeValue> item = getItem("Exists", request, "check " + partition + "/" + key);
    return item != null && !Items.isExpired(item, session.clock().instant());
  }

  private Map<String, AttributeValue> getItem(String operation, GetItemRequest request, String what) {
    GetItemResponse response;
    try {
      response = session.send(operation, entityType, request, client::getItem);
    } catch (SdkException e) {
      throw Failures.translate(e, what + " in table " + table, table);
    }
    return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
  }

  /** One page of a listing: one {@code Query}. */
  KVPage listPage(KeyQuery query, ReadSpec spec) {
    Index index = query.index();
    checkConsistency(index, spec.consistent());
    PageTokens.Listing listing = new PageTokens.Listing(table, query, spec.reverse());
    Map<String, AttributeValue> startKey = spec.startKey() == null ? null
        : session.pageTokens().decode(listing, spec.startKey());
    QueryResponse response = read(query, startKey, spec.limit(), spec.reverse(), spec.consistent());
    List<Map<String, AttributeValue>> read = response.items();
    List<KVPair> items = new ArrayList<>(read.size());
    List<UnreadableItemException> unreadable = List.of();
    for (Map<String, AttributeValue> item : read) {
      try {
        items.add(Items.decode(item));
      } catch (UnreadableItemException e) {
        unreadable = unreadable.isEmpty() ? new ArrayList<>() : unreadable;
        unreadable.add(e); // one bad item must not stop the listing: the page reports it
      }
    }
    String lastKey = null;
    if (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()) {
      // continue after the last item returned, not after the last one read: that one may have been filtered
      // out (expired, or another partition's item in a global index), and its key is not the caller's to see
      lastKey = session.pageTokens().encode(listing,
          read.isEmpty() ? response.lastEvaluatedKey() : read.get(read.size() - 1));
    }
    return new KVPage(items, lastKey, unreadable, response.scannedCount() == null ? read.size() : response.scannedCount(),
        readUnits(response.consumedCapacity()));
  }

  /**
   * One {@code Query} of a listing, from after {@code startKey} (null: from its start), reading at most {@code limit}
   * items (null: as many as DynamoDB returns in one answer); expired items are filtered out.
   */
  QueryResponse read(KeyQuery query, Map<String, AttributeValue> startKey, Integer limit, boolean reverse,
      boolean consistent) {
    Index index = query.index();
    Expression expression = new Expression();
    QueryRequest request = QueryRequest.builder()
        .tableName(table)
        .indexName(index == null ? null : index.name())
        .keyConditionExpression(query.keyCondition(expression))
        .filterExpression(filter(expression, session.clock().instant(), query))
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .limit(limit)
        .scanIndexForward(!reverse)
        .consistentRead(consistent)
        .exclusiveStartKey(startKey)
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .build();
    return query("ListPage", request, query);
  }

  /**
   * How many live items a listing holds: {@code Select.COUNT} queries, page after page, which read no values.
   * DynamoDB counts after the filter, so expired items (and a global index's other partitions) are not counted.
   */
  long count(KeyQuery query, boolean consistent) {
    checkConsistency(query.index(), consistent);
    long count = 0;
    Map<String, AttributeValue> startKey = null;
    do {
      Expression expression = new Expression();
      QueryRequest request = QueryRequest.builder()
          .tableName(table)
          .indexName(query.index() == null ? null : query.index().name())
          .keyConditionExpression(query.keyCondition(expression))
          .filterExpression(filter(expression, session.clock().instant(), query))
          .expressionAttributeNames(expression.names())
          .expressionAttributeValues(expression.valuesOrNull())
          .select(Select.COUNT)
          .consistentRead(consistent)
          .exclusiveStartKey(startKey)
          .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
          .build();
      QueryResponse response = query("Count", request, query);
      count += response.count();
      startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
          ? response.lastEvaluatedKey() : null;
    } while (startKey != null);
    return count;
  }

  private QueryResponse query(String operation, QueryRequest request, KeyQuery query) {
    try {
      return session.send(operation, entityType, request, client::query);
    } catch (SdkException e) {
      Index index = query.index();
      if (index != null && Failures.isMissingIndex(e)) {
        throw new IndexNotSupportedException("table " + table + " has no " + index + ": create it with your"
            + " infrastructure code (a local index only when the table is created)", e);
      }
      throw Failures.translate(e, "list " + (index == null ? "" : index + " of ") + "partition "
          + PageTokens.text(query.partition()), table);
    }
  }

  private static void checkConsistency(Index index, boolean consistent) {
    if (index != null && index.isGlobal() && consistent) {
      throw new IndexNotSupportedException("consistent reads are not possible on " + index
          + ": DynamoDB updates global indexes asynchronously");
    }
  }

  static double readUnits(ConsumedCapacity consumed) {
    return consumed == null || consumed.capacityUnits() == null ? 0 : consumed.capacityUnits();
  }

  /** Live items only; through a global index, only those of the listing's table partition (any of its shards). */
  private static String filter(Expression expression, Instant now, KeyQuery query) {
    String notExpired = expression.notExpired(now);
    if (query.idFilter() == null) {
      return notExpired;
    }
    String id = expression.reserved(ItemLayout.PARTITION);
    List<String> partitions = query.idFilterPartitions();
    if (partitions.size() == 1) {
      return notExpired + " AND " + id + " = " + expression.value(AttributeValue.createS(partitions.get(0)));
    }
    StringBuilder in = new StringBuilder(notExpired).append(" AND ").append(id).append(" IN (");
    for (int i = 0; i < partitions.size(); i++) {
      in.append(i == 0 ? "" : ", ").append(expression.value(AttributeValue.createS(partitions.get(i))));
    }
    return in.append(')').toString();
  }
}
