package dev.dynastore.internal;

import dev.dynastore.LockLostException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * A {@link Lease} and its watcher: one daemon thread per held lease, which renews it every heartbeat, marks it lost
 * when its end less the safety margin passes ({@link #lost()} completes on a thread of the common pool, never under
 * a lock of the lease nor on a caller's thread), and ends as soon as the lease is released or lost, or when nothing refers to the lease any more (a
 * dropped lease is no longer renewed, so its lock is free at its end). Renewals and the release are conditional on
 * the stored fencing token and holder, so they never touch a lock another holder has since acquired, and are
 * settled by their write token when an answer was lost. A renewal gives up when the lease stops counting as held
 * (the lease is lost then, on time), and one that applied too late releases the lock again, so that it does not
 * stay held by a lease its holder was told is lost. While a release is out, its outcome, not the clock, decides.
 * Internal.
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
  /** Completed or cancelled by the watcher only; callers get copies. */
  private final CompletableFuture<LockLostException> lost = new CompletableFuture<>();
  /** What the watcher shares with the lease: the watcher holds it, and the lease only weakly. */
  private final Shared shared;
  /** One renewal or release at a time. */
  private final Object writing = new Object();

  /** The state the watcher thread needs, which must not refer to the lease (so that a dropped lease is collected). */
  private static final class Shared {
    /** Guards everything here; the watcher waits on it. */
    final Object monitor = new Object();
    final Clock clock;
    final Duration margin;
    final String lock;
    State state = State.HELD;
    LockLostException lostBecause;
    Instant leaseEnds;
    Instant nextRenewal;
    /** Releases in flight: their outcome, not the clock, decides whether the lease is lost (or released). */
    int releasesOut;
    /** A release was asked for and did not apply (or may not have): no more renewals; a release may be tried again. */
    boolean abandoned;
    /** A renewal may have applied after the lease was lost: the lock is released again, as soon as can be. */
    boolean releaseOwed;

    Shared(Clock clock, Duration margin, String lock) {
      this.clock = clock;
      this.margin = margin;
      this.lock = lock;
    }
  }

  DefaultLease(DefaultLocks locks, String name, long fencingToken, Instant leaseEnds, AttributeValue data,
      LockOptions options) {
    this.locks = locks;
    this.name = name;
    this.fencingToken = fencingToken;
    this.data = data;
    this.options = options;
    this.fence = new Fence(locks.table().name(), locks.partition(), name, fencingToken);
    this.shared = new Shared(locks.session().clock(), options.safetyMargin(), locks.describe(name) + " (fencing token "
        + fencingToken + ")");
    shared.leaseEnds = leaseEnds;
    // a heartbeat after the instant the lease end counts from, not after this object's making: an acquisition
    // slow to answer must not leave the lease to end before its first renewal
    shared.nextRenewal = options.heartbeat().isZero() ? null
        : leaseEnds.minus(options.leaseDuration()).plus(options.heartbeat());
    locks.held(this);
    Thread watcher = new Thread(new Watcher(this), "dynastore-lease-" + name + "#" + fencingToken + "@"
        + locks.table().name());
    watcher.setDaemon(true);
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
    synchronized (shared.monitor) {
      return shared.leaseEnds;
    }
  }

  @Override
  public Optional<AttributeValue> data() {
    return Optional.ofNullable(data);
  }

  @Override
  public CompletableFuture<LockLostException> lost() {
    return lost.copy(); // an observer that completes or cancels its copy silences no other
  }

  @Override
  public boolean isHeld() {
    return heldNow() == null;
  }

  /**
   * The fence of a write about to be sent.
   *
   * @throws LockLostException if the lease is known to be lost or released, or its end less the margin has passed
   */
  Fence fenceForWrite() {
    LockLostException notHeld = heldNow();
    if (notHeld != null) {
      throw new LockLostException("cannot write fenced by lock " + locks.describe(name) + ": " + notHeld.getMessage()
          + "; nothing was written", notHeld);
    }
    return fence;
  }

  /**
   * Why the lease does not count as held now, or null while it does. Marks it lost when its end less the margin has
   * passed, unless a release is out (then its outcome decides).
   */
  private LockLostException heldNow() {
    Instant now = clock();
    synchronized (shared.monitor) {
      if (shared.state == State.RELEASED) {
        return new LockLostException("the lease of lock " + locks.describe(name) + " was released");
      }
      if (shared.state == State.LOST) {
        return shared.lostBecause;
      }
      if (shared.abandoned) {
        return new LockLostException("the lease of lock " + locks.describe(name) + " is being released (a release"
            + " did not apply): it is no longer renewed");
      }
      LockLostException ended = endedBy(now);
      if (ended == null) {
        return null;
      }
      if (shared.releasesOut == 0) {
        markLost(ended);
      }
      return ended;
    }
  }

  /** Why the lease ended by {@code now}, or null while it runs; under the monitor. */
  private LockLostException endedBy(Instant now) {
    Instant ends = shared.leaseEnds;
    if (now.isBefore(ends.minus(options.safetyMargin()))) {
      return null;
    }
    return new LockLostException("the lease of lock " + locks.describe(name) + " (fencing token " + fencingToken
        + ") ended at " + ends + (options.safetyMargin().isZero() ? "" : ", less the safety margin of "
        + options.safetyMargin() + ",") + " without a renewal (now " + now + ")");
  }

  /**
   * Marks the lease lost and completes {@link #lost()} on another thread (callbacks never run under a lock of the
   * lease, nor on the thread that noticed). Under the monitor.
   */
  private void markLost(LockLostException reason) {
    if (shared.state != State.HELD) {
      return;
    }
    if (shared.abandoned) { // its holder asked to release it, and its end has come: as good as released
      releasedLocked();
      return;
    }
    shared.state = State.LOST;
    shared.lostBecause = reason;
    shared.monitor.notifyAll();
    locks.ended(this);
    lost.completeAsync(() -> reason);
  }

  private void lose(LockLostException reason) {
    synchronized (shared.monitor) {
      markLost(reason);
    }
  }

  /** Ends the lease as released: no more renewals, and {@link #lost()} cancelled (on another thread). Under the monitor. */
  private void releasedLocked() {
    if (shared.state != State.HELD) {
      return;
    }
    shared.state = State.RELEASED;
    shared.monitor.notifyAll();
    locks.ended(this);
    CompletableFuture.runAsync(() -> lost.cancel(false));
  }

  @Override
  public void renew() {
    synchronized (writing) {
      LockLostException notHeld = heldNow();
      if (notHeld != null) {
        throw new LockLostException("cannot renew: " + notHeld.getMessage(), notHeld);
      }
      Instant now = clock();
      Instant ends = now.plus(options.leaseDuration());
      Expression expression = new Expression();
      Expression.Update update = new Expression.Update()
          .set(expression.field(DefaultLocks.LEASE_ENDS), expression.value(Expression.instant(ends)));
      Outcome outcome = write("RenewLock", expression, update, now, untilNotHeld());
      boolean lostMeanwhile;
      synchronized (shared.monitor) {
        if (outcome.refused() != null) {
          markLost(new LockLostException("cannot renew lock " + locks.describe(name) + ": " + outcome.refused(),
              outcome.failure()));
        } else if (outcome.applied() && shared.state == State.HELD) {
          shared.leaseEnds = ends; // what is stored: another host takes the lock at this end
        } else if (!outcome.applied()) {
          if (outcome.thrown() instanceof OutcomeUnknownException) {
            shared.releaseOwed = true; // should the lease be lost, this renewal may still hold the lock
          }
          if (endedBy(clock()) != null) {
            markLost(endedBy(clock()));
          }
        }
        lostMeanwhile = outcome.refused() == null && shared.state == State.LOST;
        if (lostMeanwhile && outcome.applied()) {
          shared.releaseOwed = true;
        }
        shared.monitor.notifyAll();
      }
      if (lostMeanwhile) {
        // its holder is told the lease is lost: do not leave the lock held by a renewal that may have applied
        boolean owed = releaseOwed();
        boolean released = owed && releaseQuietly();
        throw new LockLostException("the renewal of lock " + locks.describe(name) + " came too late: "
            + lostBecause().getMessage() + (!owed ? "" : released ? ". The lock was released again"
            : ". It could not be released again: it is free at the latest at " + ends), outcome.failure());
      }
      if (outcome.refused() != null) {
        throw lostBecause();
      }
      outcome.rethrow();
    }
  }

  private boolean releaseOwed() {
    synchronized (shared.monitor) {
      return shared.releaseOwed;
    }
  }

  @Override
  public void release() {
    synchronized (writing) {
      boolean owed = false;
      synchronized (shared.monitor) {
        if (shared.state == State.RELEASED) {
          return;
        }
        if (shared.state == State.LOST && !shared.releaseOwed) {
          throw new LockLostException("cannot release: " + shared.lostBecause.getMessage(), shared.lostBecause);
        }
        LockLostException ended = shared.state == State.LOST ? null : endedBy(clock());
        if (ended != null) {
          markLost(ended); // released instead, when an earlier release did not apply: the lock is free now
          if (shared.state == State.RELEASED) {
            return;
          }
          throw new LockLostException("cannot release: " + ended.getMessage(), ended);
        }
        if (shared.state == State.LOST) { // a renewal may have applied too late: free the lock, then say it was lost
          owed = true;
        } else {
          shared.releasesOut++;
        }
      }
      if (owed) {
        releaseQuietly();
        throw new LockLostException("cannot release: " + lostBecause().getMessage(), lostBecause());
      }
      Expression expression = new Expression();
      Expression.Update update = releaseUpdate(expression);
      Outcome outcome;
      try {
        outcome = write("ReleaseLock", expression, update, clock(), options.leaseDuration());
      } catch (RuntimeException unexpected) {
        synchronized (shared.monitor) {
          shared.releasesOut--;
          shared.abandoned = true;
        }
        throw unexpected;
      }
      synchronized (shared.monitor) {
        shared.releasesOut--;
        if (outcome.refused() != null) {
          markLost(new LockLostException("cannot release lock " + locks.describe(name) + ": " + outcome.refused(),
              outcome.failure()));
        } else if (outcome.applied() || outcome.gone()) {
          releasedLocked(); // or, gone: no longer this lease's, whatever the release did
        } else {
          // not applied, or not known to: stop renewing, so that the lock is free at its end at the latest, and let
          // release(), close() or releaseAll() try again
          shared.abandoned = true;
          shared.monitor.notifyAll();
        }
      }
      if (outcome.refused() != null) {
        throw lostBecause();
      }
      outcome.rethrow();
    }
  }

  /** A release's update: no holder, no lease end, no data; the fencing count stays. */
  private static Expression.Update releaseUpdate(Expression expression) {
    return new Expression.Update()
        .remove(expression.field(DefaultLocks.HOLDER))
        .remove(expression.field(DefaultLocks.LEASE_ENDS))
        .remove(expression.reserved(ItemLayout.PAYLOAD));
  }

  /**
   * A release for a lease already lost whose renewal may have applied: best effort, never throws; whether it
   * applied (or the lock is no longer this lease's anyway). Clears the debt when it is settled.
   */
  private boolean releaseQuietly() {
    Expression expression = new Expression();
    Expression.Update update = releaseUpdate(expression);
    boolean settled;
    try {
      Outcome outcome = write("ReleaseLock", expression, update, clock(), Duration.ofSeconds(1));
      settled = outcome.applied() || outcome.refused() != null;
    } catch (RuntimeException failed) {
      settled = false;
    }
    if (settled) {
      synchronized (shared.monitor) {
        shared.releaseOwed = false;
      }
    }
    return settled;
  }

  /**
   * Releases the lock if this lease still holds it; never throws. A lease that was lost has nothing to release;
   * when the release request fails, the lease is no longer renewed and the lock is free at its end at the latest.
   */
  @Override
  public void close() {
    try {
      release();
    } catch (RuntimeException notReleased) {
      // lost, or the release failed or may have: either way the lease no longer holds the lock, or soon will not
    }
  }

  private LockLostException lostBecause() {
    synchronized (shared.monitor) {
      return shared.lostBecause;
    }
  }

  /**
   * What a renewal's or release's write did: applied; refused because the lease no longer holds the lock (why, in
   * words); or failed, with the exception to throw (translated, or an unknown outcome), and whether the lock is no
   * longer this lease's whatever the write did ({@code gone}: another holder has it, or its item is gone).
   */
  private record Outcome(boolean applied, String refused, RuntimeException thrown, Throwable failure, boolean gone) {
    Outcome(boolean applied, String refused, RuntimeException thrown, Throwable failure) {
      this(applied, refused, thrown, failure, false);
    }

    void rethrow() {
      if (thrown != null) {
        throw thrown;
      }
    }
  }

  /**
   * A renewal's or release's write: the update, a new version and write token, on condition that this lease still
   * holds the lock (same fencing token and holder) and its end has not passed by {@code now}; given up after
   * {@code timeout}, and so is the read that settles an answer lost.
   */
  private Outcome write(String operation, Expression expression, Expression.Update update, Instant now,
      Duration timeout) {
    SdkBytes token = WriteTokens.next();
    String version = expression.reserved(ItemLayout.VERSION);
    update.set(version, version + " + " + expression.value(Expression.number(1)))
        .set(expression.reserved(ItemLayout.WRITE_TOKEN), expression.value(AttributeValue.fromB(token)));
    String leaseEnds = expression.field(DefaultLocks.LEASE_ENDS);
    String condition = expression.field(DefaultLocks.FENCING_TOKEN) + " = "
        + expression.value(Expression.number(fencingToken)) + " AND " + expression.field(DefaultLocks.HOLDER) + " = "
        + expression.value(AttributeValue.fromS(options.owner())) + " AND " + leaseEnds + " > "
        + expression.value(Expression.instant(now));
    AttemptLog attempts = new AttemptLog();
    boolean renewal = operation.equals("RenewLock");
    UpdateItemRequest request = UpdateItemRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .tableName(locks.table().name())
        .key(Items.key(locks.partition(), name))
        .updateExpression(update.build())
        .conditionExpression(condition)
        .expressionAttributeNames(expression.names())
        .expressionAttributeValues(expression.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .overrideConfiguration(attempts.configuration(AwsRequestOverrideConfiguration.builder()
            .apiCallTimeout(timeout)
            .build()))
        .build();
    String what = (renewal ? "renew" : "release") + " lock " + locks.describe(name) + (renewal ? ""
        : " (the lease is no longer renewed, so the lock is free at the latest when it ends, " + leaseEnds() + ")");
    Session session = locks.session();
    try {
      session.send(operation, request, session.client()::updateItem);
      return new Outcome(true, null, null, null);
    } catch (ConditionalCheckFailedException refused) {
      Map<String, AttributeValue> stored = stored(refused);
      if (stored != null && Items.sameToken(stored, token)) {
        return new Outcome(true, null, null, null); // an attempt whose answer was lost applied it
      }
      if (!renewal && stored != null && isMyToken(stored) && !stored.containsKey(DefaultLocks.HOLDER)) {
        return new Outcome(true, null, null, null); // released under this lease's token: by an earlier release
      }
      if (attempts.earlierMayHaveApplied(refused) > 0 && operation.equals("ReleaseLock")) {
        return new Outcome(false, null, UnknownOutcomes.reported(session, operation, null,
            new OutcomeUnknownException("the release of lock " + locks.describe(name)
            + " may or may not have been applied: an attempt whose answer was lost may have released it, and "
            + whyRefused(stored) + ". It is no longer held by this lease either way", refused)), refused, true);
      }
      return new Outcome(false, whyRefused(stored), null, refused);
    } catch (SdkException e) {
      if (attempts.allMayHaveApplied(e) == 0) {
        return new Outcome(false, null, Failures.translate(e, what, locks.table().name()), e);
      }
      Map<String, AttributeValue> stored;
      try {
        stored = locks.read(name, "GetLock", renewal ? untilNotHeld() : timeout);
      } catch (SdkException readFailed) {
        e.addSuppressed(readFailed);
        return new Outcome(false, null, UnknownOutcomes.reported(session, operation, null,
            new OutcomeUnknownException("the " + what + " may or may not have been"
            + " applied: an attempt whose answer was lost may have applied it, and the lock could not be read to"
            + " tell", e)), e);
      }
      if (stored != null && Items.sameToken(stored, token)) {
        return new Outcome(true, null, null, null);
      }
      if (!renewal && stored != null && isMyToken(stored) && !stored.containsKey(DefaultLocks.HOLDER)) {
        return new Outcome(true, null, null, null);
      }
      boolean stillMine = stored != null && isMyToken(stored) && stored.containsKey(DefaultLocks.HOLDER);
      if (stillMine) {
        return new Outcome(false, null, Failures.translate(e, what, locks.table().name()), e); // not applied
      }
      return new Outcome(false, null, UnknownOutcomes.reported(session, operation, null,
          new OutcomeUnknownException("the " + what + " may or may not have been"
          + " applied: an attempt whose answer was lost may have applied it, and " + whyRefused(stored), e)), e, true);
    }
  }

  /**
   * How long a renewal may take: until the lease stops counting as held (by the session's clock), so that the watcher
   * marks it lost on time; at least 100 ms, so that a renewal at the last moment (or under a clock that stands
   * still, in tests) can still be answered.
   */
  private Duration untilNotHeld() {
    Duration left = Duration.between(clock(), leaseEnds().minus(options.safetyMargin()));
    return left.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : left;
  }

  private boolean isMyToken(Map<String, AttributeValue> stored) {
    return Expression.number(fencingToken).equals(stored.get(DefaultLocks.FENCING_TOKEN));
  }

  /** Why a renewal or release was refused, as the stored lock (null: none, or unreadable) shows. */
  private String whyRefused(Map<String, AttributeValue> stored) {
    if (stored == null) {
      return "its item is gone (deleted by someone else), or could not be read";
    }
    AttributeValue token = stored.get(DefaultLocks.FENCING_TOKEN);
    if (token != null && !Expression.number(fencingToken).equals(token)) {
      AttributeValue owner = stored.get(DefaultLocks.HOLDER);
      return "another holder (" + (owner == null ? "none now" : owner.s()) + ", fencing token " + token.n()
          + ") has acquired it since";
    }
    if (!stored.containsKey(DefaultLocks.HOLDER)) {
      return "it was released";
    }
    return "its lease ended at " + DefaultLocks.leaseEnds(stored);
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

  private Instant clock() {
    return locks.session().clock().instant();
  }

  @Override
  public String toString() {
    return "Lease(" + locks.describe(name) + ", fencing token " + fencingToken + ", owner " + options.owner() + ")";
  }

  /**
   * The watcher thread: renews every heartbeat, marks the lease lost when its end passes, and ends with the
   * lease. It refers to the lease weakly between rounds, so that a lease nobody
   * refers to is collected and no longer renewed.
   */
  private static final class Watcher implements Runnable {
    private final WeakReference<DefaultLease> lease;
    private final Shared shared;
    private final CompletableFuture<LockLostException> lost;
    private final Duration heartbeat;

    Watcher(DefaultLease lease) {
      this.lease = new WeakReference<>(lease);
      this.shared = lease.shared;
      this.lost = lease.lost;
      this.heartbeat = lease.options.heartbeat();
    }

    @Override
    public void run() {
      while (true) {
        try {
          if (!round()) {
            break;
          }
        } catch (InterruptedException ignored) {
          // only Dynastore starts this thread, and nothing should stop it: the lease decides when it ends
        }
      }
      DefaultLease held = lease.get();
      if (held != null && held.releaseOwed()) {
        held.releaseQuietly(); // a renewal may have applied after the lease was lost: free the lock again
      }
    }

    /**
     * One round: wait, then renew, or mark the lease lost when its end (less the margin) has passed; false when it
     * has ended. A lease nobody refers to any more is no longer renewed, but still watched, so that its
     * {@link #lost()} completes at its end for whoever kept that.
     */
    private boolean round() throws InterruptedException {
      DefaultLease held = lease.get();
      synchronized (shared.monitor) {
        if (shared.state != State.HELD) {
          return false;
        }
        Instant now = shared.clock.instant();
        Instant validUntil = shared.leaseEnds.minus(shared.margin);
        if (!now.isBefore(validUntil)) {
          if (shared.releasesOut > 0) {
            held = null; // a release is out: its outcome decides, and wakes this thread
            shared.monitor.wait(LONGEST_WAIT_MILLIS);
            return true;
          }
          if (held != null) {
            held.markLost(held.endedBy(now));
          } else { // dropped without a release: tell whoever kept lost()
            shared.state = State.LOST;
            shared.lostBecause = new LockLostException("the lease of lock " + shared.lock + " was dropped without"
                + " a release, so it was no longer renewed, and it ended at " + shared.leaseEnds);
            lost.completeAsync(() -> shared.lostBecause);
          }
          return false;
        }
        boolean renewing = held != null && !shared.abandoned && shared.nextRenewal != null;
        if (!renewing || now.isBefore(shared.nextRenewal)) {
          Instant next = renewing && shared.nextRenewal.isBefore(validUntil) ? shared.nextRenewal : validUntil;
          long millis = Math.min(LONGEST_WAIT_MILLIS, Duration.between(now, next).toMillis() + 1);
          held = null; // not while waiting: a lease dropped meanwhile can be collected
          shared.monitor.wait(Math.max(1, millis));
          return true;
        }
      }
      try {
        held.renew();
      } catch (RuntimeException failed) {
        // refused (then lost), throttled or unreachable (it holds until its end): the next round decides
      }
      synchronized (shared.monitor) {
        // renewed: a heartbeat after the instant the new lease end counts from; not renewed: again in half a
        // heartbeat, so that more than one failed renewal fits in a lease
        Instant next = shared.leaseEnds.minus(held.options.leaseDuration()).plus(heartbeat);
        Instant now = shared.clock.instant();
        shared.nextRenewal = next.isAfter(now) ? next : now.plus(heartbeat.dividedBy(2));
      }
      return true;
    }
  }
}
