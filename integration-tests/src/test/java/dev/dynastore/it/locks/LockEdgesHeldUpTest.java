package dev.dynastore.it.locks;

import static dev.dynastore.kv.WriteOption.withFence;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.FencedOutException;
import dev.dynastore.LockLostException;
import dev.dynastore.Table;
import dev.dynastore.kv.KVPair;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Attacks that held up: boundaries, lost() semantics, leases across sessions and tables. */
@DynamoDbTest
class LockEdgesHeldUpTest {
  private LockFixture fixture;
  private TestClock clock;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    fixture = new LockFixture(client, table);
    clock = LockFixture.clock();
  }

  @Test
  void withAZeroMarginTheHolderStopsAndTheNextStartsAtTheSameInstant() {
    LockOptions zero = LockOptions.builder().owner("a").leaseDuration(Duration.ofSeconds(10))
        .heartbeat(Duration.ZERO).safetyMargin(Duration.ZERO).build();
    Lease lease = fixture.locks(clock, zero).tryAcquire("zero").orElseThrow();
    Locks other = fixture.locks(clock, LockFixture.manual("b", 10));
    clock.advance(Duration.ofSeconds(10).minusNanos(1));
    assertThat(lease.isHeld()).isTrue();
    assertThat(other.tryAcquire("zero")).isEmpty();
    lease.renew(); // 1 ns before the end: still renewable
    clock.advance(Duration.ofSeconds(10));
    assertThat(lease.isHeld()).as("exactly at its end").isFalse();
    Lease next = other.tryAcquire("zero").orElseThrow();
    assertThat(next.fencingToken()).isEqualTo(lease.fencingToken() + 1);
    assertThatThrownBy(lease::renew).isInstanceOf(LockLostException.class);
  }

  @Test
  void lostCompletesOnceAndCallbacksMayCallReleaseAndRenew() throws Exception {
    Lease lease = fixture.locks(clock, LockFixture.manual("a", 10)).tryAcquire("cb").orElseThrow();
    AtomicInteger calls = new AtomicInteger();
    lease.lost().thenAccept(why -> {
      calls.incrementAndGet();
      assertThatThrownBy(lease::release).isInstanceOf(LockLostException.class);
      assertThatThrownBy(lease::renew).isInstanceOf(LockLostException.class);
    });
    clock.advance(Duration.ofSeconds(9));
    lease.lost().get(5, TimeUnit.SECONDS);
    for (int i = 0; i < 3; i++) {
      assertThat(lease.isHeld()).isFalse();
      assertThatThrownBy(lease::renew).isInstanceOf(LockLostException.class);
    }
    assertThat(LockFixture.eventually(2_000, () -> calls.get() == 1)).as("the callback ran").isTrue();
    Thread.sleep(100);
    assertThat(calls.get()).as("once").isEqualTo(1);
    assertThat(LockFixture.eventually(2_000, () -> fixture.leaseThreads("cb").isEmpty())).isTrue();
  }

  @Test
  void aLeaseFencesWritesMadeThroughAnotherSessionAndAnotherTable() {
    TestClock paused = LockFixture.clock();
    Lease stale = fixture.locks(paused, LockFixture.manual("s", 10)).tryAcquire("x").orElseThrow();
    clock.advance(Duration.ofSeconds(10));
    Lease current = fixture.locks(clock, LockFixture.manual("c", 10)).tryAcquire("x").orElseThrow();
    Table elsewhere = fixture.table(TestClock.at(LockFixture.NOW.minusSeconds(3600))); // a third session's clock
    KVPair written = elsewhere.fencedBy(current).partition("data").atomicPut("d", withString("current"));
    assertThatThrownBy(() -> elsewhere.partition("data").atomicPut("d", withString("late"),
        withPreviousKV(written), withFence(stale))).isInstanceOf(FencedOutException.class);
  }

  @Test
  @dev.dynastore.testing.RequiresFeature(dev.dynastore.testing.Feature.ATOMIC_CONDITIONAL_WRITES) // not moto
  void concurrentAcquirersGetStrictlyIncreasingTokensAndOneHolderAtATime() throws Exception {
    Locks locks = fixture.locks(java.time.Clock.systemUTC(), LockOptions.builder().owner("t")
        .heartbeat(Duration.ZERO).backoff(Duration.ofMillis(1), Duration.ofMillis(10)).build());
    java.util.List<Long> tokens = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    Thread[] threads = new Thread[6];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 30; i++) {
          try (Lease lease = locks.tryAcquire("race", Duration.ofSeconds(30)).orElseThrow()) {
            if (inside.incrementAndGet() != 1) {
              overlaps.incrementAndGet();
            }
            tokens.add(lease.fencingToken());
            inside.decrementAndGet();
          }
        }
      });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(overlaps.get()).isZero();
    assertThat(tokens).hasSize(180).doesNotHaveDuplicates().isSorted();
  }
}
