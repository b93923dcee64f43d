package dev.dynastore.it.locks;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Dynastore;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.LockLostException;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockHolder;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Acquiring, reading, renewing and releasing locks; leases that end; fencing tokens that only grow. */
@DynamoDbTest
class LocksTest {
  private LockFixture fixture;
  private TestClock clock;
  private Locks mine;
  private Locks theirs;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    fixture = new LockFixture(client, table);
    clock = LockFixture.clock();
    mine = fixture.locks(clock, LockFixture.manual("me", 10));
    theirs = fixture.locks(clock, LockFixture.manual("them", 10));
  }

  @Test
  void aLockHasOneHolderUntilItIsReleased() {
    Lease lease = mine.tryAcquire("nightly").orElseThrow();
    assertThat(lease.isHeld()).isTrue();
    assertThat(lease.owner()).isEqualTo("me");
    assertThat(lease.leaseEnds()).isEqualTo(LockFixture.NOW.plusSeconds(10));
    assertThat(theirs.tryAcquire("nightly")).isEmpty();
    assertThat(mine.tryAcquire("nightly")).as("not re-entrant: a second lease of the same owner").isEmpty();
    assertThat(theirs.tryAcquire("weekly")).as("another lock").isPresent();

    lease.release();
    assertThat(lease.isHeld()).isFalse();
    Lease next = theirs.tryAcquire("nightly").orElseThrow();
    assertThat(next.fencingToken()).isGreaterThan(lease.fencingToken());
    lease.release(); // releasing twice does nothing
    next.release();
  }

  @Test
  void waitersReadWhoHoldsTheLockUntilWhenAndItsData() {
    AttributeValue data = AttributeValue.fromS("exporting orders, 10.0.0.7:8080");
    assertThat(theirs.holder("export")).isEmpty();
    Lease lease = mine.tryAcquire("export", Duration.ZERO, data).orElseThrow();
    assertThat(lease.data()).contains(data);

    LockHolder holder = theirs.holder("export").orElseThrow();
    assertThat(holder.name()).isEqualTo("export");
    assertThat(holder.owner()).isEqualTo("me");
    assertThat(holder.fencingToken()).isEqualTo(lease.fencingToken());
    assertThat(holder.leaseEnds()).isEqualTo(LockFixture.NOW.plusSeconds(10));
    assertThat(holder.data()).contains(data);

    clock.advance(Duration.ofSeconds(4));
    lease.renew();
    assertThat(lease.leaseEnds()).isEqualTo(LockFixture.NOW.plusSeconds(14));
    assertThat(theirs.holder("export").orElseThrow().leaseEnds()).isEqualTo(LockFixture.NOW.plusSeconds(14));
    assertThat(theirs.holder("export").orElseThrow().data()).as("a renewal keeps the data").contains(data);

    lease.release();
    assertThat(theirs.holder("export")).as("released").isEmpty();
    KVPair item = fixture.table(clock).partition("locks").get("export", consistent()).orElseThrow();
    assertThat(item.value()).as("a release clears the data").isNull();
    assertThat(item.fields()).containsOnlyKeys("fencingToken");
  }

  @Test
  void aHolderThatStopsRenewingLosesTheLockAfterItsLeaseAndTheNextTokenIsLarger() throws Exception {
    Lease lease = mine.tryAcquire("report").orElseThrow();
    CompletableFuture<LockLostException> lost = lease.lost();

    clock.advance(Duration.ofSeconds(9).minusMillis(1));
    assertThat(lease.isHeld()).as("until the margin before its end").isTrue();
    assertThat(theirs.tryAcquire("report")).isEmpty();
    assertThat(lost).isNotDone();

    clock.advance(Duration.ofMillis(1));
    assertThat(lost.get(5, TimeUnit.SECONDS).getMessage()).contains("ended at " + LockFixture.NOW.plusSeconds(10));
    assertThat(lease.isHeld()).isFalse();
    assertThat(theirs.tryAcquire("report")).as("others wait for the end itself").isEmpty();

    clock.advance(Duration.ofSeconds(1));
    Lease next = theirs.tryAcquire("report").orElseThrow();
    assertThat(next.fencingToken()).isGreaterThan(lease.fencingToken());
    assertThatThrownBy(lease::renew).isInstanceOf(LockLostException.class);
    assertThatThrownBy(lease::release).isInstanceOf(LockLostException.class);
    assertThat(theirs.holder("report").orElseThrow().owner()).isEqualTo("them");
    next.release();
  }

  @Test
  void aStaleHoldersRenewAndReleaseAreRefusedByDynamoDbNotJustLocally() throws Exception {
    TestClock late = LockFixture.clock(); // a holder paused: its clock says its lease still runs
    Locks paused = fixture.locks(late, LockFixture.manual("paused", 10));
    Lease stale = paused.tryAcquire("index").orElseThrow();
    Lease stale2 = paused.tryAcquire("compact").orElseThrow();
    clock.advance(Duration.ofSeconds(10));
    Lease taken = theirs.tryAcquire("index").orElseThrow();
    Lease taken2 = theirs.tryAcquire("compact").orElseThrow();
    assertThat(stale.isHeld()).as("it cannot know by its clock").isTrue();

    assertThatThrownBy(stale::renew).isInstanceOf(LockLostException.class)
        .hasMessageContaining("another holder (them, fencing token " + taken.fencingToken() + ")");
    assertThat(stale.isHeld()).isFalse();
    assertThat(stale.lost().get(5, TimeUnit.SECONDS)).isInstanceOf(LockLostException.class);
    assertThatThrownBy(stale2::release).isInstanceOf(LockLostException.class)
        .hasMessageContaining("another holder (them");
    assertThat(stale2.lost().get()).isInstanceOf(LockLostException.class);

    assertThat(theirs.holder("index").orElseThrow().fencingToken()).isEqualTo(taken.fencingToken());
    taken.renew();
    taken.release();
    taken2.release();
  }

  @Test
  void fencingTokensGrowAcrossReleaseExpiryAndDeletionOfTheLockItem() {
    long first = mine.tryAcquire("t").orElseThrow().fencingToken();
    assertThat(first).as("starts from the clock, in microseconds").isEqualTo(
        LockFixture.NOW.getEpochSecond() * 1_000_000 + 1);
    clock.advance(Duration.ofSeconds(10));
    Lease second = theirs.tryAcquire("t").orElseThrow();
    assertThat(second.fencingToken()).isEqualTo(first + 1);
    second.release();
    Lease third = mine.tryAcquire("t").orElseThrow();
    assertThat(third.fencingToken()).isEqualTo(first + 2);
    third.release();

    KVPartition lockItems = fixture.table(clock).partition("locks");
    lockItems.delete("t"); // an operator cleaning up
    clock.advance(Duration.ofMillis(1));
    long afterDeletion = theirs.tryAcquire("t").orElseThrow().fencingToken();
    assertThat(afterDeletion).isGreaterThan(first + 2)
        .isEqualTo(LockFixture.NOW.plusMillis(10_001).getEpochSecond() * 1_000_000 + 1_000 + 1);
  }

  @Test
  void theLockItemNeverExpiresSoDynamoDbsTtlNeverDeletesItsCount() {
    Lease lease = mine.tryAcquire("ttl").orElseThrow();
    KVPair item = fixture.table(clock).partition("locks").get("ttl", consistent()).orElseThrow();
    assertThat(item.expires()).isEmpty();
    assertThat(item.fields()).containsKeys("holder", "leaseEnds", "fencingToken");
    lease.release();
  }

  @Test
  void aWaitingAcquirerGetsTheLockWhenItIsReleased() throws Exception {
    Locks real = fixture.locks(Clock.systemUTC(), LockOptions.builder().owner("a").heartbeat(Duration.ZERO)
        .backoff(Duration.ofMillis(5), Duration.ofMillis(50)).build());
    Locks other = fixture.locks(Clock.systemUTC(), LockOptions.builder().owner("b").heartbeat(Duration.ZERO)
        .backoff(Duration.ofMillis(5), Duration.ofMillis(50)).build());
    Lease held = real.tryAcquire("queue").orElseThrow();

    long start = System.nanoTime();
    assertThat(other.tryAcquire("queue", Duration.ofMillis(300))).isEmpty();
    assertThat(System.nanoTime() - start).as("waited the whole wait").isGreaterThanOrEqualTo(300_000_000L);

    CompletableFuture<Optional<Lease>> waiting = CompletableFuture.supplyAsync(
        () -> other.tryAcquire("queue", Duration.ofSeconds(20)));
    Thread.sleep(200);
    assertThat(waiting).isNotDone();
    held.release();
    Lease next = waiting.get(10, TimeUnit.SECONDS).orElseThrow();
    assertThat(next.owner()).isEqualTo("b");
    assertThat(next.fencingToken()).isGreaterThan(held.fencingToken());
    next.release();
  }

  @Test
  void anInterruptedWaitReturnsEmptyAndKeepsTheInterrupt() throws Exception {
    Lease held = mine.tryAcquire("busy").orElseThrow();
    CompletableFuture<Boolean> interruptedAfter = new CompletableFuture<>();
    CompletableFuture<Optional<Lease>> result = new CompletableFuture<>();
    Thread waiter = new Thread(() -> {
      result.complete(theirs.tryAcquire("busy", Duration.ofMinutes(1)));
      interruptedAfter.complete(Thread.currentThread().isInterrupted());
    });
    waiter.start();
    Thread.sleep(200);
    waiter.interrupt();
    assertThat(result.get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(interruptedAfter.get()).isTrue();
    held.release();
  }

  @Test
  void anAcquisitionWhoseAnswerWasLostStillHoldsTheLock(LocalDynamoDb dynamo) {
    FaultInjector faults = new FaultInjector();
    try (DynamoDbClient faulty = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(faults).build())
        .build()) {
      Locks locks = Dynastore.builder().client(faulty).clock(clock).build().table(fixture.tableName)
          .locks("locks", LockFixture.manual("me", 10));
      faults.inject("UpdateItem", FaultInjector.Fault.LOSE_ANSWER);
      Lease lease = locks.tryAcquire("retried").orElseThrow();
      assertThat(faults.injected()).isEqualTo(1);
      assertThat(theirs.holder("retried").orElseThrow().fencingToken()).isEqualTo(lease.fencingToken());

      faults.inject("UpdateItem", FaultInjector.Fault.LOSE_ANSWER);
      lease.release(); // its retry finds the lock released by itself
      assertThat(theirs.holder("retried")).isEmpty();
    }
  }

  @Test
  void closeReleasesAHeldLeaseAndIsQuietForALostOne() {
    Lease held = mine.tryAcquire("quiet").orElseThrow();
    held.close();
    assertThat(theirs.holder("quiet")).isEmpty();

    Lease lost = mine.tryAcquire("quiet").orElseThrow();
    clock.advance(Duration.ofSeconds(10));
    Lease next = theirs.tryAcquire("quiet").orElseThrow();
    lost.close(); // nothing to release, and no exception from try-with-resources
    assertThat(lost.isHeld()).isFalse();
    assertThat(theirs.holder("quiet").orElseThrow().fencingToken()).isEqualTo(next.fencingToken());
    assertThatThrownBy(lost::release).as("release says so").isInstanceOf(LockLostException.class);
    next.release();
  }

  @Test
  void releaseAllReleasesTheLeasesOfItsLocksOnly() throws Exception {
    Lease a = mine.tryAcquire("a").orElseThrow();
    Lease b = mine.tryAcquire("b").orElseThrow();
    Lease c = mine.tryAcquire("c").orElseThrow();
    b.release();
    clock.advance(Duration.ofSeconds(9)); // c and a: lost by the clock now
    Lease fresh = mine.tryAcquire("e").orElseThrow();
    Lease theirsToo = theirs.tryAcquire("d").orElseThrow();
    mine.releaseAll();
    assertThat(fresh.isHeld()).isFalse();
    LockFixture.assertReleased(fresh);
    assertThat(theirs.holder("e")).isEmpty();
    assertThat(a.isHeld()).isFalse();
    assertThat(c.isHeld()).isFalse();
    assertThat(theirsToo.isHeld()).as("another Locks keeps its leases").isTrue();
    assertThat(theirs.holder("d")).isPresent();
    assertThat(fixture.leaseThreadsAfterWaiting("a", "b", "c", "e")).isEmpty();
    theirsToo.release();
  }

  @Test
  void aWaitTooLongForALongIsForEver() {
    assertThat(mine.tryAcquire("forever", java.time.temporal.ChronoUnit.FOREVER.getDuration())).isPresent();
    assertThat(theirs.tryAcquire("forever2", Duration.ofSeconds(Long.MAX_VALUE))).isPresent();
  }

  @Test
  void theDefaultOwnerDiffersForEachLocks() {
    String one = fixture.table(clock).locks("locks").options().owner();
    String two = fixture.table(clock).locks("locks").options().owner();
    assertThat(one).isNotEqualTo(two);
    assertThat(one.split("/")).hasSize(3);
  }

  @Test
  void badNamesAreRefusedBeforeAnyRequest() {
    fixture.requests.clear();
    assertThatThrownBy(() -> mine.tryAcquire("")).isInstanceOf(InvalidKeyException.class);
    assertThatThrownBy(() -> mine.tryAcquire("x".repeat(1025))).isInstanceOf(InvalidKeyException.class);
    assertThatThrownBy(() -> mine.holder("")).isInstanceOf(InvalidKeyException.class);
    assertThatThrownBy(() -> mine.tryAcquire("x", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fixture.table(clock).locks("")).isInstanceOf(InvalidKeyException.class);
    assertThat(fixture.requests).isEmpty();
    assertThatThrownBy(() -> LockOptions.builder().leaseDuration(Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("safetyMargin");
    assertThatThrownBy(() -> LockOptions.builder().leaseDuration(Duration.ofSeconds(3)).heartbeat(Duration.ofSeconds(2))
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heartbeat");
  }

  @Test
  void aLockPartitionIsOrdinaryItemsTheKvApiCanRead() {
    Lease lease = mine.tryAcquire("kv", Duration.ZERO, AttributeValue.fromS("hello")).orElseThrow();
    KVPair item = fixture.table(clock).partition("locks").get("kv", consistent()).orElseThrow();
    assertThat(item.stringValue()).isEqualTo("hello");
    assertThat(item.fields().get("holder").s()).isEqualTo("me");
    assertThat(item.fields().get("fencingToken").n()).isEqualTo(Long.toString(lease.fencingToken()));
    lease.release();
    fixture.table(clock).partition("other").put("kv", withString("unrelated"));
  }
}
