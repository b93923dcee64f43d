package dev.dynastore.it.typed;

import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyExistsException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.PageRequest;
import dev.dynastore.RequestHook;
import dev.dynastore.RequestResult;
import dev.dynastore.Table;
import dev.dynastore.ThrottledException;
import dev.dynastore.TransactionRejectedException;
import dev.dynastore.Versioned;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.FaultInjector.Fault;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * A request hook as an observer of the whole call: which entity type's repository sent each request, how many
 * attempts the SDK made and how many DynamoDB throttled, whether a condition failed, and every unknown outcome,
 * reported once.
 */
@DynamoDbTest
class ObserverTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:20Z");

  /** One finished request as a hook saw it, with the thread it ran on. */
  private record Finished(String operation, RequestResult result, String thread) {}

  /** One unknown outcome as a hook saw it. */
  private record Unknown(String operation, Class<?> entityType, OutcomeUnknownException unknown) {}

  private final FaultInjector faults = new FaultInjector();
  private final List<Finished> finished = Collections.synchronizedList(new ArrayList<>());
  private final List<Unknown> unknowns = Collections.synchronizedList(new ArrayList<>());
  private final TestClock clock = TestClock.at(Instant.parse("2026-11-25T10:00:00Z"));
  private DynamoDbClient client;
  private Dynastore store;
  private Table readingsTable;
  private ReadingRepository readings;
  private ShipmentRepository shipments;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, @TableName String readingsName, @TableName String shipmentsName) {
    client = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(faults)
            .retryStrategy(retries -> retries.maxAttempts(3)).build())
        .build();
    RequestHook observer = new RequestHook() {
      @Override
      public void requestBuilt(String operation, DynamoDbRequest request) {
      }

      @Override
      public void requestFinished(String operation, DynamoDbRequest request, RequestResult result) {
        finished.add(new Finished(operation, result, Thread.currentThread().getName()));
      }

      @Override
      public void outcomeUnknown(String operation, Class<?> entityType, OutcomeUnknownException unknown) {
        unknowns.add(new Unknown(operation, entityType, unknown));
      }
    };
    store = Dynastore.builder().client(client).clock(clock).addRequestHook(observer).build();
    readingsTable = store.table(readingsName);
    readings = new ReadingRepository(readingsTable);
    shipments = new ShipmentRepository(store.table(shipmentsName));
    readings.createTableIfMissing();
    shipments.createTableIfMissing();
    finished.clear();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aTypedRepositorysRequestsReportItsEntityTypeAndAKvRequestNone() {
    readings.create(reading(1));
    readings.get("s1", 1, Consistency.STRONG);
    readings.listing("s1").list(PageRequest.first(10));
    readings.byAt("s1").count(Consistency.STRONG);
    readings.putAll(List.of(reading(2), reading(3)));
    readings.getAll("s1", List.of(1, 2, 3));

    assertThat(operations()).containsExactly("AtomicPut", "Get", "ListPage", "Count", "BatchWrite", "BatchGet");
    assertThat(finished).allSatisfy(one -> {
      assertThat(one.result().entityType()).as(one.operation()).isEqualTo(Reading.class);
      assertThat(one.result().attempts()).as(one.operation()).isEqualTo(1);
      assertThat(one.result().throttledAttempts()).as(one.operation()).isZero();
      assertThat(one.result().conditionFailed()).as(one.operation()).isFalse();
    });
    finished.clear();

    readingsTable.partition("kv").put("k1", withString("v"));

    assertThat(operations()).containsExactly("Put");
    assertThat(result(0).entityType()).as("the K/V API serves no entity type").isNull();
    assertThat(result(0).attempts()).isEqualTo(1);
  }

  @Test
  void aThrottledAttemptTheSdkRetriedCountsAsOneOfTwoAttempts() {
    readings.create(reading(1));
    finished.clear();

    faults.inject("GetItem", Fault.THROTTLE);
    assertThat(readings.get("s1", 1, Consistency.STRONG)).isPresent();
    faults.inject("PutItem", Fault.THROTTLE);
    readings.create(reading(2));

    assertThat(operations()).containsExactly("Get", "AtomicPut");
    for (int i = 0; i < 2; i++) {
      RequestResult retried = result(i);
      assertThat(retried.succeeded()).isTrue();
      assertThat(retried.attempts()).as("the throttled attempt and its retry").isEqualTo(2);
      assertThat(retried.throttledAttempts()).isEqualTo(1);
      assertThat(retried.entityType()).isEqualTo(Reading.class);
    }
  }

  @Test
  void aRequestThrottledThroughEveryAttemptReportsThemAll() {
    faults.inject("GetItem", Fault.THROTTLE, Fault.THROTTLE, Fault.THROTTLE); // the client makes 3 attempts

    assertThatThrownBy(() -> readings.get("s1", 1)).isInstanceOf(ThrottledException.class);

    RequestResult throttled = result(0);
    assertThat(throttled.succeeded()).isFalse();
    assertThat(throttled.attempts()).isEqualTo(3);
    assertThat(throttled.throttledAttempts()).isEqualTo(3);
    assertThat(throttled.conditionFailed()).isFalse();
  }

  @Test
  void aConflictIsAFailedCondition() {
    readings.create(reading(1));

    assertThatThrownBy(() -> readings.create(reading(1))).isInstanceOf(KeyExistsException.class);

    assertThat(result(0).conditionFailed()).isFalse();
    RequestResult conflict = result(1);
    assertThat(conflict.conditionFailed()).isTrue();
    assertThat(conflict.attempts()).isEqualTo(1);
    assertThat(conflict.throttledAttempts()).isZero();
    assertThat(conflict.entityType()).isEqualTo(Reading.class);
  }

  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void aTransactionCancelledOnAConditionFailedOneAndSpeaksForNoEntityType() {
    readings.create(reading(1));
    finished.clear();

    assertThatThrownBy(() -> store.transaction().create(readings, reading(1)).create(readings, reading(2)).commit())
        .isInstanceOf(TransactionRejectedException.class);

    assertThat(operations()).containsExactly("Transaction");
    RequestResult cancelled = result(0);
    assertThat(cancelled.conditionFailed()).isTrue();
    assertThat(cancelled.entityType()).as("a transaction may span types").isNull();
    assertThat(cancelled.attempts()).isEqualTo(1);
  }

  @Test
  void anUnknownOutcomeIsReportedOnceWithItsOperationAndEntityType() {
    Versioned<Reading> stored = readings.create(reading(1));
    faults.inject("DeleteItem", Fault.LOSE_ANSWER); // applied, answer lost; the retry finds it gone

    Throwable thrown = catchThrowable(() -> readings.delete(stored));

    assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
    assertThat(unknowns).hasSize(1);
    assertThat(unknowns.get(0).operation()).isEqualTo("AtomicDelete");
    assertThat(unknowns.get(0).entityType()).isEqualTo(Reading.class);
    assertThat(unknowns.get(0).unknown()).isSameAs(thrown);
    RequestResult delete = finished.stream().filter(one -> one.operation().equals("AtomicDelete"))
        .map(Finished::result).findFirst().orElseThrow();
    assertThat(delete.attempts()).as("the lost answer and the retry").isEqualTo(2);
    assertThat(delete.throttledAttempts()).isZero();
  }

  @Test
  void aBatchWritesUnknownOutcomeAndAKvOneAreReportedToo() {
    readings.create(reading(2));
    faults.inject("BatchWriteItem", Fault.LOSE_ANSWER); // applied, answer lost, sent again: may undo another's write

    assertThatThrownBy(() -> readings.deleteAll("s1", List.of(2, 3))).isInstanceOf(OutcomeUnknownException.class);
    faults.inject("PutItem", Fault.SERVER_ERROR); // maybe applied, then created: maybe twice
    assertThatThrownBy(() -> readingsTable.partition("kv").atomicPut("k1", withString("v")))
        .isInstanceOf(OutcomeUnknownException.class);

    assertThat(unknowns).extracting(Unknown::operation).containsExactly("BatchWrite", "AtomicPut");
    assertThat(unknowns).extracting(Unknown::entityType).containsExactly(Reading.class, null);
  }

  @Test
  void aHookThatFailsOnAnUnknownOutcomeDoesNotReplaceIt() {
    Dynastore failing = Dynastore.builder().client(client).clock(clock).addRequestHook(new RequestHook() {
      @Override
      public void requestBuilt(String operation, DynamoDbRequest request) {
      }

      @Override
      public void outcomeUnknown(String operation, Class<?> entityType, OutcomeUnknownException unknown) {
        throw new IllegalStateException("metrics backend down");
      }
    }).build();
    ReadingRepository watched = new ReadingRepository(failing.table(readingsTable.name()));
    Versioned<Reading> stored = watched.create(reading(1));
    faults.inject("DeleteItem", Fault.LOSE_ANSWER);

    assertThatThrownBy(() -> watched.delete(stored)).isInstanceOf(OutcomeUnknownException.class)
        .satisfies(unknown -> assertThat(unknown.getSuppressed()).extracting(Throwable::getMessage)
            .containsExactly("metrics backend down"));
  }

  @Test
  void aShardedListingsReadsReportTheEntityTypeFromTheListingThreads() {
    shipments.putAll(IntStream.range(0, 40).mapToObj(i -> new Shipment(String.format("s%03d", i), "ups",
        T.plusSeconds(i), i, null)).toList());
    finished.clear();

    assertThat(shipments.listing().list(PageRequest.first(10).consistent()).items()).hasSize(10);
    assertThat(shipments.listing().count(Consistency.STRONG)).isEqualTo(40);

    assertThat(finished).hasSizeGreaterThanOrEqualTo(32); // a read and a count of each of the 16 shards
    assertThat(finished).allSatisfy(one -> {
      assertThat(one.result().entityType()).as(one.operation()).isEqualTo(Shipment.class);
      assertThat(one.result().succeeded()).isTrue();
    });
    assertThat(finished).extracting(Finished::thread).anyMatch(name -> name.startsWith("dynastore-listing-"));
  }

  private List<String> operations() {
    synchronized (finished) {
      return finished.stream().map(Finished::operation).toList();
    }
  }

  private RequestResult result(int index) {
    return finished.get(index).result();
  }

  private static Reading reading(int seq) {
    return new Reading("s1", seq, "k", "label-" + seq, T.plusMillis(seq), BigDecimal.valueOf(seq), null);
  }
}
