package dev.dynastore.internal;

import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.Table;
import dev.dynastore.ThrottledException;
import dev.dynastore.UnavailableException;
import dev.dynastore.UnreadableItemException;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockHolder;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The {@link Locks} of a table partition. A lock is one item (key: the lock's name) that is never deleted by
 * Dynastore, so that its fencing count survives every holder: {@code holder} (the owner, while held),
 * {@code leaseEnds} (epoch seconds with a fraction, as {@code expires}), {@code fencingToken} (one more at every
 * acquisition), the usual {@code version} and {@code wtoken}, and the holder's data as the value. The lease is not
 * kept in {@code expires}: DynamoDB's TTL would delete the item, and its count with it. Internal.
 */
final class DefaultLocks implements Locks {
  static final String HOLDER = "holder";
  static final String LEASE_ENDS = "leaseEnds";
  static final String FENCING_TOKEN = "fencingToken";

  private final DefaultTable table;
  private final String partition;
  private final LockOptions options;
  /** The leases acquired here and not yet released or lost, for {@link #releaseAll}. */
  private final Set<DefaultLease> held = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  DefaultLocks(DefaultTable table, String partition, LockOptions options) {
    this.table = table;
    this.partition = partition;
    this.options = options;
  }

  @Override
  public Table table() {
    return table;
  }

  @Override
  public String partition() {
    return partition;
  }

  @Override
  public LockOptions options() {
    return options;
  }

  Session session() {
    return table.internalSession();
  }

  @Override
  public Optional<Lease> tryAcquire(String name, Duration wait, AttributeValue data) {
    DefaultTable.checkKey(partition, name);
    if (data != null) {
      StorableValues.check("the data of lock " + name, data);
    }
    Objects.requireNonNull(wait, "wait == null: pass Duration.ZERO not to wait");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("wait must not be negative, was " + wait);
    }
    long waitNanos = saturatedNanos(wait);
    long start = System.nanoTime();
    long backoff = options.minimumBackoff().toNanos();
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        return Optional.empty();
      }
      DefaultLease lease;
      try {
        lease = acquireOnce(name, data);
      } catch (ThrottledException | UnavailableException notNow) {
        if (waitNanos - (System.nanoTime() - start) <= 0) {
          throw notNow; // nothing was taken; while there is time to wait, this is one more reason to
        }
        lease = null;
      }
      if (lease != null) {
        return Optional.of(lease);
      }
      long remaining = waitNanos - (System.nanoTime() - start);
      if (remaining <= 0) {
        return Optional.empty();
      }
      // "equal jitter": half the back-off, plus up to as much again at random, so that waiters spread out
      long pause = Math.min(remaining, backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
      try {
        TimeUnit.NANOSECONDS.sleep(pause);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
      backoff = Math.min(backoff, Long.MAX_VALUE / 2) * 2;
      backoff = Math.min(backoff, options.maximumBackoff().toNanos());
    }
  }

  @Override
  public void releaseAll() {
    List<DefaultLease> leases;
    synchronized (held) {
      leases = new ArrayList<>(held);
    }
    for (DefaultLease lease : leases) {
      lease.close();
    }
  }

  void held(DefaultLease lease) {
    held.add(lease);
  }

  void ended(DefaultLease lease) {
    held.remove(lease);
  }

  /** A wait in nanoseconds, saturated: a wait too long for a long is as good as for ever. */
  private static long saturatedNanos(Duration wait) {
    try {
      return wait.toNanos();
    } catch (ArithmeticException forEver) {
      return Long.MAX_VALUE;
    }
  }

  /** One conditional write that takes the lock if it is free; null when another holder has it. */
  private DefaultLease acquireOnce(String name, AttributeValue data) {
    Session session = session();
    Instant now = session.clock().instant();
    Instant ends = now.plus(options.leaseDuration());
    SdkBytes token = WriteTokens.next();
    Expression expression = new Expression();
    String holder = expression.field(HOLDER);
    String leaseEnds = expression.field(LEASE_ENDS);
    String fencing = expression.field(FENCING_TOKEN);
    String version = expression.reserved(ItemLayout.VERSION);
    String one = expression.value(Expression.number(1));
    Expression.Update update = new Expression.Update()
        .set(holder, expression.value(AttributeValue.fromS(options.owner())))
        .set(leaseEnds, expression.value(Expression.instant(ends)))
        // the count goes on from the stored token; an absent item's starts from the clock, in microseconds
        .set(fencing, "if_not_exists(" + fencing + ", " + expression.value(Expression.number(micros(now))) + ") + "
            + one)
        .set(version, "if_not_exists(" + version + ", " + expression.value(Expression.number(0)) + ") + " + one)
        .set(expression.reserved(ItemLayout.WRITE_TOKEN), expression.value(AttributeValue.fromB(token)));
    if (data != null) {
      update.set(expression.reserved(ItemLayout.PAYLOAD), expression.value(data));
    } else {
      update.remove(expression.reserved(ItemLayout.PAYLOAD));
    }
    // free: no item, or a lock item (never another item of the partition) without a holder, or whose lease ended.
    // (Two groups, not nested deeper: dynalite's parser takes five times as long on three levels of parentheses.)
    String free = "(attribute_not_exists(" + expression.reserved(ItemLayout.PARTITION) + ") OR attribute_exists("
        + fencing + ")) AND (attribute_not_exists(" + holder + ") OR " + leaseEnds + " <= "
        + expression.value(Expression.instant(now)) + ")";
    AttemptLog attempts = new AttemptLog();
    UpdateItemRequest request = UpdateItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(table.name())
        .key(Items.key(partition, name))
        .updateExpression(update.build())
        .conditionExpression(free)
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValues(ReturnValue.ALL_NEW)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .overrideConfiguration(attempts.configuration())
        .build();
    Map<String, AttributeValue> stored;
    try {
      UpdateItemResponse response = session.send("AcquireLock", request, session.client()::updateItem);
      stored = response.attributes();
    } catch (ConditionalCheckFailedException held) {
      if (attempts.earlierMayHaveApplied(held) == 0) {
        // held, unless by an earlier attempt of this very acquisition answered as throttled: its token says so
        stored = held.hasItem() && !held.item().isEmpty() ? held.item() : null;
        if (stored == null || !Items.sameToken(stored, token)) {
          return null;
        }
        return new DefaultLease(this, name, fencingToken(stored, name), ends, data, options);
      }
      // an attempt whose answer was lost may have taken it, and this one found it held: by that attempt?
      stored = held.hasItem() && !held.item().isEmpty() ? held.item() : readToSettle(name, held);
      if (stored == null || !Items.sameToken(stored, token)) {
        return null;
      }
    } catch (SdkException e) {
      if (attempts.allMayHaveApplied(e) == 0) {
        throw Failures.translate(e, "acquire lock " + describe(name), table.name());
      }
      stored = readToSettle(name, e);
      if (stored == null || !Items.sameToken(stored, token)) {
        throw Failures.translate(e, "acquire lock " + describe(name), table.name()); // not held: nothing taken
      }
    }
    return new DefaultLease(this, name, fencingToken(stored, name), ends, data, options);
  }

  /** The lock's item by a consistent read, to settle whether an attempt whose answer was lost took it. */
  private Map<String, AttributeValue> readToSettle(String name, SdkException failure) {
    try {
      return read(name, "AcquireLock.Check");
    } catch (SdkException readFailed) {
      failure.addSuppressed(readFailed);
      throw UnknownOutcomes.reported(session(), "AcquireLock", null,
          new OutcomeUnknownException("the acquisition of lock " + describe(name) + " may or may not have"
          + " succeeded: an attempt whose answer was lost may have taken it, and the lock could not be read to tell."
          + " If it did, the lock is free again when its lease ends, " + options.leaseDuration() + " after it was"
          + " taken", failure));
    }
  }

  @Override
  public Optional<LockHolder> holder(String name) {
    DefaultTable.checkKey(partition, name);
    Map<String, AttributeValue> item;
    try {
      item = read(name, "GetLock");
    } catch (SdkException e) {
      throw Failures.translate(e, "read lock " + describe(name), table.name());
    }
    if (item == null) {
      return Optional.empty();
    }
    long token = fencingToken(item, name); // an item that is no lock is unreadable, not free
    if (!item.containsKey(HOLDER) || item.get(HOLDER).s() == null) {
      return Optional.empty();
    }
    Instant ends = leaseEnds(item, name);
    if (!ends.isAfter(session().clock().instant())) {
      return Optional.empty();
    }
    return Optional.of(new LockHolder(name, item.get(HOLDER).s(), token, ends,
        Optional.ofNullable(item.get(ItemLayout.PAYLOAD))));
  }

  /** The lock's item by a consistent read; null when there is none. */
  Map<String, AttributeValue> read(String name, String operation) {
    return read(name, operation, null);
  }

  /** The lock's item by a consistent read given up after {@code timeout} (null: the client's); null when none. */
  Map<String, AttributeValue> read(String name, String operation, Duration timeout) {
    GetItemRequest request = GetItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(table.name())
        .key(Items.key(partition, name))
        .consistentRead(true)
        .overrideConfiguration(timeout == null ? null
            : AwsRequestOverrideConfiguration.builder().apiCallTimeout(timeout).build())
        .build();
    GetItemResponse response = session().send(operation, request, session().client()::getItem);
    return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
  }

  /** The lock's address, for messages. */
  String describe(String name) {
    return partition + "/" + name + " in table " + table.name();
  }

  /** Microseconds since the epoch: where a lock's fencing count starts when it has no item. */
  static long micros(Instant now) {
    return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1_000);
  }

  /** The stored fencing token. */
  private long fencingToken(Map<String, AttributeValue> item, String name) {
    AttributeValue token = item.get(FENCING_TOKEN);
    try {
      return new BigDecimal(token.n()).longValueExact();
    } catch (RuntimeException notAToken) {
      throw new UnreadableItemException("item " + describe(name) + " is no lock: it holds no fencing token Dynastore"
          + " wrote (" + token + "). Keep locks in a partition of their own", notAToken);
    }
  }

  /** The stored end of a held lock's lease. */
  private Instant leaseEnds(Map<String, AttributeValue> item, String name) {
    Instant ends;
    try {
      ends = leaseEnds(item);
    } catch (RuntimeException unreadable) {
      ends = null;
    }
    if (ends == null) { // another program's writing: acquiring it fails as if held, so it is not free either
      throw new UnreadableItemException("lock " + describe(name) + " has a holder and a lease end that is no"
          + " instant (" + item.get(LEASE_ENDS) + "): it cannot be acquired until it is released or deleted");
    }
    return ends;
  }

  /** The stored end of the lease, or null when it is not a number. */
  static Instant leaseEnds(Map<String, AttributeValue> item) {
    AttributeValue ends = item.get(LEASE_ENDS);
    if (ends == null || ends.n() == null) {
      return null;
    }
    BigDecimal seconds = new BigDecimal(ends.n());
    BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
    return Instant.ofEpochSecond(whole.longValueExact(),
        seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.CEILING).longValueExact());
  }

  @Override
  public String toString() {
    return "Locks(" + table.name() + "/" + partition + ")";
  }
}
