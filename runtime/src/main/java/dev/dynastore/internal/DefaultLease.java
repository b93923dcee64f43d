package dev.dynastore.internal;

import dev.dynastore.LockLostException;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * A {@link Lease} and its watcher: one daemon thread per held lease, which renews it every heartbeat and marks it
 * lost when its end less the safety margin passes, and ends as soon as the lease is released or lost. Renewals
 * and the release are conditional on the stored fencing token and holder, so they never touch a lock another
 * holder has since acquired. Internal.
 */
final class DefaultLease implements Lease {
  /** The longest the watcher sleeps before looking at the clock again (a test's clock can jump). */
  private static final long LONGEST_WAIT_MILLIS = 250;

  private enum State { HELD, RELEASED, LOST }

  private final DefaultLocks locks;
  private final String name;
  private final long fencingToken;
  private final AttributeValue data;
  private final LockOptions options;
  private final Fence fence;
  private final CompletableFuture<LockLostException> lost = new CompletableFuture<>();
  /** Guards state, leaseEnds and nextRenewal; the watcher waits on it. */
  private final Object monitor = new Object();
  /** One renewal or release at a time. */
  private final Object writing = new Object();
  private State state = State.HELD;
  private LockLostException lostBecause;
  private Instant leaseEnds;
  private Instant nextRenewal;
  private final Thread watcher;

  DefaultLease(DefaultLocks locks, String name, long fencingToken, Instant leaseEnds, AttributeValue data,
      LockOptions options) {
    this.locks = locks;
    this.name = name;
    this.fencingToken = fencingToken;
    this.leaseEnds = leaseEnds;
    this.data = data;
    this.options = options;
    this.fence = new Fence(locks.table().name(), locks.partition(), name, fencingToken);
    this.nextRenewal = options.heartbeat().isZero() ? null : clock().plus(options.heartbeat());
    this.watcher = new Thread(this::watch, "dynastore-lease-" + name + "#" + fencingToken);
    watcher.setDaemon(true);
    locks.held(this);
    watcher.start();
  }

  /** The lease behind {@code lease}, which must come from {@link DefaultLocks}. */
  static DefaultLease of(Lease lease) {
    Objects.requireNonNull(lease, "lease == null");
    if (!(lease instanceof DefaultLease)) {
      throw new IllegalArgumentException("fence with a Lease from Locks.tryAcquire, not a "
          + lease.getClass().getName());
    }
    return (DefaultLease) lease;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String partition() {
    return locks.partition();
  }

  @Override
  public String table() {
    return locks.table().name();
  }

  @Override
  public String owner() {
    return options.owner();
  }

  @Override
  public long fencingToken() {
    return fencingToken;
  }

  @Override
  public Instant leaseEnds() {
    synchronized (monitor) {
      return leaseEnds;
    }
  }

  @Override
  public Optional<AttributeValue> data() {
    return Optional.ofNullable(data);
  }

  @Override
  public CompletableFuture<LockLostException> lost() {
    return lost;
  }

  @Override
  public boolean isHeld() {
    return heldNow() == null;
  }

  /**
   * The fence of a write about to be sent.
   *
   * @throws LockLostException if the lease is known to be lost or released
   */
  Fence fenceForWrite() {
    LockLostException notHeld = heldNow();
    if (notHeld != null) {
      throw new LockLostException("cannot write fenced by lock " + locks.describe(name) + ": " + notHeld.getMessage()
          + "; nothing was written", notHeld);
    }
    return fence;
  }

  /** Why the lease is not held now (marking it lost when its end has passed), or null while it is. */
  private LockLostException heldNow() {
    synchronized (monitor) {
      if (state == State.RELEASED) {
        return new LockLostException("the lease of lock " + locks.describe(name) + " was released");
      }
      if (state == State.LOST) {
        return lostBecause;
      }
    }
    checkEnd(clock());
    synchronized (monitor) {
      return state == State.LOST ? lostBecause : null;
    }
  }

  /** Marks the lease lost if its end less the margin has passed by {@code now}. */
  private void checkEnd(Instant now) {
    Instant ends = leaseEnds();
    if (!now.isBefore(ends.minus(options.safetyMargin()))) {
      markLost(new LockLostException("the lease of lock " + locks.describe(name) + " (fencing token " + fencingToken
          + ") ended at " + ends + (options.safetyMargin().isZero() ? "" : ", less the safety margin of "
          + options.safetyMargin() + ",") + " without a renewal (now " + now + ")"));
    }
  }

  @Override
  public void renew() {
    synchronized (writing) {
      Instant now = clock();
      LockLostException notHeld = heldNow();
      if (notHeld != null) {
        throw new LockLostException("cannot renew: " + notHeld.getMessage(), notHeld);
      }
      Instant ends = now.plus(options.leaseDuration());
      Expression expression = new Expression();
      Expression.Update update = new Expression.Update()
          .set(expression.field(DefaultLocks.LEASE_ENDS), expression.value(Expression.instant(ends)));
      try {
        write("RenewLock", expression, update, now, Duration.between(now, leaseEnds().minus(options.safetyMargin())));
      } catch (ConditionalCheckFailedException refused) {
        LockLostException reason = new LockLostException("cannot renew lock " + locks.describe(name) + ": "
            + whyRefused(refused), refused);
        markLost(reason);
        throw reason;
      } catch (SdkException e) {
        throw Failures.translate(e, "renew lock " + locks.describe(name), locks.table().name());
      }
      synchronized (monitor) {
        if (state == State.HELD && ends.isAfter(leaseEnds)) {
          leaseEnds = ends;
        }
        monitor.notifyAll();
      }
    }
  }

  @Override
  public void release() {
    synchronized (writing) {
      synchronized (monitor) {
        if (state == State.RELEASED) {
          return;
        }
      }
      Instant now = clock();
      LockLostException notHeld = heldNow();
      if (notHeld != null) {
        throw new LockLostException("cannot release: " + notHeld.getMessage(), notHeld);
      }
      Expression expression = new Expression();
      Expression.Update update = new Expression.Update()
          .remove(expression.field(DefaultLocks.HOLDER))
          .remove(expression.field(DefaultLocks.LEASE_ENDS))
          .remove(expression.reserved(ItemLayout.PAYLOAD));
      try {
        write("ReleaseLock", expression, update, now, null);
      } catch (ConditionalCheckFailedException refused) {
        if (!releasedByMe(refused)) {
          LockLostException reason = new LockLostException("cannot release lock " + locks.describe(name) + ": "
              + whyRefused(refused), refused);
          markLost(reason);
          throw reason;
        }
      } catch (SdkException e) {
        // not released, perhaps: stop renewing all the same, so that the lock is free at the latest at its end
        ended(State.RELEASED);
        throw Failures.translate(e, "release lock " + locks.describe(name) + " (it is no longer renewed, and free"
            + " at the latest when its lease ends, " + leaseEnds() + ")", locks.table().name());
      }
      ended(State.RELEASED);
    }
  }

  /**
   * Releases the lock if this lease still holds it; never throws. A lease that was lost has nothing to release;
   * when the release request fails, the lease is no longer renewed and the lock is free at its end at the latest.
   * To know whether the lease held to the end, ask {@link #isHeld()} before closing, or watch {@link #lost()}.
   */
  @Override
  public void close() {
    try {
      release();
    } catch (RuntimeException notReleased) {
      // lost, or the release failed: either way this lease no longer holds the lock, or soon will not
    }
  }

  /** Ends the lease: no more renewals, the watcher stops, it is no longer among its locks' held leases. */
  private void ended(State end) {
    synchronized (monitor) {
      if (state == State.HELD) {
        state = end;
      }
      monitor.notifyAll();
    }
    locks.ended(this);
    if (end == State.RELEASED) {
      lost.cancel(false);
    }
  }

  /**
   * A renewal's or release's write: the update, a new version and write token, on condition that this lease still
   * holds the lock (same fencing token and holder) and its end has not passed by {@code now}; given up after
   * {@code timeout} (null: the client's own timeouts).
   */
  private void write(String operation, Expression expression, Expression.Update update, Instant now,
      Duration timeout) {
    String version = expression.reserved(ItemLayout.VERSION);
    update.set(version, version + " + " + expression.value(Expression.number(1)))
        .set(expression.reserved(ItemLayout.WRITE_TOKEN), expression.value(AttributeValue.fromB(WriteTokens.next())));
    String leaseEnds = expression.field(DefaultLocks.LEASE_ENDS);
    String condition = expression.field(DefaultLocks.FENCING_TOKEN) + " = "
        + expression.value(Expression.number(fencingToken)) + " AND " + expression.field(DefaultLocks.HOLDER) + " = "
        + expression.value(AttributeValue.fromS(options.owner())) + " AND " + leaseEnds + " > "
        + expression.value(Expression.instant(now));
    UpdateItemRequest request = UpdateItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(locks.table().name())
        .key(Items.key(locks.partition(), name))
        .updateExpression(update.build())
        .conditionExpression(condition)
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        // a renewal answered after the lease stopped counting as held is no use: give up then, and say it is lost
        .overrideConfiguration(timeout == null ? null
            : AwsRequestOverrideConfiguration.builder().apiCallTimeout(timeout.plusMillis(1)).build())
        .build();
    Session session = locks.session();
    session.send(operation, request, session.client()::updateItem);
  }

  /** Whether a refused release found the lock released with this lease's token: a retry of its own release. */
  private boolean releasedByMe(ConditionalCheckFailedException refused) {
    Map<String, AttributeValue> stored = stored(refused);
    return stored != null && !stored.containsKey(DefaultLocks.HOLDER)
        && Expression.number(fencingToken).equals(stored.get(DefaultLocks.FENCING_TOKEN));
  }

  /** Why a renewal or release was refused, as the stored lock shows. */
  private String whyRefused(ConditionalCheckFailedException refused) {
    Map<String, AttributeValue> stored = stored(refused);
    if (stored == null) {
      return "its item is gone (deleted by someone else)";
    }
    AttributeValue token = stored.get(DefaultLocks.FENCING_TOKEN);
    if (token != null && !Expression.number(fencingToken).equals(token)) {
      return "another holder (" + ownerOf(stored) + ", fencing token " + token.n() + ") has acquired it since";
    }
    if (!stored.containsKey(DefaultLocks.HOLDER)) {
      return "it was released";
    }
    return "its lease ended at " + DefaultLocks.leaseEnds(stored);
  }

  private static String ownerOf(Map<String, AttributeValue> stored) {
    AttributeValue owner = stored.get(DefaultLocks.HOLDER);
    return owner == null ? "none now" : owner.s();
  }

  /** The stored lock after a refused write: returned with the failure, or read; null if absent or unreadable. */
  private Map<String, AttributeValue> stored(ConditionalCheckFailedException refused) {
    if (refused.hasItem() && !refused.item().isEmpty()) {
      return refused.item();
    }
    try {
      return locks.read(name, "GetLock");
    } catch (SdkException readFailed) {
      refused.addSuppressed(readFailed);
      return null;
    }
  }

  private void markLost(LockLostException reason) {
    synchronized (monitor) {
      if (state != State.HELD) {
        return;
      }
      state = State.LOST;
      lostBecause = reason;
      monitor.notifyAll();
    }
    locks.ended(this);
    lost.complete(reason);
  }

  private Instant clock() {
    return locks.session().clock().instant();
  }

  /** The watcher: renews every heartbeat, marks the lease lost when its end passes, ends with the lease. */
  private void watch() {
    while (true) {
      boolean renewNow = false;
      synchronized (monitor) {
        if (state != State.HELD) {
          return;
        }
        Instant now = clock();
        Instant validUntil = leaseEnds.minus(options.safetyMargin());
        if (!now.isBefore(validUntil)) {
          renewNow = false;
        } else if (nextRenewal != null && !now.isBefore(nextRenewal)) {
          renewNow = true;
        } else {
          Instant next = nextRenewal != null && nextRenewal.isBefore(validUntil) ? nextRenewal : validUntil;
          long millis = Math.min(LONGEST_WAIT_MILLIS, Duration.between(now, next).toMillis() + 1);
          try {
            monitor.wait(millis);
          } catch (InterruptedException interrupted) {
            return; // only Dynastore starts this thread; an interrupt means the JVM is going away
          }
          continue;
        }
      }
      if (renewNow) {
        try {
          renew();
        } catch (LockLostException gone) {
          return;
        } catch (RuntimeException failed) {
          // throttled or unreachable: the lease holds until its end; try again next heartbeat
        }
        synchronized (monitor) {
          nextRenewal = clock().plus(options.heartbeat());
        }
      } else {
        checkEnd(clock());
      }
    }
  }

  /** Whether the watcher thread still runs (for tests). */
  boolean watching() {
    return watcher.isAlive();
  }

  @Override
  public String toString() {
    return "Lease(" + locks.describe(name) + ", fencing token " + fencingToken + ", owner " + options.owner() + ")";
  }
}
