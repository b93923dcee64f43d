package dev.dynastore.it.locks;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withFence;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Committed;
import dev.dynastore.Consistency;
import dev.dynastore.FencedOutException;
import dev.dynastore.LockLostException;
import dev.dynastore.Table;
import dev.dynastore.TransactionRejectedException;
import dev.dynastore.Versioned;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fenced writes: once a newer holder of a lock has written an item, an older holder's write of it is refused, by
 * DynamoDB's condition, however late it arrives, whatever the older holder's clock says.
 */
@DynamoDbTest
class FencedWritesTest {
  private LockFixture fixture;
  /** The stale holder's clock: stopped while it was paused, so it still thinks it holds the lock. */
  private TestClock paused;
  private TestClock clock;
  private Lease stale;
  private Lease current;
  private Table staleTable;
  private Table currentTable;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    fixture = new LockFixture(client, table);
    paused = LockFixture.clock();
    clock = LockFixture.clock();
    staleTable = fixture.table(paused);
    currentTable = fixture.table(clock);
    stale = staleTable.locks("locks", LockFixture.manual("stale", 10)).tryAcquire("job-1").orElseThrow();
    clock.advance(Duration.ofSeconds(10));
    current = currentTable.locks("locks", LockFixture.manual("current", 10)).tryAcquire("job-1").orElseThrow();
    assertThat(current.fencingToken()).isGreaterThan(stale.fencingToken());
    assertThat(stale.isHeld()).as("the stale holder cannot tell by its clock").isTrue();
  }

  @Test
  void aStaleHoldersTypedWritesAreRefusedOnceTheNewHolderHasWritten() {
    WorkItemRepository staleWork = new WorkItemRepository(staleTable.fencedBy(stale));
    WorkItemRepository currentWork = new WorkItemRepository(currentTable.fencedBy(current));
    Versioned<WorkItem> read = staleWork.create(new WorkItem("w1", "started", 0, 0)); // before the takeover
    Versioned<WorkItem> taken = currentWork.update(currentWork.get("w1", Consistency.STRONG).orElseThrow(),
        read.value().step("taken over"));

    assertThatThrownBy(() -> staleWork.update(read, read.value().step("late")))
        .isInstanceOf(FencedOutException.class)
        .hasMessageContaining("fencing token " + current.fencingToken())
        .satisfies(e -> {
          assertThat(((FencedOutException) e).fencingToken()).isEqualTo(stale.fencingToken());
          assertThat(((FencedOutException) e).storedToken()).isEqualTo(current.fencingToken());
          assertThat(((FencedOutException) e).storedLock()).isEqualTo(fixture.tableName + "/locks/job-1");
        });
    assertThatThrownBy(() -> staleWork.update(taken, taken.value().step("late, with the newest version")))
        .as("a current version does not help").isInstanceOf(FencedOutException.class);
    assertThatThrownBy(() -> staleWork.put(new WorkItem("w1", "late put", 0, 0)))
        .isInstanceOf(FencedOutException.class);
    assertThatThrownBy(() -> staleWork.delete(taken)).isInstanceOf(FencedOutException.class);
    assertThatThrownBy(() -> staleWork.delete("w1")).isInstanceOf(FencedOutException.class);

    Versioned<WorkItem> stored = currentWork.get("w1", Consistency.STRONG).orElseThrow();
    assertThat(stored.value()).isEqualTo(taken.value());
    assertThat(stored.version()).isEqualTo(taken.version());

    Versioned<WorkItem> next = currentWork.update(stored, stored.value().step("done"));
    assertThat(next.value().state()).as("the current holder writes on").isEqualTo("done");
  }

  @Test
  void aStaleCreateOverAnItemTheNewHolderWroteIsFencedOutNotKeyExists() {
    new WorkItemRepository(currentTable.fencedBy(current)).create(new WorkItem("w2", "new", 0, 0));
    assertThatThrownBy(() -> new WorkItemRepository(staleTable.fencedBy(stale))
        .create(new WorkItem("w2", "stale", 0, 0))).isInstanceOf(FencedOutException.class);
  }

  @Test
  void theKvApiFencesWithAnOption() {
    KVPartition staleItems = staleTable.partition("items");
    KVPartition currentItems = currentTable.partition("items");
    KVPair first = staleItems.atomicPut("k", withString("stale first"), withFence(stale));
    KVPair second = currentItems.atomicPut("k", withString("current"), withPreviousKV(first), withFence(current));

    assertThatThrownBy(() -> staleItems.atomicPut("k", withString("late"), withPreviousKV(second), withFence(stale)))
        .isInstanceOf(FencedOutException.class);
    assertThatThrownBy(() -> staleItems.put("k", withString("late"), withFence(stale)))
        .isInstanceOf(FencedOutException.class);
    assertThatThrownBy(() -> staleTable.fencedBy(stale).partition("items").atomicDelete("k", second))
        .isInstanceOf(FencedOutException.class);
    assertThat(currentItems.get("k", consistent()).orElseThrow().stringValue()).isEqualTo("current");

    KVPair again = currentItems.put("k", withString("current again"), withFence(current));
    assertThat(again.version()).as("the same token writes as often as it likes").isEqualTo(3);
  }

  @Test
  void anUnfencedWriteKeepsTheFenceAndAnOlderTokensWriteIsRefusedAfterIt() {
    KVPartition currentItems = currentTable.partition("items");
    KVPair fenced = currentItems.atomicPut("k", withString("fenced"), withFence(current));
    KVPair unfenced = currentItems.atomicPut("k", withString("unfenced"), withPreviousKV(fenced));
    assertThatThrownBy(() -> staleTable.partition("items").atomicPut("k", withString("late"),
        withPreviousKV(unfenced), withFence(stale))).isInstanceOf(FencedOutException.class);
  }

  @Test
  void anOlderTokenWritesUntilTheNewerOneHasWritten() {
    // the limit of storing the token: before the new holder's first write, the item shows no newer token
    KVPair staleWrite = staleTable.partition("items").atomicPut("k", withString("stale"), withFence(stale));
    assertThat(staleWrite.version()).isEqualTo(1);
    KVPair overwritten = currentTable.partition("items").atomicPut("k", withString("current"),
        withPreviousKV(staleWrite), withFence(current));
    assertThat(overwritten.version()).isEqualTo(2);
  }

  @Test
  void anItemGuardedByOneLockRefusesWritesFencedByAnother() {
    // a lock renamed in a rolling deploy must not open the fence to the old name's stale holders
    Lease otherLock = currentTable.locks("locks", LockFixture.manual("x", 10)).tryAcquire("job-2").orElseThrow();
    Lease otherPartition = currentTable.locks("locks/job-1", LockFixture.manual("y", 10)).tryAcquire("x")
        .orElseThrow();
    KVPair guarded = currentTable.partition("items").atomicPut("k", withString("current"), withFence(current));
    assertThatThrownBy(() -> currentTable.partition("items").atomicPut("k", withString("other lock"),
        withPreviousKV(guarded), withFence(otherLock))).isInstanceOf(FencedOutException.class)
        .hasMessageContaining("guarded by another lock, locks/job-1")
        .satisfies(e -> assertThat(((FencedOutException) e).storedToken()).isEqualTo(current.fencingToken()));
    assertThatThrownBy(() -> currentTable.partition("items").put("k", withString("confusable"),
        withFence(otherPartition))).isInstanceOf(FencedOutException.class);
    assertThatThrownBy(() -> staleTable.partition("items").atomicPut("k", withString("late"),
        withPreviousKV(guarded), withFence(stale))).isInstanceOf(FencedOutException.class);
    assertThat(currentTable.partition("items").get("k", consistent()).orElseThrow().stringValue())
        .isEqualTo("current");
  }

  @Test
  void aRestoreIntoAnotherTableKeepsItsItemsFences() {
    // an item restored from table "BeforeRestore": its fence names that table, and still fences job-1's holders
    Map<String, AttributeValue> fence = Map.of("table", AttributeValue.fromS("BeforeRestore"),
        "partition", AttributeValue.fromS("locks"), "lock", AttributeValue.fromS("job-1"),
        "token", AttributeValue.fromN(Long.toString(stale.fencingToken() + 1)));
    fixture.client.putItem(put -> put.tableName(fixture.tableName).item(Map.of("id", AttributeValue.fromS("items"),
        "name", AttributeValue.fromS("restored"), "version", AttributeValue.fromN("1"),
        "fence", AttributeValue.fromM(fence))));
    assertThatThrownBy(() -> staleTable.partition("items").put("restored", withString("stale"), withFence(stale)))
        .isInstanceOf(FencedOutException.class).hasMessageContaining("a newer holder");
    KVPair written = currentTable.partition("items").put("restored", withString("current"), withFence(current));
    assertThat(written.version()).isEqualTo(2);
  }

  @Test
  void aFenceDynastoreDidNotWriteRefusesEveryFencedWrite() {
    fixture.client.putItem(put -> put.tableName(fixture.tableName).item(Map.of("id", AttributeValue.fromS("items"),
        "name", AttributeValue.fromS("odd"), "version", AttributeValue.fromN("1"),
        "fence", AttributeValue.fromS("not a map"))));
    assertThatThrownBy(() -> currentTable.partition("items").put("odd", withString("x"), withFence(current)))
        .isInstanceOf(FencedOutException.class).hasMessageContaining("a fence Dynastore did not write")
        .satisfies(e -> assertThat(((FencedOutException) e).storedToken()).isEqualTo(-1));
  }

  @Test
  void aWriteFencedByALeaseKnownLostOrReleasedIsRefusedBeforeAnyRequest() {
    Locks locks = currentTable.locks("locks", LockFixture.manual("me", 10));
    Lease released = locks.tryAcquire("job-3").orElseThrow();
    released.release();
    Lease ended = locks.tryAcquire("job-4").orElseThrow();
    clock.advance(Duration.ofSeconds(9));
    assertThat(ended.isHeld()).isFalse();
    WorkItemRepository viaReleased = new WorkItemRepository(currentTable.fencedBy(released));
    WorkItemRepository viaEnded = new WorkItemRepository(currentTable.fencedBy(ended));
    viaReleased.get("warm-up", Consistency.STRONG); // the repository's first use reads the table's records
    viaEnded.get("warm-up", Consistency.STRONG);
    fixture.requests.clear();

    assertThatThrownBy(() -> viaReleased.create(new WorkItem("w3", "x", 0, 0))).isInstanceOf(LockLostException.class)
        .hasMessageContaining("released").hasMessageContaining("nothing was written");
    assertThatThrownBy(() -> viaEnded.put(new WorkItem("w3", "x", 0, 0))).isInstanceOf(LockLostException.class)
        .hasMessageContaining("ended");
    assertThatThrownBy(() -> viaEnded.delete("w3")).isInstanceOf(LockLostException.class);
    assertThatThrownBy(() -> currentTable.partition("items").put("k", withString("x"), withFence(released)))
        .isInstanceOf(LockLostException.class);
    assertThat(fixture.requests).isEmpty();
  }

  @Test
  void batchWritesCannotBeFenced() {
    WorkItemRepository fenced = new WorkItemRepository(currentTable.fencedBy(current));
    fenced.get("warm-up", Consistency.STRONG); // the repository's first use reads the table's records
    fixture.requests.clear();
    assertThatThrownBy(() -> fenced.putAll(List.of(new WorkItem("a", "x", 0, 0))))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("batch");
    assertThatThrownBy(() -> fenced.deleteAll(List.of("a"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(fixture.requests).isEmpty();
  }

  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void aStaleHoldersTransactionIsRejectedAsFencedOutAndWritesNothing() {
    WorkItemRepository currentWork = new WorkItemRepository(currentTable.fencedBy(current));
    WorkItemRepository staleWork = new WorkItemRepository(staleTable.fencedBy(stale));
    Versioned<WorkItem> taken = currentWork.create(new WorkItem("t1", "taken", 0, 0));
    Versioned<WorkItem> other = new WorkItemRepository(currentTable).create(new WorkItem("t2", "free", 0, 0));

    assertThatThrownBy(() -> staleTable.session().transaction()
        .update(staleWork, taken, taken.value().step("late"))
        .update(staleWork, other, other.value().step("late too"))
        .commit())
        .isInstanceOfSatisfying(TransactionRejectedException.class, rejected -> {
          assertThat(rejected.failures()).hasSize(1);
          assertThat(rejected.failures().get(0).reason()).isEqualTo(TransactionRejectedException.Reason.FENCED_OUT);
          assertThat(rejected.failures().get(0).item()).isEqualTo("work/t1");
        });
    assertThat(currentWork.get("t2", Consistency.STRONG).orElseThrow().value().state()).isEqualTo("free");

    WorkItem finished = taken.value().step("done");
    Committed done = currentTable.session().transaction().update(currentWork, taken, finished).commit();
    assertThat(done.versionOf(finished).version()).isEqualTo(2);
  }

  @Test
  void theFenceIsStoredWithTheItemWhereEveryToolCanSeeIt() {
    new WorkItemRepository(currentTable.fencedBy(current)).create(new WorkItem("w4", "x", 0, 0));
    Map<String, AttributeValue> item = fixture.client.getItem(get -> get.tableName(fixture.tableName)
        .key(Map.of("id", AttributeValue.fromS("work"), "name", AttributeValue.fromS("w4")))
        .consistentRead(true)).item();
    assertThat(item.get("fence").m()).isEqualTo(Map.of("table", AttributeValue.fromS(fixture.tableName),
        "partition", AttributeValue.fromS("locks"), "lock", AttributeValue.fromS("job-1"),
        "token", AttributeValue.fromN(Long.toString(current.fencingToken()))));
  }
}
