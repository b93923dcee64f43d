package dev.dynastore.it.locks;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withFence;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static dev.dynastore.testing.FaultInjector.Fault.LOSE_ANSWER;
import static dev.dynastore.testing.FaultInjector.Fault.REFUSE_CONNECTION;
import static dev.dynastore.testing.FaultInjector.Fault.SERVER_ERROR;
import static dev.dynastore.testing.FaultInjector.Fault.THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynastore.Dynastore;
import dev.dynastore.FencedOutException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.Table;
import dev.dynastore.kv.KVPair;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lost answers and 5xx on acquire, renew, release and fenced writes: every result must be true. The faulty
 * session makes at most 4 attempts a call.
 */
@DynamoDbTest
class LeaseRetryEdgesTest {
  private final FaultInjector faults = new FaultInjector();
  private DynamoDbClient faultyClient;
  private LockFixture fixture;
  private TestClock clock;
  private Table faultyTable;
  private Locks mine;
  private Locks theirs;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, DynamoDbClient client, @TableName String table) {
    fixture = new LockFixture(client, table);
    clock = LockFixture.clock();
    faultyClient = LockFixture.faulty(dynamo, faults, 4);
    faultyTable = Dynastore.builder().client(faultyClient).clock(clock).build().table(table);
    mine = faultyTable.locks("locks", LockFixture.manual("me", 10));
    theirs = fixture.locks(clock, LockFixture.manual("them", 10));
  }

  @AfterEach
  void close() {
    faultyClient.close();
  }

  // ------------------------------------------------------------------- defects a review found, fixed

  /**
   * Was a defect: the release applied (its answer was lost); before the SDK's retry another holder took the free lock.
   * The retry is refused, and release() reports LockLostException ("nothing was written"; lost() completes, so
   * "stop working" callbacks fire) although this lease did release the lock. In try-with-resources the close()
   * turns a finished job into a failure.
   */
  @Test
  void aReleaseWhoseAnswerWasLostIsNotReportedAsLostWhenAnotherHolderTookTheLockBeforeTheRetry() {
    Lease lease = mine.tryAcquire("rel-1").orElseThrow();
    AtomicReference<Lease> next = new AtomicReference<>();
    faults.inject("UpdateItem", LOSE_ANSWER).afterFaults(() -> next.set(theirs.tryAcquire("rel-1").orElseThrow()));

    Throwable thrown = catchThrowable(lease::release);

    assertThat(next.get()).as("the first attempt released it: the other holder took it").isNotNull();
    assertThat(thrown).as("it may have applied, or the lease lapsed first: unknown, never a lost lease")
        .isInstanceOf(dev.dynastore.OutcomeUnknownException.class);
    LockFixture.assertReleased(lease);
  }

  /**
   * Was a defect: every answer to the release is lost, the first attempt applied. release() throws UnavailableException,
   * whose contract is "Nothing was written", while the lock is released (renew and release carry no AttemptLog).
   */
  @Test
  void aReleaseWhoseEveryAnswerWasLostIsNotReportedAsNothingWritten() {
    Lease lease = mine.tryAcquire("rel-2").orElseThrow();
    faults.loseNextAnswers("UpdateItem", 4);

    Throwable thrown = catchThrowable(lease::release);

    assertThat(theirs.holder("rel-2")).as("the lock is released").isEmpty();
    assertThat(thrown).as("settled by its write token: released").isNull();
    LockFixture.assertReleased(lease);
  }

  /** Was a defect: the same for renew(): the renewal is stored, the caller is told nothing was written. */
  @Test
  void aRenewalWhoseEveryAnswerWasLostIsNotReportedAsNothingWritten() {
    Lease lease = mine.tryAcquire("ren-1").orElseThrow();
    clock.advance(Duration.ofSeconds(3));
    faults.loseNextAnswers("UpdateItem", 4);

    Throwable thrown = catchThrowable(lease::renew);

    assertThat(theirs.holder("ren-1").orElseThrow().leaseEnds()).as("the renewal is stored")
        .isEqualTo(LockFixture.NOW.plusSeconds(13));
    assertThat(thrown).as("settled by its write token: renewed").isNull();
    assertThat(lease.leaseEnds()).isEqualTo(LockFixture.NOW.plusSeconds(13));
  }

  // ---------------------------------------------------------------------------------------------- held up

  @Test
  void acquisitionsUnderFaultsAreTruthful() {
    for (FaultInjector.Fault[] plan : new FaultInjector.Fault[][] {{LOSE_ANSWER}, {SERVER_ERROR}, {LOSE_ANSWER,
        LOSE_ANSWER, LOSE_ANSWER}, {REFUSE_CONNECTION}, {THROTTLE}, {SERVER_ERROR, LOSE_ANSWER}}) {
      String name = "acq-" + java.util.Arrays.toString(plan).replaceAll("[^A-Z_,]", "");
      faults.inject("UpdateItem", plan);
      Lease lease = mine.tryAcquire(name).orElseThrow();
      assertThat(faults.done()).isTrue();
      assertThat(theirs.holder(name).orElseThrow().fencingToken()).isEqualTo(lease.fencingToken());
      assertThat(theirs.tryAcquire(name)).isEmpty();
      lease.release();
      assertThat(theirs.holder(name)).isEmpty();
    }
    // every answer lost: applied on the first attempt, settled by the read
    faults.loseNextAnswers("UpdateItem", 4);
    Lease lease = mine.tryAcquire("acq-all-lost").orElseThrow();
    assertThat(theirs.holder("acq-all-lost").orElseThrow().owner()).isEqualTo("me");
    lease.release();
  }

  @Test
  void anAcquisitionWhoseAnswerWasLostAndWhichAnotherHostThenTookIsEmpty() {
    TestClock ahead = TestClock.at(LockFixture.NOW.plusSeconds(10)); // sees our fresh lease as ended
    Locks fast = fixture.locks(ahead, LockFixture.manual("fast", 10));
    AtomicReference<Lease> taken = new AtomicReference<>();
    faults.inject("UpdateItem", LOSE_ANSWER).afterFaults(() -> taken.set(fast.tryAcquire("acq-x").orElseThrow()));
    assertThat(mine.tryAcquire("acq-x")).isEmpty();
    assertThat(fast.holder("acq-x").orElseThrow().owner()).isEqualTo("fast");
  }

  @Test
  void fencedWritesUnderFaultsAreTruthful() {
    TestClock paused = LockFixture.clock();
    Table staleTable = Dynastore.builder().client(faultyClient).clock(paused).build().table(fixture.tableName);
    Lease stale = staleTable.locks("locks", LockFixture.manual("stale", 10)).tryAcquire("job").orElseThrow();
    clock.advance(Duration.ofSeconds(10));
    Table currentTable = fixture.table(clock);
    Lease current = currentTable.locks("locks", LockFixture.manual("current", 10)).tryAcquire("job").orElseThrow();

    // compare-and-swap applied, answer lost, then the newer holder writes: unknown, not fenced out
    KVPair first = staleTable.partition("items").atomicPut("k1", withString("v1"), withFence(stale));
    faults.inject("UpdateItem", LOSE_ANSWER).afterFaults(() -> currentTable.partition("items").put("k1",
        withString("current"), withFence(current)));
    assertThatThrownBy(() -> staleTable.partition("items").atomicPut("k1", withString("v2"), withPreviousKV(first),
        withFence(stale))).isInstanceOf(OutcomeUnknownException.class);

    // a create whose first attempt never left, then the newer holder creates: fenced out
    faults.inject("PutItem", REFUSE_CONNECTION).afterFaults(() -> currentTable.partition("items").atomicPut("k2",
        withString("current"), withFence(current)));
    assertThatThrownBy(() -> staleTable.partition("items").atomicPut("k2", withString("late"), withFence(stale)))
        .isInstanceOf(FencedOutException.class);

    // a create whose answer was lost: success, stored once
    faults.inject("PutItem", LOSE_ANSWER);
    KVPair created = staleTable.partition("items").atomicPut("k3", withString("mine"), withFence(stale));
    assertThat(currentTable.partition("items").get("k3", consistent())).contains(created);

    // a fenced delete with a 5xx, then the newer holder writes: unknown (the 5xx may have applied)
    currentTable.partition("items").put("k4", withString("x"));
    faults.inject("DeleteItem", SERVER_ERROR).afterFaults(() -> currentTable.partition("items").put("k4",
        withString("current"), withFence(current)));
    assertThatThrownBy(() -> staleTable.fencedBy(stale).partition("items").delete("k4"))
        .isInstanceOf(OutcomeUnknownException.class);

    // a fenced put throttled, then the newer holder writes: fenced out
    faults.inject("UpdateItem", THROTTLE).afterFaults(() -> currentTable.partition("items").put("k5",
        withString("current"), withFence(current)));
    assertThatThrownBy(() -> staleTable.partition("items").put("k5", withString("late"), withFence(stale)))
        .isInstanceOf(FencedOutException.class);
    assertThat(currentTable.partition("items").get("k5", consistent()).orElseThrow().stringValue())
        .isEqualTo("current");
  }
}
