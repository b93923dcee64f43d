package dev.dynastore.internal;

import dev.dynastore.BatchIncompleteException;
import dev.dynastore.OutcomeUnknownException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Batch reads and writes of one table: {@code BatchGetItem} in chunks of {@value #GET_CHUNK} keys,
 * {@code BatchWriteItem} in chunks of {@value #WRITE_CHUNK} items, the items DynamoDB leaves unprocessed sent again
 * after a jittered exponential back-off, up to {@value #ROUNDS_WITHOUT_PROGRESS} rounds in a row that process
 * nothing. Internal.
 */
final class ItemBatches {
  static final int GET_CHUNK = 100;
  static final int WRITE_CHUNK = 25;
  static final int ROUNDS_WITHOUT_PROGRESS = 8;
  private static final long FIRST_DELAY_MILLIS = 25;
  private static final long LONGEST_DELAY_MILLIS = 2_000;

  private final Session session;
  private final DynamoDbClient client;
  private final String table;
  /** The entity type whose repository sends these batches, for the hooks; null for the K/V API. */
  private final Class<?> entityType;

  ItemBatches(Session session, String table, Class<?> entityType) {
    this.session = session;
    this.client = session.client();
    this.table = table;
    this.entityType = entityType;
  }

  /** The stored items with these keys (distinct), expired ones included; absent ones are missing. */
  List<Map<String, AttributeValue>> getAll(List<Map<String, AttributeValue>> keys, boolean consistent) {
    List<Map<String, AttributeValue>> found = new ArrayList<>(keys.size());
    for (int start = 0; start < keys.size(); start += GET_CHUNK) {
      List<Map<String, AttributeValue>> pending = keys.subList(start, Math.min(keys.size(), start + GET_CHUNK));
      int idleRounds = 0;
      while (!pending.isEmpty()) {
        BatchGetItemRequest request = BatchGetItemRequest.builder()
            .requestItems(Map.of(table, KeysAndAttributes.builder().keys(pending).consistentRead(consistent).build()))
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .build();
        BatchGetItemResponse response;
        try {
          response = session.send("BatchGet", entityType, request, client::batchGetItem);
        } catch (SdkException e) {
          throw Failures.translate(e, "read " + keys.size() + " items in a batch", table);
        }
        found.addAll(response.responses().getOrDefault(table, List.of()));
        KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
        List<Map<String, AttributeValue>> left = unprocessed == null ? List.of() : unprocessed.keys();
        idleRounds = left.size() < pending.size() ? 0 : idleRounds + 1;
        pending = left;
        if (!pending.isEmpty()) {
          List<Map<String, AttributeValue>> unread = new ArrayList<>(pending);
          unread.addAll(keys.subList(Math.min(keys.size(), start + GET_CHUNK), keys.size()));
          backOff(idleRounds, "unread", unread);
        }
      }
    }
    return found;
  }

  /**
   * Sends the writes (puts and deletes of distinct keys), chunk after chunk; not atomic. As a single unconditional
   * write, a request the SDK sent again after an attempt that may have applied is not a plain success: between the
   * two, another client may have written an item the second overwrote or deleted.
   *
   * @throws OutcomeUnknownException after every item was written, if some were written by such a repeated request
   *     (it names them), or if the last request failed after it may have applied
   */
  void writeAll(List<WriteRequest> writes) {
    int written = 0;
    List<String> repeated = new ArrayList<>();
    for (int start = 0; start < writes.size(); start += WRITE_CHUNK) {
      List<WriteRequest> pending = writes.subList(start, Math.min(writes.size(), start + WRITE_CHUNK));
      int idleRounds = 0;
      while (!pending.isEmpty()) {
        AttemptLog attempts = new AttemptLog();
        BatchWriteItemRequest request = BatchWriteItemRequest.builder()
            .requestItems(Map.of(table, pending))
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .overrideConfiguration(attempts.configuration())
            .build();
        BatchWriteItemResponse response;
        try {
          response = session.send("BatchWrite", entityType, request, client::batchWriteItem);
        } catch (SdkException e) {
          if (attempts.allMayHaveApplied(e) > 0) {
            throw UnknownOutcomes.reported(session, "BatchWrite", entityType,
                new OutcomeUnknownException("a batch write of " + writes.size() + " items may or may not have"
                + " written the " + pending.size() + " items of its last request (" + written + " written before it;"
                + " its answer was lost: " + e.getMessage() + "). Read them: " + names(pending), e));
          }
          throw Failures.translate(e, "write " + writes.size() + " items in a batch (" + written + " written before"
              + " this request; a batch write is not atomic)", table);
        }
        if (attempts.earlierMayHaveApplied(null) > 0) {
          repeated.addAll(names(pending));
        }
        List<WriteRequest> left = response.unprocessedItems().getOrDefault(table, List.of());
        written += pending.size() - left.size();
        idleRounds = left.size() < pending.size() ? 0 : idleRounds + 1;
        pending = left;
        if (!pending.isEmpty()) {
          List<Map<String, AttributeValue>> unwritten = new ArrayList<>();
          for (WriteRequest write : pending) {
            unwritten.add(keyOf(write));
          }
          for (WriteRequest write : writes.subList(Math.min(writes.size(), start + WRITE_CHUNK), writes.size())) {
            unwritten.add(keyOf(write));
          }
          backOff(idleRounds, "unwritten", unwritten);
        }
      }
    }
    if (!repeated.isEmpty()) {
      throw UnknownOutcomes.reported(session, "BatchWrite", entityType,
          new OutcomeUnknownException("the batch wrote every item, but the SDK sent " + repeated.size() + " of them"
          + " again after an attempt whose answer was lost and which may have applied: another client's write to"
          + " them in between may have been overwritten or deleted. Read them: " + repeated, null));
    }
  }

  private static List<String> names(List<WriteRequest> writes) {
    List<String> names = new ArrayList<>(writes.size());
    for (WriteRequest write : writes) {
      Map<String, AttributeValue> key = keyOf(write);
      names.add(key.get(ItemLayout.PARTITION).s() + "/" + key.get(ItemLayout.KEY).s());
    }
    return names;
  }

  /** Waits before sending the unprocessed items again, or gives up after too many rounds without progress. */
  private void backOff(int idleRounds, String state, List<Map<String, AttributeValue>> left) {
    if (idleRounds >= ROUNDS_WITHOUT_PROGRESS) {
      throw incomplete(state, left, ROUNDS_WITHOUT_PROGRESS + " rounds in a row that processed nothing", null);
    }
    long ceiling = Math.min(LONGEST_DELAY_MILLIS, FIRST_DELAY_MILLIS << Math.min(idleRounds, 20));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1)); // jitter: spread the retries
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw incomplete(state, left, "an interrupt", e);
    }
  }

  private BatchIncompleteException incomplete(String state, List<Map<String, AttributeValue>> left, String after,
      InterruptedException cause) {
    List<String> names = new ArrayList<>(left.size());
    for (Map<String, AttributeValue> key : left) {
      names.add(key.get(ItemLayout.PARTITION).s() + "/" + key.get(ItemLayout.KEY).s());
    }
    return new BatchIncompleteException(left.size() + " items of table " + table + " are still " + state + " after "
        + after + " (DynamoDB left them unprocessed: throttling or capacity): " + names, names, cause);
  }

  private static Map<String, AttributeValue> keyOf(WriteRequest write) {
    if (write.deleteRequest() != null) {
      return write.deleteRequest().key();
    }
    Map<String, AttributeValue> item = write.putRequest().item();
    return Map.of(ItemLayout.PARTITION, item.get(ItemLayout.PARTITION), ItemLayout.KEY, item.get(ItemLayout.KEY));
  }
}
