package dev.dynastore.it.locks;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static dev.dynastore.testing.FaultInjector.Fault.LOSE_ANSWER;
import static dev.dynastore.testing.FaultInjector.Fault.REFUSE_CONNECTION;
import static dev.dynastore.testing.FaultInjector.Fault.SERVER_ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.LockLostException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.Table;
import dev.dynastore.Transaction;
import dev.dynastore.Versioned;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Found by a second adversarial review of leases (each test failed before its fix; the comments say what was wrong). */
@DynamoDbTest
class SecondReviewLeaseTest {
  private final FaultInjector updates = new FaultInjector();
  private final FaultInjector reads = new FaultInjector();
  private DynamoDbClient faultyClient;
  private LockFixture fixture;
  private TestClock clock;
  private Locks mine;
  private Locks theirs;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, DynamoDbClient client, @TableName String table) {
    fixture = new LockFixture(client, table);
    clock = LockFixture.clock();
    faultyClient = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(reads)
            .addExecutionInterceptor(updates).retryStrategy(retries -> retries.maxAttempts(4)).build())
        .build();
    mine = Dynastore.builder().client(faultyClient).clock(clock).build().table(table)
        .locks("locks", LockFixture.manual("me", 10));
    theirs = fixture.locks(clock, LockFixture.manual("them", 10));
  }

  @AfterEach
  void close() {
    faultyClient.close();
  }

  /**
   * release() fails (DynamoDB unreachable for a moment: nothing written), so the caller retries it, as the exception
   * invites. The retry returns normally without a request ("releasing a released lease does nothing"): the caller is
   * told the lock is released while this lease still holds it for the rest of its lease.
   */
  @Test
  void aRetriedReleaseAfterAFailedOneDoesNotReportSuccessWhileTheLockIsStillHeld() {
    Lease lease = mine.tryAcquire("retry-release").orElseThrow();
    updates.inject("UpdateItem", REFUSE_CONNECTION, REFUSE_CONNECTION, REFUSE_CONNECTION, REFUSE_CONNECTION);
    Throwable first = catchThrowable(lease::release);
    assertThat(first).as("nothing was written").isNotNull().isNotInstanceOf(OutcomeUnknownException.class);

    Throwable retried = catchThrowable(lease::release); // the network is back

    assertThat(retried == null && theirs.holder("retry-release").isPresent())
        .as("release() returned normally (%s) while the lock is still held by %s", retried,
            theirs.holder("retry-release"))
        .isFalse();
  }

  /**
   * Shutdown: executor.shutdownNow() interrupts the workers, whose try-with-resources close() fails (the SDK aborts an
   * interrupted call before sending it), then the shutdown hook calls locks.releaseAll(), as the README says. The
   * failed close removed the lease from the set releaseAll walks: the lock stays held for a whole lease, and every
   * other worker waits.
   */
  @Test
  void releaseAllReleasesALeaseWhoseCloseFailedBecauseItsThreadWasInterrupted() throws Exception {
    Locks plain = fixture.locks(clock, LockFixture.manual("worker", 10));
    Lease lease = plain.tryAcquire("shutdown").orElseThrow();
    Thread worker = new Thread(() -> {
      Thread.currentThread().interrupt(); // shutdownNow()
      lease.close();
    });
    worker.start();
    worker.join(10_000);
    assertThat(theirs.holder("shutdown")).as("precondition: the interrupted close() did not release").isPresent();

    plain.releaseAll(); // the shutdown hook

    assertThat(theirs.holder("shutdown")).as("after releaseAll()").isEmpty();
  }

  /**
   * A worker keeps only lost() ("stop working when the lease is lost") and lets the lease go, relying on its end. Once
   * the garbage collector takes the lease, the watcher ends without completing lost(): the lease's end passes, the
   * lock is free for others, and the worker is never told to stop.
   */
  @Test
  void lostCompletesAtTheEndOfALeaseThatWasDroppedWhileSomeoneWatchesLost() throws Exception {
    LockOptions options = LockOptions.builder().owner("dropper").leaseDuration(Duration.ofSeconds(10))
        .heartbeat(Duration.ofSeconds(3)).build();
    Locks locks = fixture.locks(clock, options);
    AtomicReference<LockLostException> told = new AtomicReference<>();
    AtomicBoolean cancelled = new AtomicBoolean();
    acquireWatchLostAndDrop(locks, "dropped-watched", told, cancelled);
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
    }
    clock.advance(Duration.ofSeconds(4)); // a heartbeat is due: a dropped lease is no longer renewed
    Thread.sleep(500);
    assertThat(theirs.holder("dropped-watched").orElseThrow().leaseEnds()).as("precondition: collected, not renewed")
        .isEqualTo(LockFixture.NOW.plusSeconds(10));

    clock.advance(Duration.ofSeconds(20)); // the lease has ended: another host takes the lock
    assertThat(theirs.tryAcquire("dropped-watched")).isPresent();

    LockFixture.eventually(3_000, () -> told.get() != null || cancelled.get());
    assertThat(told.get() != null || cancelled.get()).as("lost() settled once the dropped lease ended").isTrue();
  }

  private static void acquireWatchLostAndDrop(Locks locks, String name, AtomicReference<LockLostException> told,
      AtomicBoolean cancelled) {
    CompletableFuture<LockLostException> lost = locks.tryAcquire(name).orElseThrow().lost();
    lost.whenComplete((why, failure) -> {
      if (why != null) {
        told.set(why);
      } else {
        cancelled.set(true);
      }
    });
  }



  /**
   * release() decrements the count of releases out, leaves the lease's monitor, and only then marks the lease
   * released. A thread calling isHeld() (or a fenced write, or the watcher) in between, once the margin has passed
   * during the release, marks the lease lost: lost() completes ("stop working") although release() applied and
   * returned normally. The Lease contract: a released lease's lost() completes exceptionally.
   */
  @Test
  void aReleaseThatAppliedNeverLetsLostComplete() throws Exception {
    AtomicReference<Lease> current = new AtomicReference<>();
    AtomicBoolean stop = new AtomicBoolean();
    Table table = fixture.table(clock, (operation, request) -> {
      if (operation.equals("ReleaseLock")) {
        clock.set(LockFixture.NOW.plusMillis(9_500)); // the margin passes while the release is out
      }
    });
    Locks racing = table.locks("locks", LockFixture.manual("me", 10));
    Thread[] spinners = new Thread[3];
    for (int i = 0; i < spinners.length; i++) {
      spinners[i] = new Thread(() -> {
        while (!stop.get()) {
          Lease lease = current.get();
          if (lease != null) {
            lease.isHeld(); // a worker checking before each step
          }
        }
      });
      spinners[i].start();
    }
    int completedAfterRelease = 0;
    int rounds = 0;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (rounds < 300 && System.nanoTime() < deadline && completedAfterRelease == 0) {
        clock.set(LockFixture.NOW);
        Lease lease = racing.tryAcquire("race-" + rounds++).orElseThrow();
        clock.set(LockFixture.NOW.plusSeconds(8));
        current.set(lease);
        lease.release(); // applied: returns normally
        current.set(null);
        CompletableFuture<LockLostException> lost = lease.lost();
        try {
          lost.get(5, TimeUnit.SECONDS);
          completedAfterRelease++;
        } catch (java.util.concurrent.ExecutionException expected) {
          // cancelled: released
        }
      }
    } finally {
      stop.set(true);
      for (Thread spinner : spinners) {
        spinner.join();
      }
    }
    assertThat(completedAfterRelease).as("leases whose release applied but whose lost() completed, in %s rounds",
        rounds).isZero();
  }

  /**
   * A renewal applies but its answer is lost and the lock cannot be read to tell: renew() says "unknown". The lease
   * keeps its old end, and when that end (less the margin) passes the holder is told the lease is lost. But the
   * renewal did apply: the lock stays held by this lease for another lease duration, nobody can take it, and its
   * holder cannot release it either (release() says there is nothing to release). A renewal applied too late is
   * released again; one whose outcome was unknown is not.
   */
  @Test
  void aLeaseLostAfterARenewalOfUnknownOutcomeDoesNotKeepTheLockHeld() {
    Lease lease = mine.tryAcquire("unknown-renewal").orElseThrow();
    clock.advance(Duration.ofSeconds(8));
    updates.loseNextAnswers("UpdateItem", 4);
    reads.inject("GetItem", SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR);
    Throwable renewed = catchThrowable(lease::renew);
    assertThat(renewed).as("renew() (faults taken: %s, %s)", updates.injected(), reads.injected())
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(lease.leaseEnds()).isEqualTo(LockFixture.NOW.plusSeconds(10));

    clock.set(LockFixture.NOW.plusMillis(9_500));
    assertThat(lease.isHeld()).as("told: lost").isFalse();
    Throwable released = catchThrowable(lease::release);
    assertThat(released).isInstanceOf(LockLostException.class);

    clock.set(lease.leaseEnds()); // the end the lease reports, "as stored"
    assertThat(theirs.tryAcquire("unknown-renewal")).as("the lock is free at the end its lost holder was told (%s);"
        + " stored: %s", lease.leaseEnds(), theirs.holder("unknown-renewal")).isPresent();
  }

  /**
   * A fence whose token is a decimal below the lease's: DynamoDB's condition (token <= this token) lets fenced writes
   * through, while Fence.refusalBy calls it "a fence Dynastore did not write" and refuses. So a fenced put succeeds,
   * but a fenced compare-and-swap that lost to another writer is reported as FencedOutException ("nothing written,
   * you are fenced out": stop working) instead of KeyModifiedException (read again and retry).
   */
  @Test
  void aDecimalFenceTokenIsJudgedAlikeByDynamoDbAndTheRuntime() {
    Lease lease = theirs.tryAcquire("decimal").orElseThrow();
    KVPartition fenced = fixture.table(clock).fencedBy(lease).partition("items");
    AttributeValue fence = AttributeValue.fromM(Map.of("table", AttributeValue.fromS(fixture.tableName),
        "partition", AttributeValue.fromS("locks"), "lock", AttributeValue.fromS("decimal"),
        "token", AttributeValue.fromN((lease.fencingToken() - 1) + ".5")));
    rawItem("dec-put", fence, 3);
    rawItem("dec-cas", fence, 3);

    Throwable put = catchThrowable(() -> fenced.put("dec-put", withString("v")));
    KVPair read = fenced.get("dec-cas", consistent()).orElseThrow();
    rawItem("dec-cas", fence, 4); // another writer, unfenced: the fence stays
    Throwable cas = catchThrowable(() -> fenced.atomicPut("dec-cas", withString("v"), withPreviousKV(read)));

    assertThat(put).as("DynamoDB's fence condition let the put through").isNull();
    assertThat(cas).as("so the compare-and-swap failed on the version, not the fence")
        .isInstanceOf(KeyModifiedException.class);
  }

  private void rawItem(String key, AttributeValue fence, long version) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("id", AttributeValue.fromS("items"));
    item.put("name", AttributeValue.fromS(key));
    item.put("version", AttributeValue.fromN(Long.toString(version)));
    item.put("payload", AttributeValue.fromS("value"));
    item.put("fence", fence);
    fixture.client.putItem(p -> p.tableName(fixture.tableName).item(item));
  }

  /**
   * A fenced transaction's first commit has an unknown outcome (5xx: nothing applied, but the client cannot tell). The
   * holder then releases its lease (or it is lost) and, as the exception advises, commits the same transaction again:
   * the fence was taken when the transaction was first built, the retry writes through a lease known to be released,
   * although "a write through a lease known to be lost or released fails before any request (LockLostException)".
   * The next holder may already hold the lock and not yet have written the item: nothing refuses the late write.
   */
  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void aTransactionCommittedAgainAfterItsLeaseWasReleasedFailsBeforeAnyRequest() {
    Table table = Dynastore.builder().client(faultyClient).clock(clock).build().table(fixture.tableName);
    Lease lease = table.locks("locks", LockFixture.manual("me", 10)).tryAcquire("tx").orElseThrow();
    EdgeJobRepository fencedJobs = new EdgeJobRepository(table.fencedBy(lease));
    Versioned<EdgeJob> job = fencedJobs.create(new EdgeJob("tx-late", "new", 0));
    Transaction transaction = table.session().transaction()
        .update(fencedJobs, job, new EdgeJob("tx-late", "done", 0));
    updates.inject("TransactWriteItems", SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR);
    assertThat(catchThrowable(transaction::commit)).isInstanceOf(OutcomeUnknownException.class);
    lease.release();
    assertThat(lease.isHeld()).isFalse();

    Throwable again = catchThrowable(transaction::commit);

    assertThat(again).as("committed again through a released lease").isInstanceOf(LockLostException.class);
    assertThat(fencedJobs.get("tx-late", Consistency.STRONG).orElseThrow().value().state()).isEqualTo("new");
  }

  /**
   * A renewal applies after the margin passed (the watcher marked the lease lost meanwhile); the quiet release that
   * should undo it fails (the network blips). renew() still says "The lock was released again", the holder was told
   * the lease is lost, and its release() refuses ("nothing to release"): the lock stays held by a lost lease for a
   * whole lease duration, and the message lies about it.
   */
  @Test
  void aRenewalTooLateWhoseQuietReleaseFailedDoesNotSayTheLockWasReleased() throws Exception {
    Table table = Dynastore.builder().client(faultyClient).clock(clock)
        .addRequestHook(new dev.dynastore.RequestHook() {
          @Override
          public void requestBuilt(String operation, software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest r) {
            if (operation.equals("RenewLock")) {
              clock.advance(Duration.ofMillis(600)); // slow: the margin passes while it is out
              try {
                Thread.sleep(800); // the watcher marks the lease lost
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          }

          @Override
          public void requestFinished(String operation, software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest r,
              dev.dynastore.RequestResult result) {
            if (operation.equals("RenewLock")) { // applied; the network blips for the release that follows
              updates.inject("UpdateItem", REFUSE_CONNECTION, REFUSE_CONNECTION, REFUSE_CONNECTION, REFUSE_CONNECTION);
            }
          }
        }).build().table(fixture.tableName);
    Lease lease = table.locks("locks", LockFixture.manual("me", 10)).tryAcquire("too-late").orElseThrow();
    clock.advance(Duration.ofMillis(8_500));

    Throwable renewed = catchThrowable(lease::renew);

    assertThat(renewed).isInstanceOf(LockLostException.class);
    assertThat(lease.isHeld()).isFalse();
    assertThat(renewed.getMessage().contains("The lock was released again") && theirs.holder("too-late").isPresent())
        .as("renew() says \"%s\" while the lock is held: %s", renewed.getMessage(), theirs.holder("too-late"))
        .isFalse();
    assertThat(catchThrowable(lease::release)).as("release() pays the debt, and says the lease was lost")
        .isInstanceOf(LockLostException.class);
    assertThat(theirs.holder("too-late")).as("released once the network is back").isEmpty();
  }
}
