package dev.dynastore.it.locks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynastore.LockLostException;
import dev.dynastore.Table;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The lease's local state (isHeld, leaseEnds, lost()) against what DynamoDB stores. */
@DynamoDbTest
class LeaseStateEdgesTest {
  private LockFixture fixture;
  private TestClock clock;
  private Locks theirs;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    fixture = new LockFixture(client, table);
    clock = LockFixture.clock();
    theirs = fixture.locks(clock, LockFixture.manual("them", 10));
  }

  /** A session whose "slow" operation takes {@code stepMillis} of its clock and 800 ms of real time. */
  private Table slowAt(String slowOperation, long stepMillis) {
    return fixture.table(clock, (operation, request) -> {
      if (operation.equals(slowOperation)) {
        clock.advance(Duration.ofMillis(stepMillis)); // the request is slow: the clock moves on while it is out
        try {
          Thread.sleep(800); // the watcher looks at the clock at least every 250 ms
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
  }

  /**
   * Was a defect: a renewal sent 0.5 s before the lease's margin, slow enough that the margin passes while it is out:
   * DynamoDB applied it and renew() returned normally, but the watcher had meanwhile marked the lease lost, and
   * nobody could release the lock for a whole lease duration. Now either the renewal holds the lease, or it is
   * reported too late and the lock is released again.
   */
  @Test
  void aRenewalThatSucceedsWhileTheMarginPassesLeavesTheLeaseConsistent() throws Exception {
    Locks slow = slowAt("RenewLock", 600).locks("locks", LockFixture.manual("me", 10));
    Lease lease = slow.tryAcquire("slow-renew").orElseThrow();
    clock.advance(Duration.ofMillis(8_500)); // held until NOW+9 (end less the margin)
    assertThat(lease.isHeld()).isTrue();

    Throwable renewed = catchThrowable(lease::renew);

    if (renewed == null) {
      assertThat(lease.isHeld()).as("renew() returned normally: the lease is held until NOW+17.5").isTrue();
      assertThat(theirs.holder("slow-renew").orElseThrow().leaseEnds()).isEqualTo(lease.leaseEnds());
      lease.release();
    } else {
      assertThat(renewed).isInstanceOf(LockLostException.class).hasMessageContaining("came too late");
      assertThat(lease.isHeld()).isFalse();
      assertThat(theirs.holder("slow-renew")).as("a renewal too late is released again, not left held").isEmpty();
    }
    assertThat(theirs.holder("slow-renew")).isEmpty();
  }

  /** Was a defect: a release that applies while the margin passes still completes lost(). */
  @Test
  void aReleaseThatAppliesWhileTheMarginPassesDoesNotCompleteLost() throws Exception {
    Locks slow = slowAt("ReleaseLock", 600).locks("locks", LockFixture.manual("me", 10));
    Lease lease = slow.tryAcquire("slow-release").orElseThrow();
    AtomicReference<LockLostException> told = new AtomicReference<>();
    lease.lost().thenAccept(told::set);
    clock.advance(Duration.ofMillis(8_500));

    lease.release(); // returns normally: it applied

    assertThat(theirs.holder("slow-release")).isEmpty();
    assertThat(told.get()).as("released, so the lost() callback (\"stop working\") must not run").isNull();
    LockFixture.assertReleased(lease);
  }

  /**
   * Was a defect: a manual renewal after the host's clock was stepped back (NTP correcting a clock that ran ahead) stores
   * an earlier end than the lease keeps locally (renew() keeps the later of the two). With one clock, no skew, the
   * next holder takes the lock at the stored end while the old holder's isHeld() is still true for 4 more seconds.
   */
  @Test
  void aRenewalAfterTheClockSteppedBackKeepsTheLocalEndEqualToTheStoredOne() {
    Locks mine = fixture.locks(clock, LockFixture.manual("me", 10));
    Lease lease = mine.tryAcquire("stepped").orElseThrow();
    clock.advance(Duration.ofSeconds(3));
    lease.renew(); // ends NOW+13, stored and local
    clock.advance(Duration.ofSeconds(-5)); // the clock is corrected: it ran 5 s ahead
    lease.renew(); // stored: NOW+8

    java.time.Instant stored = theirs.holder("stepped").orElseThrow().leaseEnds();
    java.time.Instant local = lease.leaseEnds();
    clock.set(LockFixture.NOW.plusSeconds(8));
    Optional<Lease> next = theirs.tryAcquire("stepped");
    assertThat(next.isPresent() && lease.isHeld()).as("two holders at once on one clock (stored end %s, the"
        + " lease's own %s)", stored, local).isFalse();
  }

  /**
   * Was a defect: lost() hands out the lease's own future. A caller's lease.lost().orTimeout(...) (which completes the
   * future it is called on) or cancel()/complete() decides it for every other observer: when the lease is really
   * lost, nobody is told.
   */
  @Test
  void oneObserverOfLostCannotSilenceTheOthers() throws Exception {
    Locks mine = fixture.locks(clock, LockFixture.manual("me", 10));
    Lease lease = mine.tryAcquire("observers").orElseThrow();
    AtomicReference<LockLostException> told = new AtomicReference<>();
    lease.lost().thenAccept(told::set); // the worker's "stop working"
    lease.lost().orTimeout(50, TimeUnit.MILLISECONDS); // a monitor that waits at most 50 ms for a loss
    Thread.sleep(300);

    clock.advance(Duration.ofSeconds(30)); // the lease is lost
    LockFixture.eventually(2_000, () -> !lease.isHeld());

    assertThat(lease.isHeld()).isFalse();
    LockFixture.eventually(2_000, () -> told.get() != null);
    assertThat(told.get()).as("the worker is told its lease was lost").isNotNull();
  }

  /**
   * Was a defect: lost() callbacks run on whichever thread notices the loss, here inside the worker's own renew(), which
   * holds the lease's write lock: the README's lost().thenAccept(why -> stopWorking()), with a stopWorking that
   * waits for the worker to finish, deadlocks the worker.
   */
  @Test
  void aLostCallbackThatWaitsForTheWorkerDoesNotDeadlockIt() throws Exception {
    TestClock paused = LockFixture.clock();
    Lease lease = fixture.locks(paused, LockFixture.manual("worker", 10)).tryAcquire("callback").orElseThrow();
    clock.advance(Duration.ofSeconds(10));
    theirs.tryAcquire("callback").orElseThrow();

    CountDownLatch workerFinished = new CountDownLatch(1);
    lease.lost().thenAccept(why -> { // stopWorking(): ask the worker to stop, wait until it has
      try {
        workerFinished.await(3, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    CompletableFuture<Long> worker = CompletableFuture.supplyAsync(() -> {
      long start = System.nanoTime();
      Throwable t = catchThrowable(lease::renew); // the worker's periodic renewal: refused
      assertThat(t).isInstanceOf(LockLostException.class);
      workerFinished.countDown(); // the worker stops
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    });

    long renewMillis = worker.get(10, TimeUnit.SECONDS);
    assertThat(renewMillis).as("renew() was blocked by the lost() callback until its 3 s wait ran out")
        .isLessThan(1_000);
  }


  /**
   * Was a defect: a Lease that is dropped without release (an exception path outside try-with-resources) is
   * renewed by its daemon thread for as long as the JVM lives: the lock is never free again, for any host.
   */
  @Test
  void aDroppedLeaseIsNotRenewedForever() throws Exception {
    LockOptions options = LockOptions.builder().owner("dropper").leaseDuration(Duration.ofMillis(1500))
        .heartbeat(Duration.ofMillis(300)).safetyMargin(Duration.ofMillis(200)).build();
    Locks real = fixture.locks(Clock.systemUTC(), options);
    Locks others = fixture.locks(Clock.systemUTC(), LockFixture.manual("other", 10));
    try {
      acquireAndDrop(real, "dropped");
      for (int i = 0; i < 5; i++) {
        System.gc();
        Thread.sleep(100);
      }
      Thread.sleep(3_000); // twice the lease
      assertThat(fixture.leaseThreads("dropped")).as("the dropped lease's thread").isEmpty();
      assertThat(others.tryAcquire("dropped")).as("the lock is free once the dropped lease ran out").isPresent();
    } finally {
      Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("dynastore-lease-dropped#")).forEach(Thread::interrupt);
    }
  }

  /**
   * Was a defect: try-with-resources whose close() fails (DynamoDB unreachable for a moment):
   * release() throws UnavailableException, the Lease goes out of scope, and its heartbeat renews the lock for as
   * long as the JVM lives. A container that later works normally keeps the lock from every other worker.
   */
  @Test
  void aLeaseWhoseReleaseFailedIsNotRenewedForever() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean networkDown = new java.util.concurrent.atomic.AtomicBoolean();
    Table table = fixture.table(Clock.systemUTC(), (operation, request) -> {
      if (operation.equals("ReleaseLock") && networkDown.get()) {
        throw software.amazon.awssdk.core.exception.SdkClientException.create("Unable to execute HTTP request",
            new java.net.SocketTimeoutException("Read timed out"));
      }
    });
    LockOptions options = LockOptions.builder().owner("closer").leaseDuration(Duration.ofMillis(1500))
        .heartbeat(Duration.ofMillis(300)).safetyMargin(Duration.ofMillis(200)).build();
    Locks others = fixture.locks(Clock.systemUTC(), LockFixture.manual("other", 10));
    try {
      Throwable closed = catchThrowable(() -> {
        try (Lease lease = table.locks("locks", options).tryAcquire("failed-close").orElseThrow()) {
          assertThat(lease.isHeld()).isTrue(); // the job
          networkDown.set(true); // done; the network blips as the lease is closed
        }
      });
      assertThat(closed).as("close() is quiet").isNull();
      networkDown.set(false);
      Thread.sleep(3_000); // twice the lease
      assertThat(others.tryAcquire("failed-close")).as("the lock lapses once its holder gave up on it").isPresent();
    } finally {
      Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("dynastore-lease-failed-close#")).forEach(Thread::interrupt);
    }
  }

  private static void acquireAndDrop(Locks locks, String name) {
    locks.tryAcquire(name).orElseThrow(); // and forgotten
  }
}
