package dev.dynastore.it.locks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Dynastore;
import dev.dynastore.LockLostException;
import dev.dynastore.UnavailableException;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The background heartbeat: it keeps a lease held for as long as its holder lives, and its thread ends when the
 * lease is released or lost, leaving none behind.
 */
@DynamoDbTest
class HeartbeatTest {
  private LockFixture fixture;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    fixture = new LockFixture(client, table);
  }

  @Test
  void theHeartbeatKeepsALeaseHeldLongPastItsDurationOnARealClock() throws Exception {
    LockOptions options = LockOptions.builder().owner("beating").leaseDuration(Duration.ofMillis(1500))
        .heartbeat(Duration.ofMillis(300)).safetyMargin(Duration.ofMillis(200)).build();
    Locks locks = fixture.locks(Clock.systemUTC(), options);
    Locks others = fixture.locks(Clock.systemUTC(), LockFixture.manual("other", 10));
    Lease lease = locks.tryAcquire("beat").orElseThrow();
    Instant firstEnd = lease.leaseEnds();
    assertThat(LockFixture.leaseThreads()).contains(fixture.threadOf(lease));

    for (int i = 0; i < 8; i++) { // 4 seconds: more than twice the lease
      Thread.sleep(500);
      assertThat(lease.isHeld()).isTrue();
      assertThat(others.tryAcquire("beat")).isEmpty();
    }
    assertThat(lease.leaseEnds()).isAfter(firstEnd.plusSeconds(3));
    assertThat(lease.lost()).isNotDone();

    lease.release();
    assertThat(fixture.leaseThreadsAfterWaiting("beat")).as("released: its thread ended").isEmpty();
    LockFixture.assertReleased(lease);
    assertThat(others.tryAcquire("beat")).isPresent();
  }

  @Test
  void anAcquisitionSlowToAnswerIsRenewedOnTheLeasesScheduleNotFromItsReturn() throws Exception {
    // the answer to the acquisition comes 800 ms after the instant its lease end counts from: renewing a heartbeat
    // after the return (1.3 s) would come after the lease's end less its margin (1.2 s), and lose it unrenewed
    LockOptions options = LockOptions.builder().owner("slow").leaseDuration(Duration.ofMillis(1500))
        .safetyMargin(Duration.ofMillis(300)).build(); // heartbeat: a third, 500 ms
    dev.dynastore.RequestHook slowAcquire = new dev.dynastore.RequestHook() {
      @Override
      public void requestBuilt(String operation, software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest r) {
      }

      @Override
      public void requestFinished(String operation, software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest r,
          dev.dynastore.RequestResult result) {
        if (operation.equals("AcquireLock")) {
          try {
            Thread.sleep(800);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
    };
    Lease lease = fixture.table(Clock.systemUTC(), slowAcquire).locks("locks", options).tryAcquire("slow").orElseThrow();

    Thread.sleep(2500); // past the first lease's end: held only if renewed
    assertThat(lease.isHeld()).as("renewed in time").isTrue();
    assertThat(lease.lost()).isNotDone();
    lease.release();
  }

  @Test
  void aRefusedHeartbeatMarksTheLeaseLostAndEndsItsThread() throws Exception {
    TestClock clock = LockFixture.clock();
    TestClock ahead = TestClock.at(LockFixture.NOW.plusSeconds(10)); // a host whose clock says the lease ended
    Locks locks = fixture.locks(clock, LockOptions.builder().owner("beating").leaseDuration(Duration.ofSeconds(10))
        .heartbeat(Duration.ofSeconds(2)).build());
    Lease lease = locks.tryAcquire("refused").orElseThrow();
    Lease taker = fixture.locks(ahead, LockFixture.manual("taker", 10)).tryAcquire("refused").orElseThrow();

    clock.advance(Duration.ofSeconds(2)); // time to renew: DynamoDB refuses, the token is the taker's
    LockLostException reason = lease.lost().get(5, TimeUnit.SECONDS);
    assertThat(reason.getMessage()).contains("another holder (taker");
    assertThat(lease.isHeld()).isFalse();
    assertThat(fixture.leaseThreadsAfterWaiting("refused")).containsExactly(fixture.threadOf(taker));
    assertThatThrownBy(lease::release).isInstanceOf(LockLostException.class);
    taker.release();
    assertThat(fixture.leaseThreadsAfterWaiting("refused")).isEmpty();
  }

  @Test
  void aLeaseWhoseHeartbeatCannotReachDynamoDbIsLostAtItsEnd() throws Exception {
    TestClock clock = LockFixture.clock();
    Locks locks = fixture.locks(clock, LockOptions.builder().owner("cut off").leaseDuration(Duration.ofSeconds(10))
        .heartbeat(Duration.ofSeconds(2)).build());
    Lease lease = locks.tryAcquire("cut-off").orElseThrow();
    // the holder's clock jumps past the lease at once (a frozen Lambda thawed): no renewal can save it
    clock.advance(Duration.ofSeconds(30));
    assertThat(lease.lost().get(5, TimeUnit.SECONDS).getMessage()).contains("ended at");
    assertThat(fixture.leaseThreadsAfterWaiting("cut-off")).isEmpty();
  }

  @Test
  void aHeartbeatRenewsOnTheClocksScheduleAndStopsWithTheLease() throws Exception {
    TestClock clock = LockFixture.clock();
    Locks locks = fixture.locks(clock, LockOptions.builder().owner("beating").leaseDuration(Duration.ofSeconds(10))
        .heartbeat(Duration.ofSeconds(3)).build());
    Lease lease = locks.tryAcquire("scheduled").orElseThrow();
    for (int beat = 1; beat <= 5; beat++) {
      clock.advance(Duration.ofSeconds(3));
      Instant expected = LockFixture.NOW.plusSeconds(3L * beat + 10);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!lease.leaseEnds().equals(expected) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(lease.leaseEnds()).as("after beat %d", beat).isEqualTo(expected);
    }
    assertThat(lease.isHeld()).isTrue();
    lease.close();
    assertThat(fixture.leaseThreadsAfterWaiting("scheduled")).isEmpty();
  }

  @Test
  void aReleaseThatFailsStopsTheHeartbeatSoTheLockIsFreeAtItsEnd(LocalDynamoDb dynamo) throws Exception {
    FaultInjector faults = new FaultInjector();
    try (DynamoDbClient faulty = LockFixture.faulty(dynamo, faults, 3)) {
      TestClock clock = LockFixture.clock();
      Locks locks = Dynastore.builder().client(faulty).clock(clock).build().table(fixture.tableName)
          .locks("locks", LockOptions.builder().owner("cut off").leaseDuration(Duration.ofSeconds(10))
              .heartbeat(Duration.ofSeconds(2)).build());
      Locks others = fixture.locks(clock, LockFixture.manual("other", 10));
      Lease lease = locks.tryAcquire("zombie").orElseThrow();
      faults.inject("UpdateItem", Collections.nCopies(3, FaultInjector.Fault.REFUSE_CONNECTION)
          .toArray(FaultInjector.Fault[]::new));
      assertThatThrownBy(lease::release).isInstanceOf(UnavailableException.class)
          .hasMessageContaining("no longer renewed");
      assertThat(lease.isHeld()).isFalse();
      for (int beat = 0; beat < 4; beat++) { // heartbeats due: none is sent
        clock.advance(Duration.ofSeconds(2));
        Thread.sleep(300);
        assertThat(others.holder("zombie").orElseThrow().leaseEnds()).as("not renewed")
            .isEqualTo(LockFixture.NOW.plusSeconds(10));
      }
      assertThat(others.tryAcquire("zombie")).isEmpty();
      clock.advance(Duration.ofSeconds(2));
      assertThat(others.tryAcquire("zombie")).as("free at its end").isPresent();
      assertThat(fixture.leaseThreadsAfterWaiting("zombie")).as("its watcher ended with it").hasSize(1); // theirs
      LockFixture.assertReleased(lease); // what its holder asked for: lost() does not complete
    }
  }

  @Test
  void aReleaseThatFailedIsTriedAgainByReleaseAll(LocalDynamoDb dynamo) throws Exception {
    FaultInjector faults = new FaultInjector();
    try (DynamoDbClient faulty = LockFixture.faulty(dynamo, faults, 3)) {
      TestClock clock = LockFixture.clock();
      Locks locks = Dynastore.builder().client(faulty).clock(clock).build().table(fixture.tableName)
          .locks("locks", LockFixture.manual("shutting down", 10));
      Lease lease = locks.tryAcquire("retried").orElseThrow();
      faults.inject("UpdateItem", Collections.nCopies(3, FaultInjector.Fault.REFUSE_CONNECTION)
          .toArray(FaultInjector.Fault[]::new));
      lease.close(); // quiet, and not released
      assertThat(fixture.locks(clock, LockFixture.manual("other", 10)).holder("retried")).isPresent();
      locks.releaseAll(); // the shutdown hook: tries again
      assertThat(fixture.locks(clock, LockFixture.manual("other", 10)).holder("retried")).isEmpty();
      LockFixture.assertReleased(lease);
    }
  }

  @Test
  void aRenewalThatHangsIsGivenUpSoTheLeaseIsLostOnTime(LocalDynamoDb dynamo) throws Exception {
    AtomicBoolean hang = new AtomicBoolean();
    ExecutionInterceptor hanging = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (hang.get()) {
          try {
            Thread.sleep(10_000); // a connection that never answers
          } catch (InterruptedException timedOut) {
            Thread.currentThread().interrupt();
          }
        }
      }
    };
    try (DynamoDbClient slow = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(hanging).build())
        .build()) {
      Locks locks = Dynastore.builder().client(slow).build().table(fixture.tableName).locks("locks",
          LockOptions.builder().owner("hung").leaseDuration(Duration.ofMillis(1500)).heartbeat(Duration.ofMillis(300))
              .safetyMargin(Duration.ofMillis(200)).build());
      Lease lease = locks.tryAcquire("hung").orElseThrow();
      hang.set(true);
      long start = System.nanoTime();
      LockLostException reason = lease.lost().get(5, TimeUnit.SECONDS);
      long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(tookMillis).as("lost by the lease's end less the margin, not when the request gives up")
          .isLessThan(2_500);
      assertThat(reason.getMessage()).contains("ended at");
      assertThat(fixture.leaseThreadsAfterWaiting("hung")).isEmpty();
    }
  }

  @Test
  void manyLeasesLeaveNoThreadBehind() throws Exception {
    Locks locks = fixture.locks(Clock.systemUTC(), LockOptions.builder().owner("many").build());
    String[] names = new String[50];
    for (int i = 0; i < names.length; i++) {
      names[i] = "many-" + i;
      try (Lease lease = locks.tryAcquire(names[i]).orElseThrow()) {
        assertThat(lease.isHeld()).isTrue();
      }
    }
    assertThat(fixture.leaseThreadsAfterWaiting(names)).isEmpty();
  }
}
