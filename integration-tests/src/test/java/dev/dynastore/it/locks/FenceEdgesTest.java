package dev.dynastore.it.locks;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withFence;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynastore.Consistency;
import dev.dynastore.FencedOutException;
import dev.dynastore.Table;
import dev.dynastore.TransactionRejectedException;
import dev.dynastore.Versioned;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Fence conditions: confusable names, foreign and malformed `fence` attributes, declared repositories. */
@DynamoDbTest
class FenceEdgesTest {
  private LockFixture fixture;
  private TestClock clock;
  private Table table;
  private Lease lease;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String tableName) {
    fixture = new LockFixture(client, tableName);
    clock = LockFixture.clock();
    table = fixture.table(clock);
    lease = table.locks("locks", LockFixture.manual("me", 10)).tryAcquire("job").orElseThrow();
  }

  /** An item as the Go library (or any tool) writes it: id, name, version, payload, plus a top-level attribute. */
  private void rawItem(String key, AttributeValue fence) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("id", AttributeValue.fromS("items"));
    item.put("name", AttributeValue.fromS(key));
    item.put("version", AttributeValue.fromN("3"));
    item.put("payload", AttributeValue.fromS("value"));
    item.put("fence", fence);
    fixture.client.putItem(put -> put.tableName(fixture.tableName).item(item));
  }

  private Map<String, AttributeValue> fenceOfThisLock(AttributeValue token) {
    Map<String, AttributeValue> fence = new HashMap<>(Map.of("table", AttributeValue.fromS(fixture.tableName),
        "partition", AttributeValue.fromS("locks"), "lock", AttributeValue.fromS("job")));
    if (token != null) {
      fence.put("token", token);
    }
    return fence;
  }

  /**
   * Was a defect: a `fence` attribute the runtime read as "no fence of this lock" (not a map, no token, a token
   * that is not a number) was read by the write's condition as "fenced out", so fenced writes were refused and
   * reported as something else (KeyModifiedException, after 5 rounds for a put; OutcomeUnknownException for a
   * delete). Now the condition and the runtime agree: such a fence refuses every fenced write, and says so.
   */
  @Test
  void aFenceDynastoreDidNotWriteRefusesFencedWritesAndSaysSo(LocalDynamoDb dynamo) {
    Map<String, AttributeValue> odd = new java.util.LinkedHashMap<>();
    odd.put("a string (a Go-library field named fence)", AttributeValue.fromS("north paddock"));
    odd.put("this lock, no token", AttributeValue.fromM(fenceOfThisLock(null)));
    if (dynamo.backend() != dev.dynastore.testing.Backend.MOTO) { // moto answers 500 to comparing text with a number
      odd.put("this lock, token as text", AttributeValue.fromM(fenceOfThisLock(AttributeValue.fromS("9"))));
    }
    odd.put("a map without the lock's address", AttributeValue.fromM(Map.of("token", AttributeValue.fromN("1"))));
    KVPartition fenced = table.fencedBy(lease).partition("items");
    int i = 0;
    StringBuilder failures = new StringBuilder();
    for (Map.Entry<String, AttributeValue> fence : odd.entrySet()) {
      String key = "odd-" + i++;
      rawItem(key, fence.getValue());
      KVPair read = fenced.get(key, consistent()).orElseThrow();
      Throwable update = catchThrowable(() -> fenced.atomicPut(key, withString("v2"), withPreviousKV(read)));
      Throwable put = catchThrowable(() -> fenced.put(key, withString("v3")));
      Throwable delete = catchThrowable(() -> fenced.delete(key));
      for (Throwable t : new Throwable[] {update, put, delete}) {
        if (!(t instanceof FencedOutException) || !t.getMessage().contains("a fence Dynastore did not write")
            || ((FencedOutException) t).storedToken() != -1) {
          failures.append("\n").append(fence.getKey()).append(": ").append(t);
        }
      }
      assertThat(fenced.get(key, consistent()).orElseThrow().version()).as("nothing written").isEqualTo(3);
    }
    assertThat(failures.toString()).as("fenced writes of items whose fence is none Dynastore wrote").isEmpty();
  }

  /** Was a defect (same cause), in a transaction (moto): the reason given was MODIFIED at the version read. */
  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void aFenceDynastoreDidNotWriteRejectsAFencedTransactionAsFencedOut() {
    EdgeJobRepository fencedJobs = new EdgeJobRepository(table.fencedBy(lease));
    Versioned<EdgeJob> job = fencedJobs.create(new EdgeJob("tx-odd", "new", 0));
    fixture.client.updateItem(u -> u.tableName(fixture.tableName)
        .key(Map.of("id", AttributeValue.fromS("edge-jobs"), "name", AttributeValue.fromS("tx-odd")))
        .updateExpression("REMOVE fence.#t").expressionAttributeNames(Map.of("#t", "token"))); // this lock, no token
    Versioned<EdgeJob> read = fencedJobs.get("tx-odd", Consistency.STRONG).orElseThrow();
    assertThat(read.version()).isEqualTo(job.version());

    Throwable thrown = catchThrowable(() -> table.session().transaction()
        .update(fencedJobs, read, new EdgeJob("tx-odd", "next", 0)).commit());
    assertThat(thrown).isInstanceOfSatisfying(dev.dynastore.TransactionRejectedException.class, rejected ->
        assertThat(rejected.failures()).singleElement().satisfies(failure -> {
          assertThat(failure.reason()).isEqualTo(dev.dynastore.TransactionRejectedException.Reason.FENCED_OUT);
          assertThat(failure.detail()).contains("a fence Dynastore did not write");
        }));
  }

  /**
   * Was a defect: a lock named after an item of a data partition takes that item over:
   * the acquisition REMOVEs its payload (and release does again). No check that the item is a lock.
   */
  @Test
  void acquiringALockNamedAfterADataItemDoesNotDestroyTheItem() {
    EdgeJobRepository jobs = new EdgeJobRepository(table);
    jobs.create(new EdgeJob("j1", "important", 0));
    Locks wrong = table.locks("edge-jobs", LockFixture.manual("me", 10)); // "lock the job by its own key"

    Throwable acquired = catchThrowable(() -> wrong.tryAcquire("j1").ifPresent(Lease::release));

    Throwable read = catchThrowable(() -> assertThat(jobs.get("j1", Consistency.STRONG).orElseThrow().value().state())
        .isEqualTo("important"));
    assertThat(read).as("the job after tryAcquire (which %s)", acquired == null ? "succeeded" : "threw " + acquired)
        .isNull();
  }

  // ---------------------------------------------------------------------------------------------- held up

  @Test
  void confusableLockAddressesAreToldApart() {
    TestClock later = LockFixture.clock();
    Table t2 = fixture.table(later);
    // (partition "locks", lock "a/b") vs (partition "locks/a", lock "b"); "job" vs "job " vs "Job"
    Lease ab = t2.locks("locks", LockFixture.manual("x", 10)).tryAcquire("a/b").orElseThrow();
    Lease aB = t2.locks("locks/a", LockFixture.manual("x", 10)).tryAcquire("b").orElseThrow();
    Lease spaced = t2.locks("locks", LockFixture.manual("x", 10)).tryAcquire("job ").orElseThrow();
    Lease upper = t2.locks("locks", LockFixture.manual("x", 10)).tryAcquire("Job").orElseThrow();
    // each guards an item; a write fenced by "job" is refused there as another lock's, never compared by token
    for (Lease other : List.of(ab, aB, spaced, upper)) {
      KVPair w = t2.partition("items").atomicPut("c-" + other.partition() + other.name(), withString("x"),
          withFence(other));
      assertThatThrownBy(() -> table.partition("items").atomicPut(w.key(), withString("mine"), withPreviousKV(w),
          withFence(lease))).isInstanceOfSatisfying(FencedOutException.class, refused -> assertThat(
              refused.storedLock()).isEqualTo(fixture.tableName + "/" + other.partition() + "/" + other.name()));
      KVPair again = t2.partition("items").atomicPut(w.key(), withString("y"), withPreviousKV(w), withFence(other));
      assertThat(again.version()).as("its own lock writes on").isEqualTo(2);
    }
    // and a real newer holder of "job" does fence it
    clock.advance(Duration.ofSeconds(10));
    later.advance(Duration.ofSeconds(10));
    Lease newerJob = t2.locks("locks", LockFixture.manual("y", 10)).tryAcquire("job").orElseThrow();
    KVPair n = t2.partition("items").atomicPut("c-job", withString("newer"), withFence(newerJob));
    TestClock stalled = LockFixture.clock();
    assertThatThrownBy(() -> fixture.table(stalled).partition("items").atomicPut("c-job", withString("late"),
        withPreviousKV(n), withFence(lease))).isInstanceOfAny(FencedOutException.class,
        dev.dynastore.LockLostException.class);
  }

  @Test
  void aDeclaredRepositoryThroughAFencedTableIsFencedAndRefusesBatches() {
    TestClock paused = LockFixture.clock();
    Table staleTable = fixture.table(paused);
    Lease stale = staleTable.locks("locks", LockFixture.manual("stale", 10)).tryAcquire("decl").orElseThrow();
    clock.advance(Duration.ofSeconds(10));
    Lease current = table.locks("locks", LockFixture.manual("current", 10)).tryAcquire("decl").orElseThrow();
    EdgeJobs staleJobs = new EdgeJobsImpl(staleTable.fencedBy(stale));
    EdgeJobs currentJobs = new EdgeJobsImpl(table.fencedBy(current));
    currentJobs.create(new EdgeJob("d1", "current", 0));
    assertThatThrownBy(() -> staleJobs.delete("d1")).isInstanceOf(FencedOutException.class);
    assertThatThrownBy(() -> staleJobs.deleteAll(List.of("d1"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> staleJobs.put(new EdgeJob("d1", "late", 0))).isInstanceOf(FencedOutException.class);
    assertThat(currentJobs.get("d1", Consistency.STRONG).orElseThrow().value().state()).isEqualTo("current");
  }
}
