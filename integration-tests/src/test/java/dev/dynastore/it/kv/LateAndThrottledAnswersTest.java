package dev.dynastore.it.kv;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static dev.dynastore.testing.FaultInjector.Fault.DELAY_ANSWER;
import static dev.dynastore.testing.FaultInjector.Fault.THROTTLE_AFTER_APPLYING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Dynastore;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Answers that come too late or say the wrong thing, after DynamoDB applied the write. An answer held back past
 * the client's attempt timeout is as ambiguous as a lost one: the SDK gives up on an attempt that applied and
 * retries, and the write settles by its token. Throttling after the write applied is what DynamoDB's contract
 * rules out (a throttled request "was denied"), so Dynastore takes a throttled attempt as not applied; where the
 * retry's failed condition returns the stored item (DynamoDB, moto), the write's own token on it still proves the
 * earlier attempt applied, and the write reports success rather than a conflict with itself.
 */
@DynamoDbTest
class LateAndThrottledAnswersTest {
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(400);

  private final FaultInjector faults = new FaultInjector().delayAnswersBy(Duration.ofMillis(1200));
  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient faultyClient;
  private KVPartition customers;
  /** The same partition through a client without faults: another writer. */
  private KVPartition other;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, DynamoDbClient client, @TableName String table) {
    faultyClient = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder()
            .addExecutionInterceptor(faults).addExecutionInterceptor(counter)
            .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
            .build())
        .build();
    KvFixture fixture = new KvFixture(faultyClient, table);
    customers = fixture.table.partition("customers");
    other = Dynastore.builder().client(client).clock(fixture.clock).build().table(table).partition("customers");
    counter.reset();
  }

  @AfterEach
  void closeClient() {
    faultyClient.close();
  }

  @Test
  void aCompareAndSwapWhoseAnswerCameAfterTheAttemptTimeoutSucceedsOnce() {
    KVPair v1 = other.atomicPut("c1", withString("v1"));
    faults.inject("UpdateItem", DELAY_ANSWER);

    KVPair v2 = customers.atomicPut("c1", withString("mine"), withPreviousKV(v1));

    assertThat(faults.injected(DELAY_ANSWER)).isEqualTo(1);
    assertThat(counter.attempts().get("UpdateItem")).as("the SDK gave up on the late attempt and retried")
        .isEqualTo(2);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(customers.get("c1", consistent())).contains(v2);
  }

  @Test
  void aCreateWhoseAnswerCameAfterTheAttemptTimeoutSucceeds() {
    faults.inject("PutItem", DELAY_ANSWER);

    KVPair created = customers.atomicPut("c1", withString("mine"));

    assertThat(counter.attempts().get("PutItem")).isEqualTo(2);
    assertThat(created.version()).isEqualTo(1);
    assertThat(customers.get("c1", consistent())).contains(created);
  }

  @Test
  void aLateAnswerFollowedByAnotherWriterIsAnUnknownOutcomeNotAConflict() {
    KVPair v1 = other.atomicPut("c1", withString("v1"));
    faults.inject("UpdateItem", DELAY_ANSWER).afterFaults(() -> {
      KVPair mine = other.get("c1", consistent()).orElseThrow();
      other.atomicPut("c1", withString("theirs"), withPreviousKV(mine));
    });

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("mine"), withPreviousKV(v1)))
        .isInstanceOf(OutcomeUnknownException.class);
    KVPair stored = customers.get("c1", consistent()).orElseThrow();
    assertThat(stored.stringValue()).isEqualTo("theirs");
    assertThat(stored.version()).as("mine applied, then theirs").isEqualTo(3);
  }

  @Test
  @RequiresFeature(Feature.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
  void aCompareAndSwapThrottledAfterItAppliedIsRecognisedByItsToken() {
    KVPair v1 = other.atomicPut("c1", withString("v1"));
    faults.inject("UpdateItem", THROTTLE_AFTER_APPLYING);

    KVPair v2 = customers.atomicPut("c1", withString("mine"), withPreviousKV(v1));

    assertThat(faults.injected(THROTTLE_AFTER_APPLYING)).isEqualTo(1);
    assertThat(counter.attempts().get("UpdateItem")).isEqualTo(2);
    assertThat(customers.get("c1", consistent())).contains(v2);
    assertThat(v2.version()).isEqualTo(2);
  }

  @Test
  @RequiresFeature(Feature.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
  void aCreateThrottledAfterItAppliedIsRecognisedByItsToken() {
    faults.inject("PutItem", THROTTLE_AFTER_APPLYING);

    KVPair created = customers.atomicPut("c1", withString("mine"));

    assertThat(counter.attempts().get("PutItem")).isEqualTo(2);
    assertThat(customers.get("c1", consistent())).contains(created);
  }

  @Test
  @RequiresFeature(Feature.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
  void aCreateThrottledAfterItAppliedAndRetriedTwiceIsUnknown() {
    // attempt 1 applied (answered as throttled), attempt 2 throttled, attempt 3 finds the item with this create's
    // token: an attempt applied it, but which and how often (another client may have deleted in between) is unknown
    faults.inject("PutItem", THROTTLE_AFTER_APPLYING, dev.dynastore.testing.FaultInjector.Fault.THROTTLE);

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("mine")))
        .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("throttled");
    assertThat(faults.done()).as("both faults took effect: three attempts").isTrue();
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("mine");
  }

  @Test
  @RequiresFeature(Feature.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
  void aLockAcquisitionThrottledAfterItAppliedIsHeld() {
    dev.dynastore.locks.Locks locks = customers.table().locks("locks");
    faults.inject("UpdateItem", THROTTLE_AFTER_APPLYING);

    try (dev.dynastore.locks.Lease lease = locks.tryAcquire("job").orElseThrow()) {
      assertThat(counter.attempts().get("UpdateItem")).isEqualTo(2);
      assertThat(locks.holder("job").orElseThrow().fencingToken()).isEqualTo(lease.fencingToken());
    }
    assertThat(locks.holder("job")).as("released").isEmpty();
  }
}
