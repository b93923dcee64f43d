package dev.dynastore.internal;

import dev.dynastore.IndexNotSupportedException;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.UnreadableItemException;
import dev.dynastore.kv.Index;
import dev.dynastore.kv.KVPage;
import dev.dynastore.kv.KVPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The reads of one table: items by key, and pages of a listing. Expired items are absent to all of them. */
final class ItemReader {
  private final Session session;
  private final DynamoDbClient client;
  private final String table;

  ItemReader(Session session, String table) {
    this.session = session;
    this.client = session.client();
    this.table = table;
  }

  /** The live item, or null when it is absent or expired. */
  KVPair get(String partition, String key, boolean consistent) {
    GetItemRequest request = GetItemRequest.builder()
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
    session.requestBuilt(operation, request);
    GetItemResponse response;
    try {
      response = client.getItem(request);
    } catch (SdkException e) {
      throw Failures.translate(e, what + " in table " + table, table);
    }
    return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
  }

  /**
   * Lists one page. {@code partition} is the key value of the listing: the table partition's name (S), or, through
   * a global index, the value of the index's partition attribute, of its type. A non-null {@code idFilter} keeps
   * only the items of that table partition.
   */
  KVPage listPage(AttributeValue partition, String prefix, ReadSpec spec, String idFilter) {
    Objects.requireNonNull(prefix, "prefix == null: pass \"\" to list the whole partition");
    Index index = spec.index();
    if (index != null && index.isGlobal() && spec.consistent()) {
      throw new IndexNotSupportedException("consistent reads are not possible on " + index
          + ": DynamoDB updates global indexes asynchronously");
    }
    if (ItemSizes.utf8Length(prefix) > ItemLayout.MAX_KEY_BYTES) {
      throw new InvalidKeyException("prefix is longer than " + ItemLayout.MAX_KEY_BYTES + " bytes");
    }
    PageTokens.Listing listing = new PageTokens.Listing(table, partition, index, prefix, spec.reverse());
    Map<String, AttributeValue> startKey = spec.startKey() == null ? null
        : session.pageTokens().decode(listing, spec.startKey());
    Instant now = session.clock().instant();

    Expression expression = new Expression();
    String keyCondition;
    if (index == null || !index.isGlobal()) {
      keyCondition = expression.reserved(ItemLayout.PARTITION) + " = " + expression.value(partition);
    } else {
      keyCondition = expression.field(index.partitionAttribute()) + " = " + expression.value(partition);
    }
    if (!prefix.isEmpty()) {
      String sortName = index == null ? expression.reserved(ItemLayout.KEY) : expression.field(index.sortAttribute());
      keyCondition += " AND begins_with(" + sortName + ", " + expression.value(AttributeValue.createS(prefix)) + ")";
    }
    QueryRequest request = QueryRequest.builder()
        .tableName(table)
        .indexName(index == null ? null : index.name())
        .keyConditionExpression(keyCondition)
        .filterExpression(filter(expression, now, idFilter))
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .limit(spec.limit())
        .scanIndexForward(!spec.reverse())
        .consistentRead(spec.consistent())
        .exclusiveStartKey(startKey)
        .build();
    session.requestBuilt("ListPage", request);
    QueryResponse response;
    try {
      response = client.query(request);
    } catch (SdkException e) {
      if (index != null && Failures.isMissingIndex(e)) {
        throw new IndexNotSupportedException("table " + table + " has no " + index + ": create it with your"
            + " infrastructure code (a local index only when the table is created)", e);
      }
      throw Failures.translate(e, "list " + (index == null ? "" : index + " of ") + "partition "
          + PageTokens.text(partition), table);
    }
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
    return new KVPage(items, lastKey, unreadable);
  }

  private static String filter(Expression expression, Instant now, String idFilter) {
    String notExpired = expression.notExpired(now);
    if (idFilter == null) {
      return notExpired;
    }
    return notExpired + " AND " + expression.reserved(ItemLayout.PARTITION) + " = "
        + expression.value(AttributeValue.createS(idFilter));
  }
}
