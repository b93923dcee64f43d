package dev.dynastore.internal;

import dev.dynastore.FencedOutException;
import dev.dynastore.ItemTooLargeException;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.KeyNotFoundException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.UnreadableItemException;
import dev.dynastore.kv.KVPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The writes of one table and their retry contract: each write is one request in the common case, and reports
 * success only when it is known to have applied exactly once, a conflict only when it is known not to have
 * applied, and {@link OutcomeUnknownException} otherwise.
 *
 * <p>How it knows: every write stores a fresh random write token, and {@link AttemptLog} says how many attempts of
 * a request may have applied it (DynamoDB answered 5xx, or the answer was lost after sending). With none, the
 * final answer is the truth. Otherwise the stored item tells what it can: it carries this write's token (some
 * attempt applied it) or not. A compare-and-swap or versioned delete applies at most once whatever the retries,
 * because the token its condition checks never comes back once replaced; so finding its token proves success, and
 * a condition that passed on a retry too. A create, a put or an unconditional delete can apply once per attempt
 * (another client may delete or write in between): it is a success only if at most one attempt may have applied
 * it. When a write fails outright after a possibly applied attempt, one consistent read settles it where the item
 * shows it.
 *
 * <p>Throttling is DynamoDB's word that a request was denied, and is taken at that word. Still, when a conditional
 * write's retry fails and the failure returns the stored item carrying this write's token, that proves an earlier
 * attempt applied whatever its answer said, and the write reports what it did, not a conflict with itself.
 */
final class ItemWriter {
  private static final int PUT_ROUNDS = 5;
  /** The request-hook name of each operation's request; its read that settles an outcome adds {@code .Check}. */
  private static final Map<String, String> REQUESTS = Map.of("create", "AtomicPut", "update", "AtomicPut", "put",
      "Put", "delete", "Delete", "atomicDelete", "AtomicDelete");

  private final Session session;
  private final DynamoDbClient client;
  private final String table;
  /** The entity type whose repository writes through this writer, for the hooks; null for the K/V API. */
  private final Class<?> entityType;

  ItemWriter(Session session, String table, Class<?> entityType) {
    this.session = session;
    this.client = session.client();
    this.table = table;
    this.entityType = entityType;
  }

  // ------------------------------------------------------------------------------------------------- create

  /** Creates the item if its key is absent or expired, replacing an expired item whole. */
  KVPair create(String partition, String key, WriteSpec spec) {
    Instant now = session.clock().instant();
    SdkBytes token = WriteTokens.next();
    AttemptLog attempts = new AttemptLog();
    PutItemRequest request = replaceAbsentOrExpired(partition, key, spec, now, token, attempts);
    KVPair written = created(partition, key, spec, now, token);
    try {
      session.send("AtomicPut", entityType, request, client::putItem);
    } catch (ConditionalCheckFailedException failed) {
      int earlier = attempts.earlierMayHaveApplied(failed);
      if (earlier == 0 && isMine(returnedItem(failed), token)) {
        // an attempt taken as not applied (throttled) did apply after all: its token is the proof
        Integer attemptsMade = failed.numAttempts();
        if (attemptsMade != null && attemptsMade == 2) {
          return written;
        }
        throw unknown("create", partition, key, "an attempt answered as throttled created it, and other attempts may"
            + " have created it too (another client may have deleted it in between)", failed, written);
      }
      if (earlier == 0) {
        rejectIfFencedOut(spec.fence(), failed, 0, "create", partition, key);
        throw new KeyExistsException("cannot create " + describe(partition, key) + ": it exists and has not expired",
            failed);
      }
      Map<String, AttributeValue> stored = storedToSettle(failed, "create", partition, key, written);
      if (isMine(stored, token) && earlier == 1) {
        return written;
      }
      throw unknown("create", partition, key, isMine(stored, token)
          ? "attempts whose answers were lost may have created it more than once (another client may have deleted"
              + " it in between)"
          : "an attempt whose answer was lost may have created it, and another client may have written since",
          failed, written);
    } catch (SdkException e) {
      return settle(attempts, e, "create", partition, key, written, false);
    }
    if (attempts.earlierMayHaveApplied(null) > 0) {
      throw unknown("create", partition, key, "it is now stored as this create wrote it, but an attempt whose"
          + " answer was lost may have created it before, and another client may have deleted that in between:"
          + " the create may have been applied twice", null, written);
    }
    return written;
  }

  // -------------------------------------------------------------------------------------- compare-and-swap

  /** Replaces the item if it is still {@code previous}: same version and write, not expired. */
  KVPair compareAndSwap(String partition, String key, KVPair previous, WriteSpec spec) {
    if (previous.version() == Long.MAX_VALUE) {
      throw new UnreadableItemException("cannot update " + describe(partition, key) + ": it is at version "
          + Long.MAX_VALUE + ", the largest a version can be; delete it and create it again");
    }
    Instant now = session.clock().instant();
    SdkBytes token = WriteTokens.next();
    long version = previous.version() + 1;
    Expression expression = new Expression();
    Expression.Update update = assignments(expression, spec, now, token)
        .set(expression.reserved(ItemLayout.VERSION), expression.value(Expression.number(version)));
    AttemptLog attempts = new AttemptLog();
    UpdateItemRequest request = UpdateItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(table)
        .key(Items.key(partition, key))
        .updateExpression(update.build())
        .conditionExpression(expression.fenced(expression.isStill(previous, now), spec.fence()))
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .overrideConfiguration(attempts.configuration())
        .build();
    KVPair written = swapped(previous, spec, now, token, version);
    checkSize(partition, key, sizeOf(written));
    try {
      session.send("AtomicPut", entityType, request, client::updateItem);
    } catch (ConditionalCheckFailedException failed) {
      if (isMine(returnedItem(failed), token)) {
        return written; // an earlier attempt applied, even one answered as throttled; its condition allows one
      }
      if (attempts.earlierMayHaveApplied(failed) == 0) {
        Map<String, AttributeValue> stored = rejectIfFencedOut(spec.fence(), failed, 0, "update", partition, key);
        throw new KeyModifiedException("cannot update " + describe(partition, key) + " from version "
            + previous.version() + ": " + whyChanged(stored != null ? stored : returnedItem(failed), now), failed);
      }
      if (isMine(storedToSettle(failed, "update", partition, key, written), token)) {
        return written; // its condition lets it apply once at most
      }
      throw unknown("update", partition, key, "an attempt whose answer was lost may have applied, and another"
          + " client may have written since", failed, written);
    } catch (SdkException e) {
      return settle(attempts, e, "update", partition, key, written, true);
    }
    return written;
  }

  // ---------------------------------------------------------------------------------------------------- put

  /**
   * Writes the item whatever is stored: one {@code UpdateItem} that bumps the version of a live item (or creates
   * an absent one at version 1); over an expired item, which counts as absent, a second request replaces it whole
   * at version 1.
   */
  KVPair put(String partition, String key, WriteSpec spec) {
    PutAttempts tally = new PutAttempts();
    for (int round = 1; ; round++) {
      KVPair updated = putOverLiveOrAbsent(partition, key, spec, tally);
      if (updated != null) {
        return updated;
      }
      KVPair replaced = putOverExpired(partition, key, spec, tally);
      if (replaced != null) {
        return replaced;
      }
      if (round == PUT_ROUNDS) {
        throw new KeyModifiedException("cannot put " + describe(partition, key) + ": other writers kept changing"
            + " it between live and expired through " + PUT_ROUNDS + " rounds", null);
      }
    }
  }

  /** How many attempts of one put, across its requests, may have applied it. */
  private static final class PutAttempts {
    int mayHaveApplied;
  }

  /** The put's update of a live or absent item; null when the item is expired. */
  private KVPair putOverLiveOrAbsent(String partition, String key, WriteSpec spec, PutAttempts tally) {
    Instant now = session.clock().instant();
    SdkBytes token = WriteTokens.next();
    Expression expression = new Expression();
    String version = expression.reserved(ItemLayout.VERSION);
    Expression.Update update = assignments(expression, spec, now, token).set(version, "if_not_exists(" + version
        + ", " + expression.value(Expression.number(0)) + ") + " + expression.value(Expression.number(1)));
    checkSize(partition, key, sizeOf(created(partition, key, spec, now, token))); // at least: fields it keeps add
    String condition = expression.fenced("(attribute_not_exists(" + expression.reserved(ItemLayout.PARTITION)
        + ") OR " + expression.notExpired(now) + ") AND " + expression.versionCanGrow(), spec.fence());
    AttemptLog attempts = new AttemptLog();
    UpdateItemRequest request = UpdateItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(table)
        .key(Items.key(partition, key))
        .updateExpression(update.build())
        .conditionExpression(condition)
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValues(ReturnValue.ALL_NEW)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .overrideConfiguration(attempts.configuration())
        .build();
    UpdateItemResponse response;
    try {
      response = session.send("Put", entityType, request, client::updateItem);
    } catch (ConditionalCheckFailedException failed) {
      int earlier = attempts.earlierMayHaveApplied(failed);
      tally.mayHaveApplied += earlier;
      if (earlier > 0) {
        Map<String, AttributeValue> stored = storedToSettle(failed, "put", partition, key, null);
        if (isMine(stored, token)) {
          return appliedOnce(tally, stored, partition, key, failed);
        }
        rejectIfFencedOut(spec.fence(), stored, tally.mayHaveApplied, failed, "put", partition, key);
      } else {
        rejectIfFencedOut(spec.fence(), failed, tally.mayHaveApplied, "put", partition, key);
      }
      return null;
    } catch (SdkException e) {
      return settlePut(tally, attempts, e, partition, key, token, null);
    }
    tally.mayHaveApplied += attempts.earlierMayHaveApplied(null) + 1;
    return appliedOnce(tally, response.attributes(), partition, key, null);
  }

  /** The put's replacement of an expired item; null when a live item is stored again. */
  private KVPair putOverExpired(String partition, String key, WriteSpec spec, PutAttempts tally) {
    Instant now = session.clock().instant();
    SdkBytes token = WriteTokens.next();
    AttemptLog attempts = new AttemptLog();
    PutItemRequest request = replaceAbsentOrExpired(partition, key, spec, now, token, attempts);
    KVPair written = created(partition, key, spec, now, token);
    try {
      session.send("Put", entityType, request, client::putItem);
    } catch (ConditionalCheckFailedException failed) {
      int earlier = attempts.earlierMayHaveApplied(failed);
      tally.mayHaveApplied += earlier;
      Map<String, AttributeValue> stored;
      if (earlier > 0) {
        stored = storedToSettle(failed, "put", partition, key, written);
      } else {
        stored = returnedItem(failed);
        if (stored == null) {
          stored = readOrNull("put", partition, key);
        }
      }
      if (isMine(stored, token)) {
        return appliedOnce(tally, stored, partition, key, failed);
      }
      rejectIfFencedOut(spec.fence(), stored, tally.mayHaveApplied, failed, "put", partition, key);
      // a live item whose version cannot grow (or cannot be read) would send the put round for ever: say so
      if (stored != null && !Items.isExpired(stored, now) && Items.version(stored) == Long.MAX_VALUE) {
        throw new UnreadableItemException("cannot put " + describe(partition, key) + ": it is at version "
            + Long.MAX_VALUE + ", the largest a version can be; delete it and put it again", failed);
      }
      return null;
    } catch (SdkException e) {
      return settlePut(tally, attempts, e, partition, key, token, written);
    }
    tally.mayHaveApplied += attempts.earlierMayHaveApplied(null) + 1;
    return appliedOnce(tally, Items.toItem(written), partition, key, null);
  }

  /** A put's request failed outright: as {@link #settle}, counting the attempts of all the put's requests. */
  private KVPair settlePut(PutAttempts tally, AttemptLog attempts, SdkException e, String partition, String key,
      SdkBytes token, KVPair written) {
    tally.mayHaveApplied += attempts.allMayHaveApplied(e);
    if (tally.mayHaveApplied == 0) {
      throw Failures.translate(e, "put " + describe(partition, key), table);
    }
    Map<String, AttributeValue> stored = readToSettle(e, "put", partition, key, written);
    if (isMine(stored, token)) {
      return appliedOnce(tally, stored, partition, key, e);
    }
    throw unknown("put", partition, key, "an attempt whose answer was lost may have applied", e, written);
  }

  /** The put applied, as {@code stored} shows; a success only if no other attempt of it may have applied too. */
  private KVPair appliedOnce(PutAttempts tally, Map<String, AttributeValue> stored, String partition, String key,
      Throwable cause) {
    KVPair written;
    try {
      written = Items.decode(stored);
    } catch (UnreadableItemException e) {
      throw new UnreadableItemException("the put of " + describe(partition, key) + " was applied, but " + e.getMessage(),
          e);
    }
    if (tally.mayHaveApplied > 1) {
      throw unknown("put", partition, key, "it is now stored as this put wrote it, but an earlier attempt whose"
          + " answer was lost may have applied it too, overwriting what another client wrote in between", cause,
          written);
    }
    return written;
  }

  // ------------------------------------------------------------------------------------------------- deletes

  /**
   * Deletes whatever is stored; deleting an absent key is not an error. With a fence, only while the item carries no
   * newer fencing token of the fence's lock.
   */
  void delete(String partition, String key, Fence fence) {
    AttemptLog attempts = new AttemptLog();
    DeleteItemRequest.Builder builder = DeleteItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(table)
        .key(Items.key(partition, key))
        .overrideConfiguration(attempts.configuration());
    if (fence != null) {
      Expression expression = new Expression();
      builder.conditionExpression(expression.fenceAllows(fence))
          .expressionAttributeNames(expression.names())
          .expressionAttributeValues(expression.valuesOrNull())
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }
    DeleteItemRequest request = builder.build();
    try {
      session.send("Delete", entityType, request, client::deleteItem);
    } catch (ConditionalCheckFailedException fencedOut) {
      // only a fence makes this delete conditional; an attempt that deleted would leave nothing to fail on
      int earlier = attempts.earlierMayHaveApplied(fencedOut);
      rejectIfFencedOut(fence, fencedOut, earlier, "delete", partition, key);
      throw unknown("delete", partition, key, "its fence's condition failed, but the item read since shows nothing"
          + " that refuses it", fencedOut, null);
    } catch (SdkException e) {
      int mayHaveApplied = attempts.allMayHaveApplied(e);
      if (mayHaveApplied == 0) {
        throw Failures.translate(e, "delete " + describe(partition, key), table);
      }
      if (readToSettle(e, "delete", partition, key, null) != null) {
        throw unknown("delete", partition, key, "an attempt whose answer was lost may have deleted it, and it is"
            + " stored again", e, null);
      }
      if (mayHaveApplied > 1) {
        throw unknown("delete", partition, key, "it is deleted, but attempts whose answers were lost may have"
            + " deleted more than once, removing what another client wrote in between", e, null);
      }
      return;
    }
    if (attempts.earlierMayHaveApplied(null) > 0) {
      throw unknown("delete", partition, key, "it is deleted, but an earlier attempt whose answer was lost may have"
          + " deleted too, removing what another client wrote in between", null, null);
    }
  }

  /**
   * Deletes the item only if it is still {@code previous} and not expired (and, with a fence, carries no newer
   * fencing token of its lock).
   */
  void atomicDelete(String partition, String key, KVPair previous, Fence fence) {
    Instant now = session.clock().instant();
    Expression expression = new Expression();
    AttemptLog attempts = new AttemptLog();
    DeleteItemRequest request = DeleteItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(table)
        .key(Items.key(partition, key))
        .conditionExpression(expression.fenced(expression.isStill(previous, now), fence))
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .overrideConfiguration(attempts.configuration())
        .build();
    try {
      session.send("AtomicDelete", entityType, request, client::deleteItem);
    } catch (ConditionalCheckFailedException failed) {
      boolean ambiguous = attempts.earlierMayHaveApplied(failed) > 0;
      String what = "cannot delete " + describe(partition, key) + " at version " + previous.version() + ": ";
      Map<String, AttributeValue> stored = returnedItem(failed);
      if (stored == null) {
        try {
          stored = readConsistently("AtomicDelete.Check", partition, key);
        } catch (SdkException readFailed) {
          failed.addSuppressed(readFailed);
          if (ambiguous) {
            throw unknown("atomicDelete", partition, key, "an attempt whose answer was lost may have deleted it, and"
                + " the item could not be read to tell", failed, null);
          }
          throw new KeyModifiedException(what + "it was written, deleted or expired since (the item could not be"
              + " read to say which)", failed);
        }
      }
      rejectIfFencedOut(fence, stored, ambiguous ? 1 : 0, failed, "atomicDelete", partition, key);
      if (stored != null && isSame(stored, previous) && Items.isExpired(stored, now)) {
        throw new KeyNotFoundException(what + "it has expired", failed); // so no attempt of this delete applied
      }
      if (ambiguous) {
        throw unknown("atomicDelete", partition, key, "an attempt whose answer was lost may have deleted it"
            + (stored == null ? "" : ", and it was written again since"), failed, null);
      }
      if (stored == null) {
        throw new KeyNotFoundException(what + "no item is stored", failed);
      }
      if (Items.isExpired(stored, now)) {
        throw new KeyNotFoundException(what + "it has expired", failed);
      }
      throw new KeyModifiedException(what + whyChanged(stored, now), failed);
    } catch (SdkException e) {
      if (attempts.allMayHaveApplied(e) == 0) {
        throw Failures.translate(e, "delete " + describe(partition, key), table);
      }
      Map<String, AttributeValue> stored = readToSettle(e, "atomicDelete", partition, key, null);
      if (stored != null && isSame(stored, previous)) {
        throw Failures.translate(e, "delete " + describe(partition, key), table); // still there: not applied
      }
      throw unknown("atomicDelete", partition, key, "an attempt whose answer was lost may have deleted it", e, null);
    }
  }

  // ------------------------------------------------------------------------------------------- the contract

  /**
   * A write failed outright (not on its condition). If no attempt can have applied it, the failure as a Dynastore
   * exception; otherwise one consistent read decides: this write's token is stored and it applied once
   * ({@code appliesOnce}: its condition allows no more, or only one attempt may have applied), or unknown.
   */
  private KVPair settle(AttemptLog attempts, SdkException e, String operation, String partition, String key,
      KVPair written, boolean appliesOnce) {
    int mayHaveApplied = attempts.allMayHaveApplied(e);
    if (mayHaveApplied == 0) {
      throw Failures.translate(e, operation + " " + describe(partition, key), table);
    }
    boolean mine = isMine(readToSettle(e, operation, partition, key, written), written.writeToken());
    if (mine && (appliesOnce || mayHaveApplied == 1)) {
      return written;
    }
    throw unknown(operation, partition, key, mine ? "attempts whose answers were lost may have applied it more"
        + " than once" : "an attempt whose answer was lost may have applied", e, written);
  }

  /**
   * For a fenced write whose condition failed: throws {@link FencedOutException} when the stored item (returned
   * with the failure, or read) refuses the fence ({@link Fence#refusalBy}), or, when {@code mayHaveApplied}
   * attempts may have applied the write before the item changed so, an unknown outcome. Returns the stored item
   * it looked at (null when there is no fence, no item, or it could not be read).
   */
  private Map<String, AttributeValue> rejectIfFencedOut(Fence fence, ConditionalCheckFailedException failed,
      int mayHaveApplied, String operation, String partition, String key) {
    if (fence == null) {
      return null;
    }
    Map<String, AttributeValue> stored = returnedItem(failed);
    if (stored == null) {
      stored = readOrNull(operation, partition, key);
    }
    rejectIfFencedOut(fence, stored, mayHaveApplied, failed, operation, partition, key);
    return stored;
  }

  private void rejectIfFencedOut(Fence fence, Map<String, AttributeValue> stored, int mayHaveApplied,
      Throwable cause, String operation, String partition, String key) {
    Fence.Refusal refusal = fence == null ? null : fence.refusalBy(stored);
    if (refusal == null) {
      return;
    }
    if (mayHaveApplied > 0) {
      throw unknown(operation, partition, key, "an attempt whose answer was lost may have applied before the item"
          + " changed to what refuses it now: " + refusal.reason(), cause, null);
    }
    throw new FencedOutException("cannot " + verb(operation) + " " + describe(partition, key) + " fenced by "
        + fence.describeLock() + " (fencing token " + fence.token() + "): " + refusal.reason()
        + ". Nothing was written", cause, fence.token(), refusal.storedLock(), refusal.storedToken());
  }

  /** The stored item (null when absent) to settle an outcome, or unknown if it cannot be read. */
  private Map<String, AttributeValue> readToSettle(SdkException e, String operation, String partition, String key,
      KVPair written) {
    try {
      return readConsistently(REQUESTS.get(operation) + ".Check", partition, key);
    } catch (SdkException readFailed) {
      e.addSuppressed(readFailed);
      throw unknown(operation, partition, key, "an attempt whose answer was lost may have applied, and the item"
          + " could not be read to tell", e, written);
    }
  }

  /** The stored item after a failed condition that followed a possibly applied attempt. */
  private Map<String, AttributeValue> storedToSettle(ConditionalCheckFailedException failed, String operation,
      String partition, String key, KVPair written) {
    Map<String, AttributeValue> returned = returnedItem(failed);
    return returned != null ? returned : readToSettle(failed, operation, partition, key, written);
  }

  /** The item a failed condition returned (backends that honour ALL_OLD), or null. */
  private static Map<String, AttributeValue> returnedItem(ConditionalCheckFailedException failed) {
    return failed.hasItem() && !failed.item().isEmpty() ? failed.item() : null;
  }

  private Map<String, AttributeValue> readOrNull(String operation, String partition, String key) {
    try {
      return readConsistently(REQUESTS.get(operation) + ".Check", partition, key);
    } catch (SdkException readFailed) {
      return null;
    }
  }

  private Map<String, AttributeValue> readConsistently(String operation, String partition, String key) {
    GetItemRequest request = GetItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(table)
        .key(Items.key(partition, key))
        .consistentRead(true)
        .build();
    GetItemResponse response = session.send(operation, entityType, request, client::getItem);
    return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
  }

  private static boolean isMine(Map<String, AttributeValue> stored, SdkBytes token) {
    return stored != null && Items.sameToken(stored, token);
  }

  /** Whether the stored item is the one {@code previous} describes (its expiry aside). */
  private static boolean isSame(Map<String, AttributeValue> stored, KVPair previous) {
    AttributeValue token = stored.get(ItemLayout.WRITE_TOKEN);
    SdkBytes storedToken = token == null ? null : token.b();
    return Items.version(stored) == previous.version() && Objects.equals(storedToken, previous.writeToken());
  }

  private OutcomeUnknownException unknown(String operation, String partition, String key, String why,
      Throwable cause, KVPair attempted) {
    return UnknownOutcomes.reported(session, REQUESTS.get(operation), entityType, new OutcomeUnknownException("the "
        + verb(operation) + " of "
        + describe(partition, key) + " may or may not have been applied as it should: " + why
        + ". Read the item before you retry", cause, attempted));
  }

  /** The word for an operation in messages: an atomic delete is a delete. */
  private static String verb(String operation) {
    return operation.equals("atomicDelete") ? "delete" : operation;
  }

  /** One item of a batch put: its key and what to write. */
  record KeyedWrite(String partition, String key, WriteSpec spec) {}

  /** The batch put of {@link DefaultTable#putAll}: every item whole, at version 1, with a new token each. */
  List<KVPair> putAll(List<KeyedWrite> writes, ItemBatches batches) {
    Instant now = session.clock().instant();
    List<WriteRequest> requests = new ArrayList<>(writes.size());
    List<KVPair> written = new ArrayList<>(writes.size());
    for (KeyedWrite write : writes) {
      SdkBytes token = WriteTokens.next();
      Map<String, AttributeValue> item = newItem(write.partition(), write.key(), write.spec(), now, token);
      checkSize(write.partition(), write.key(), ItemSizes.item(item));
      requests.add(WriteRequest.builder().putRequest(put -> put.item(item)).build());
      written.add(created(write.partition(), write.key(), write.spec(), now, token));
    }
    batches.writeAll(requests);
    return written;
  }

  // ------------------------------------------------------------------------------------ transaction actions

  /** A create in a transaction: the whole new item, on condition that no live item is stored. */
  static TransactWriteItem createAction(String table, String partition, String key, WriteSpec spec, Instant now,
      SdkBytes token) {
    Map<String, AttributeValue> item = newItem(partition, key, spec, now, token);
    Expression expression = new Expression();
    return TransactWriteItem.builder().put(put -> put.tableName(table).item(item)
        .conditionExpression(expression.fenced(expression.absentOrExpired(now), spec.fence()))
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
  }

  /** A put in a transaction: the whole new item at version 1, whatever is stored. */
  static TransactWriteItem putAction(String table, String partition, String key, WriteSpec spec, Instant now,
      SdkBytes token) {
    Map<String, AttributeValue> item = newItem(partition, key, spec, now, token);
    if (spec.fence() == null) {
      return TransactWriteItem.builder().put(put -> put.tableName(table).item(item)).build();
    }
    Expression expression = new Expression();
    String condition = expression.fenceAllows(spec.fence());
    return TransactWriteItem.builder().put(put -> put.tableName(table).item(item)
        .conditionExpression(condition)
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
  }

  /** An update in a transaction: as {@link #compareAndSwap}'s request. */
  static TransactWriteItem updateAction(String table, String partition, String key, KVPair previous, WriteSpec spec,
      Instant now, SdkBytes token) {
    Expression expression = new Expression();
    Expression.Update update = assignments(expression, spec, now, token)
        .set(expression.reserved(ItemLayout.VERSION), expression.value(Expression.number(previous.version() + 1)));
    String updateExpression = update.build();
    String condition = expression.fenced(expression.isStill(previous, now), spec.fence());
    return TransactWriteItem.builder().update(u -> u.tableName(table).key(Items.key(partition, key))
        .updateExpression(updateExpression)
        .conditionExpression(condition)
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
  }

  /** A versioned delete in a transaction. */
  static TransactWriteItem deleteAction(String table, String partition, String key, KVPair previous, Instant now,
      Fence fence) {
    Expression expression = new Expression();
    String condition = expression.fenced(expression.isStill(previous, now), fence);
    return TransactWriteItem.builder().delete(d -> d.tableName(table).key(Items.key(partition, key))
        .conditionExpression(condition)
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
  }

  /** A condition check in a transaction: the item is still {@code current}; as a delete's condition. */
  static TransactWriteItem checkAction(String table, String partition, String key, KVPair current, Instant now,
      Fence fence) {
    Delete delete = deleteAction(table, partition, key, current, now, fence).delete();
    return TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(delete.key())
        .conditionExpression(delete.conditionExpression())
        .expressionAttributeNames(delete.expressionAttributeNames())
        .expressionAttributeValues(delete.hasExpressionAttributeValues() ? delete.expressionAttributeValues() : null)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
  }

  /** The item a create or put writes, as a pair. */
  static KVPair createdPair(String partition, String key, WriteSpec spec, Instant now, SdkBytes token) {
    return created(partition, key, spec, now, token);
  }

  /** The item an update leaves, as a pair. */
  static KVPair swappedPair(KVPair previous, WriteSpec spec, Instant now, SdkBytes token) {
    return swapped(previous, spec, now, token, previous.version() + 1);
  }

  /** The stored size of the item {@code kv} describes. */
  static long storedSize(KVPair kv) {
    return sizeOf(kv);
  }

  // ------------------------------------------------------------------------------------------ items and values

  /** The {@code PutItem} of a create: the whole new item, on condition that no live item is stored. */
  private PutItemRequest replaceAbsentOrExpired(String partition, String key, WriteSpec spec, Instant now,
      SdkBytes token, AttemptLog attempts) {
    Map<String, AttributeValue> item = newItem(partition, key, spec, now, token);
    checkSize(partition, key, ItemSizes.item(item));
    Expression expression = new Expression();
    return PutItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(table)
        .item(item)
        .conditionExpression(expression.fenced(expression.absentOrExpired(now), spec.fence()))
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .overrideConfiguration(attempts.configuration())
        .build();
  }

  /** The whole item a create writes: key, version 1, token, value, expiry and fields. */
  private static Map<String, AttributeValue> newItem(String partition, String key, WriteSpec spec, Instant now,
      SdkBytes token) {
    Map<String, AttributeValue> item = new HashMap<>(spec.fields().size() * 4 / 3 + 8);
    item.putAll(spec.fields());
    item.put(ItemLayout.PARTITION, AttributeValue.createS(partition));
    item.put(ItemLayout.KEY, AttributeValue.createS(key));
    item.put(ItemLayout.VERSION, Expression.number(1));
    item.put(ItemLayout.WRITE_TOKEN, AttributeValue.createB(token));
    if (spec.value() != null) {
      item.put(ItemLayout.PAYLOAD, spec.value());
    }
    Long expires = spec.expiry().epochSecond(now);
    if (expires != null) {
      item.put(ItemLayout.EXPIRES, Expression.number(expires));
    }
    if (spec.fence() != null) {
      item.put(ItemLayout.FENCE, spec.fence().stored());
    }
    return item;
  }

  /** The assignments of an update: token, value, expiry and fields; the caller adds the version. */
  private static Expression.Update assignments(Expression expression, WriteSpec spec, Instant now, SdkBytes token) {
    Expression.Update update = new Expression.Update();
    update.set(expression.reserved(ItemLayout.WRITE_TOKEN), expression.value(AttributeValue.createB(token)));
    String payload = expression.reserved(ItemLayout.PAYLOAD);
    if (spec.value() != null) {
      update.set(payload, expression.value(spec.value()));
    } else {
      update.remove(payload);
    }
    ExpiryChange expiry = spec.expiry();
    Long expires = expiry.epochSecond(now);
    if (expires != null) {
      update.set(expression.reserved(ItemLayout.EXPIRES), expression.value(Expression.number(expires)));
    } else if (expiry instanceof ExpiryChange.Clear) {
      update.remove(expression.reserved(ItemLayout.EXPIRES));
    }
    for (Map.Entry<String, AttributeValue> field : spec.fields().entrySet()) {
      update.set(expression.field(field.getKey()), expression.value(field.getValue()));
    }
    for (String removed : spec.removedFields()) {
      update.remove(expression.field(removed));
    }
    if (spec.fence() != null) {
      update.set(expression.reserved(ItemLayout.FENCE), expression.value(spec.fence().stored()));
    }
    return update;
  }

  private static KVPair created(String partition, String key, WriteSpec spec, Instant now, SdkBytes token) {
    Long expires = spec.expiry().epochSecond(now);
    return new KVPair(partition, key, 1, expires == null ? null : Instant.ofEpochSecond(expires), spec.value(),
        spec.fields(), token);
  }

  /** The item a compare-and-swap leaves: {@code previous}'s fields and expiry, changed as the spec says. */
  private static KVPair swapped(KVPair previous, WriteSpec spec, Instant now, SdkBytes token, long version) {
    Map<String, AttributeValue> fields = new LinkedHashMap<>(previous.fields());
    fields.putAll(spec.fields());
    fields.keySet().removeAll(spec.removedFields());
    Long expires = spec.expiry().epochSecond(now);
    Instant expiry = expires != null ? Instant.ofEpochSecond(expires)
        : spec.expiry() instanceof ExpiryChange.Clear ? null : previous.expires().orElse(null);
    return new KVPair(previous.partition(), previous.key(), version, expiry, spec.value(), fields, token);
  }

  /** The stored size of the item {@code kv} describes: names and values, as DynamoDB counts them. */
  private static long sizeOf(KVPair kv) {
    long size = ItemSizes.attribute(ItemLayout.PARTITION, AttributeValue.createS(kv.partition()))
        + ItemSizes.attribute(ItemLayout.KEY, AttributeValue.createS(kv.key()))
        + ItemSizes.attribute(ItemLayout.VERSION, Expression.number(kv.version()))
        + ItemLayout.WRITE_TOKEN.length() + WriteTokens.BYTES;
    if (kv.value() != null) {
      size += ItemSizes.attribute(ItemLayout.PAYLOAD, kv.value());
    }
    if (kv.expires().isPresent()) {
      size += ItemSizes.attribute(ItemLayout.EXPIRES, Expression.number(kv.expires().get().getEpochSecond()));
    }
    for (Map.Entry<String, AttributeValue> field : kv.fields().entrySet()) {
      size += ItemSizes.attribute(field.getKey(), field.getValue());
    }
    return size;
  }

  private void checkSize(String partition, String key, long size) {
    if (size > ItemLayout.MAX_ITEM_BYTES) {
      throw new ItemTooLargeException("item " + describe(partition, key) + " would be " + size
          + " bytes; DynamoDB's limit is " + ItemLayout.MAX_ITEM_BYTES + " (attribute names and values, UTF-8)");
    }
  }

  /** Why a compare-and-swap failed, as far as the stored item (null when unknown or absent) tells. */
  private static String whyChanged(Map<String, AttributeValue> stored, Instant now) {
    if (stored == null) {
      return "it is no longer that version: written, deleted or expired since";
    }
    if (Items.isExpired(stored, now)) {
      return "it has expired";
    }
    return "the stored item is version " + Items.version(stored);
  }

  private String describe(String partition, String key) {
    return partition + "/" + key + " in table " + table;
  }
}
