package dev.dynastore.internal;

import dev.dynastore.Committed;
import dev.dynastore.DynastoreRepository;
import dev.dynastore.ItemTooLargeException;
import dev.dynastore.LockLostException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.TableNotFoundException;
import dev.dynastore.ThrottledException;
import dev.dynastore.Transaction;
import dev.dynastore.TransactionConflictException;
import dev.dynastore.TransactionRejectedException.Failure;
import dev.dynastore.TransactionRejectedException.Reason;
import dev.dynastore.TransactionRejectedException;
import dev.dynastore.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;

/**
 * The {@link Transaction} of a session: the actions as given, built into one {@code TransactWriteItems} at the
 * first commit and sent as built at every commit after, with one client request token, so that a commit repeated
 * after an unknown outcome applies at most once. Internal.
 */
public final class DefaultTransaction implements Transaction {
  /** DynamoDB's limit of a transaction's total item size. */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private final Session session;
  private final List<Function<Instant, TransactionAction>> pending = new ArrayList<>();
  private List<TransactionAction> actions;
  private TransactWriteItemsRequest request;
  /** Whether an earlier commit of this transaction may have applied it. */
  private boolean mayHaveApplied;
  /** What the commit wrote, once one is known to have applied it: committing again returns it. */
  private Committed committed;

  public DefaultTransaction(Session session) {
    this.session = session;
  }

  @Override
  public <T> Transaction create(DynastoreRepository<T> repository, T entity) {
    return create(repository, entity, null);
  }

  @Override
  public <T> Transaction create(DynastoreRepository<T> repository, T entity, Duration ttl) {
    EntityStore<T> store = storeOf(repository);
    return add(now -> store.createAction(entity, ttl, now));
  }

  @Override
  public <T> Transaction put(DynastoreRepository<T> repository, T entity) {
    EntityStore<T> store = storeOf(repository);
    return add(now -> store.putAction(entity, now));
  }

  @Override
  public <T> Transaction update(DynastoreRepository<T> repository, Versioned<T> previous, T next) {
    EntityStore<T> store = storeOf(repository);
    return add(now -> store.updateAction(previous, next, now));
  }

  @Override
  public <T> Transaction delete(DynastoreRepository<T> repository, Versioned<T> previous) {
    EntityStore<T> store = storeOf(repository);
    return add(now -> store.deleteAction(previous, now));
  }

  @Override
  public <T> Transaction check(DynastoreRepository<T> repository, Versioned<T> current) {
    EntityStore<T> store = storeOf(repository);
    return add(now -> store.checkAction(current, now));
  }

  private Transaction add(Function<Instant, TransactionAction> action) {
    if (request != null) {
      throw new IllegalStateException("this transaction was committed: build a new one");
    }
    pending.add(action);
    return this;
  }

  private <T> EntityStore<T> storeOf(DynastoreRepository<T> repository) {
    Objects.requireNonNull(repository, "repository == null");
    if (!(repository instanceof StoreBacked)) {
      throw new IllegalArgumentException("a transaction takes the repositories Dynastore generates, not a "
          + repository.getClass().getName());
    }
    @SuppressWarnings("unchecked") // a StoreBacked DynastoreRepository<T> is backed by an EntityStore<T>
    EntityStore<T> store = ((StoreBacked<T>) repository).entityStore();
    if (store.session() != session) {
      throw new IllegalArgumentException("the repository belongs to another Dynastore session: a transaction"
          + " goes through one client");
    }
    return store;
  }

  /**
   * Sends the transaction, built once. DynamoDB applies a repeated client request token once (within 10 minutes);
   * where a backend does not (moto), a commit cancelled after an attempt that may have applied is settled by
   * reading one item it writes: all or nothing applied, so that item carrying this commit's write token proves it.
   */
  @Override
  public Committed commit() {
    if (committed != null) {
      return committed; // applied: DynamoDB would apply the same token once, and say so
    }
    if (request == null) {
      build();
    } else {
      for (TransactionAction action : actions) {
        if (action.lease() != null) { // committed again: only while its fencing lease still holds
          try {
            action.lease().fenceForWrite();
          } catch (LockLostException lost) {
            throw new LockLostException("cannot commit the transaction again: " + lost.getMessage()
                + (mayHaveApplied ? " (whether an earlier commit applied is still unknown)" : ""), lost);
          }
        }
      }
    }
    AttemptLog attempts = new AttemptLog();
    TransactWriteItemsRequest attempt = request.toBuilder().overrideConfiguration(attempts.configuration()).build();
    try {
      session.send("Transaction", attempt, session.client()::transactWriteItems);
    } catch (TransactionCanceledException cancelled) {
      if (mayHaveApplied || attempts.earlierMayHaveApplied(cancelled) > 0) {
        // an attempt (of this commit or an earlier one) may have applied it: then its own conditions fail now
        if (appliedByThisTransaction()) {
          return committed = committed();
        }
        mayHaveApplied = true;
        throw unknown("an attempt whose answer was lost may have applied it, and a later one was cancelled ("
            + cancelled.getMessage() + ")" + (proof() == null ? "" : "; its items have been written since"),
            cancelled);
      }
      throw cancelled(cancelled);
    } catch (TransactionInProgressException inProgress) {
      mayHaveApplied = true; // DynamoDB is still applying an earlier attempt of this token
      throw unknown("DynamoDB was still applying an earlier attempt", inProgress);
    } catch (SdkException e) {
      if (mayHaveApplied || attempts.allMayHaveApplied(e) > 0) {
        mayHaveApplied = true;
        throw unknown("its answer was lost (" + e.getMessage() + ")", e);
      }
      if (e instanceof ResourceNotFoundException) {
        throw new TableNotFoundException("cannot commit a transaction of " + actions.size() + " actions: "
            + missingTables(), e);
      }
      throw Failures.translate(e, "commit a transaction of " + actions.size() + " actions", actions.get(0).table());
    }
    return committed = committed();
  }

  /** Which of the transaction's tables do not exist, asked table by table (a failure's path only). */
  private String missingTables() {
    Set<String> tables = new LinkedHashSet<>();
    for (TransactionAction action : actions) {
      tables.add(action.table());
    }
    List<String> missing = new ArrayList<>();
    for (String table : tables) {
      try {
        session.send("DescribeTable", DescribeTableRequest.builder().tableName(table).build(),
            session.client()::describeTable);
      } catch (ResourceNotFoundException e) {
        missing.add(table);
      } catch (SdkException e) {
        // cannot tell: not named
      }
    }
    return missing.isEmpty() ? "one of tables " + tables + " does not exist (or is not visible to these credentials"
        + " in this region)" : "table" + (missing.size() == 1 ? " " + missing.get(0) + " does" : "s " + missing
        + " do") + " not exist (or are not visible to these credentials in this region)";
  }

  private Committed committed() {
    List<Versioned<?>> written = new ArrayList<>();
    List<Object> given = new ArrayList<>();
    for (TransactionAction action : actions) {
      if (action.result() != null) {
        written.add(action.result());
        given.add(action.given());
      }
    }
    return new Committed(written, given);
  }

  /** The first action whose item carries this commit's write token, or null (deletes and checks only). */
  private TransactionAction proof() {
    for (TransactionAction action : actions) {
      if (action.result() != null) {
        return action;
      }
    }
    return null;
  }

  /**
   * Whether an item the transaction writes is stored with this commit's token: then the whole transaction applied
   * (all or nothing). Each written item is read until one shows it: another client may have changed some since.
   */
  private boolean appliedByThisTransaction() {
    for (TransactionAction proof : actions) {
      if (proof.result() == null) {
        continue;
      }
      GetItemRequest read = GetItemRequest.builder().tableName(proof.table())
          .key(Items.key(proof.partition(), proof.key())).consistentRead(true)
          .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
      try {
        GetItemResponse response = session.send("Transaction.Check", read, session.client()::getItem);
        if (response.hasItem() && !response.item().isEmpty()
            && Items.sameToken(response.item(), proof.result().kv().writeToken())) {
          return true;
        }
      } catch (SdkException e) {
        return false;
      }
    }
    return false;
  }

  private OutcomeUnknownException unknown(String why, Throwable cause) {
    return UnknownOutcomes.reported(session, "Transaction", null,
        new OutcomeUnknownException("the transaction of " + actions.size() + " actions may or may not have been"
        + " applied: " + why + ". Read its items; or commit this same transaction again within 10 minutes: its"
        + " client request token makes DynamoDB apply it at most once", cause));
  }

  /** Builds every action as of now, and checks them against DynamoDB's limits before any request. */
  private void build() {
    if (pending.isEmpty()) {
      throw new IllegalStateException("the transaction has no action");
    }
    if (pending.size() > MAX_ACTIONS) {
      throw new IllegalArgumentException("the transaction has " + pending.size() + " actions: DynamoDB allows "
          + MAX_ACTIONS);
    }
    Instant now = session.clock().instant();
    List<TransactionAction> built = new ArrayList<>(pending.size());
    List<TransactWriteItem> items = new ArrayList<>(pending.size());
    Set<String> seen = new HashSet<>();
    long bytes = 0;
    for (Function<Instant, TransactionAction> action : pending) {
      TransactionAction one = action.apply(now);
      if (one.size() > ItemLayout.MAX_ITEM_BYTES) {
        throw new ItemTooLargeException(one.entityType() + " " + one.address() + " would be stored in " + one.size()
            + " bytes: DynamoDB's limit is " + ItemLayout.MAX_ITEM_BYTES + " per item, in a transaction too");
      }
      if (!seen.add(one.table() + '\u0000' + one.address())) {
        throw new IllegalArgumentException("the transaction has two actions on " + one.address() + " of table "
            + one.table() + ": DynamoDB allows one per item");
      }
      bytes += one.size();
      built.add(one);
      items.add(one.item());
    }
    if (bytes > MAX_BYTES) {
      throw new IllegalArgumentException("the transaction writes " + bytes + " bytes: DynamoDB allows " + MAX_BYTES);
    }
    actions = built;
    request = TransactWriteItemsRequest.builder()
        .transactItems(items)
        .clientRequestToken(UUID.randomUUID().toString())
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .build();
  }

  /** Why DynamoDB cancelled it: failed conditions name their items; otherwise a conflict or throttling. */
  private RuntimeException cancelled(TransactionCanceledException cancelled) {
    List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons()
        : List.of();
    Instant now = session.clock().instant();
    List<Failure> failures = new ArrayList<>();
    boolean conflict = false;
    boolean throttled = false;
    for (int i = 0; i < reasons.size() && i < actions.size(); i++) {
      CancellationReason reason = reasons.get(i);
      String code = reason.code() == null ? "None" : reason.code();
      TransactionAction action = actions.get(i);
      if (code.equals("TransactionConflict")) {
        conflict = true;
      } else if (Failures.isThrottlingReason(code)) {
        throttled = true;
      } else if (code.equals("ConditionalCheckFailed")) {
        failures.add(conditionFailure(i, action, reason.hasItem() ? reason.item() : Map.of(), now));
      } else if (!code.equals("None")) {
        failures.add(new Failure(i, action.table(), action.entityType(), action.address(), Reason.REFUSED,
            code + ": " + reason.message()));
      }
    }
    if (!failures.isEmpty()) {
      StringBuilder message = new StringBuilder("the transaction was cancelled, nothing was written:");
      for (Failure failure : failures) {
        message.append(' ').append(failure.entityType()).append(' ').append(failure.item()).append(' ')
            .append(failure.reason()).append(" (").append(failure.detail()).append(");");
      }
      return new TransactionRejectedException(message.substring(0, message.length() - 1), failures, cancelled);
    }
    if (conflict) {
      return new TransactionConflictException("the transaction was cancelled, nothing was written: another"
          + " transaction was changing one of its items; retry it", cancelled);
    }
    if (throttled) {
      return new ThrottledException("the transaction was cancelled, nothing was written: DynamoDB throttled one of"
          + " its items. Back off and retry", cancelled);
    }
    return new TransactionConflictException("the transaction was cancelled, nothing was written, for no reason"
        + " DynamoDB gave (" + cancelled.getMessage() + "); retry it", cancelled);
  }

  private static Failure conditionFailure(int index, TransactionAction action, Map<String, AttributeValue> stored,
      Instant now) {
    boolean found = !stored.isEmpty(); // asked for ALL_OLD: no item means none was stored
    Reason reason;
    String detail;
    Fence.Refusal refusal = action.fence() == null ? null : action.fence().refusalBy(stored);
    if (refusal != null) {
      reason = Reason.FENCED_OUT;
      detail = refusal.reason();
    } else if (action.kind() == TransactionAction.Kind.CREATE) {
      reason = Reason.EXISTS;
      detail = found ? "stored at version " + versionOf(stored) : "a live item is stored";
    } else if (!found) {
      reason = Reason.NOT_FOUND;
      detail = "no item is stored";
    } else if (Items.isExpired(stored, now)) {
      reason = Reason.EXPIRED;
      detail = "it expired";
    } else {
      reason = Reason.MODIFIED;
      detail = "stored at version " + versionOf(stored);
    }
    return new Failure(index, action.table(), action.entityType(), action.address(), reason, detail);
  }

  /** The stored version, or what it is when it is none Dynastore wrote (another program's item). */
  private static String versionOf(Map<String, AttributeValue> stored) {
    try {
      return Long.toString(Items.version(stored));
    } catch (RuntimeException unreadable) {
      return stored.get(ItemLayout.VERSION) + " (not a version Dynastore wrote)";
    }
  }
}
