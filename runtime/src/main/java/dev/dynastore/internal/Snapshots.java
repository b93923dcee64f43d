package dev.dynastore.internal;

import dev.dynastore.EntityKey;
import dev.dynastore.Snapshot;
import dev.dynastore.ThrottledException;
import dev.dynastore.Transaction;
import dev.dynastore.TransactionConflictException;
import dev.dynastore.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Reads entities together with one {@code TransactGetItems}. Internal. */
public final class Snapshots {
  private Snapshots() {}

  /** See {@link dev.dynastore.Dynastore#snapshot}. */
  public static Snapshot read(Session session, EntityKey<?>... keys) {
    Set<StoredKey<?>> distinct = new LinkedHashSet<>();
    for (EntityKey<?> key : keys) {
      Objects.requireNonNull(key, "a key is null");
      if (!(key instanceof StoredKey<?> stored)) {
        throw new IllegalArgumentException("a snapshot reads keys from the generated repositories' key(...), not a "
            + key.getClass().getName());
      }
      if (stored.store().session() != session) {
        throw new IllegalArgumentException(key + " belongs to another Dynastore session");
      }
      distinct.add(stored);
    }
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException("a snapshot needs at least one key");
    }
    if (distinct.size() > Transaction.MAX_ACTIONS) {
      throw new IllegalArgumentException("a snapshot of " + distinct.size() + " keys: DynamoDB reads "
          + Transaction.MAX_ACTIONS + " at most together");
    }
    List<StoredKey<?>> ordered = new ArrayList<>(distinct);
    List<TransactGetItem> items = new ArrayList<>(ordered.size());
    for (StoredKey<?> key : ordered) {
      items.add(TransactGetItem.builder().get(get -> get.tableName(key.table())
          .key(Items.key(key.partition(), key.key()))).build());
    }
    TransactGetItemsRequest request = TransactGetItemsRequest.builder().transactItems(items)
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
    TransactGetItemsResponse response;
    try {
      response = session.send("Snapshot", request, session.client()::transactGetItems);
    } catch (TransactionCanceledException cancelled) {
      throw cancelled(cancelled);
    } catch (SdkException e) {
      throw Failures.translate(e, "read " + ordered.size() + " items together", ordered.get(0).table());
    }
    Instant now = session.clock().instant();
    Map<EntityKey<?>, Versioned<?>> found = new HashMap<>();
    List<ItemResponse> responses = response.responses();
    for (int i = 0; i < ordered.size(); i++) {
      Map<String, AttributeValue> item =
          i < responses.size() && responses.get(i).hasItem() ? responses.get(i).item() : null;
      Versioned<?> entity = entry(ordered.get(i), item, now);
      if (entity != null) {
        found.put(ordered.get(i), entity);
      }
    }
    return new Snapshot(distinct, found);
  }

  /** Why DynamoDB cancelled a snapshot: throttling, a refusal it names, or a transaction writing an item. */
  private static RuntimeException cancelled(TransactionCanceledException cancelled) {
    List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons()
        : List.of();
    for (CancellationReason reason : reasons) {
      String code = reason.code() == null ? "None" : reason.code();
      if (Failures.isThrottlingReason(code)) {
        return new ThrottledException("the snapshot was cancelled: DynamoDB throttled one of its items. Back off"
            + " and read it again", cancelled);
      }
      if (!code.equals("None") && !code.equals("TransactionConflict")) {
        return new IllegalArgumentException("DynamoDB refused the snapshot: " + code + ": " + reason.message()
            + " (a snapshot reads 4 MB at most)", cancelled);
      }
    }
    return new TransactionConflictException("the snapshot was cancelled: a transaction was changing one of its"
        + " items; read it again", cancelled);
  }

  private static <T> Versioned<T> entry(StoredKey<T> key,
      Map<String, AttributeValue> item, Instant now) {
    return key.store().snapshotEntry(item, now);
  }
}
