package dev.dynastore.it.kv;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static dev.dynastore.testing.FaultInjector.Fault.LOSE_ANSWER;
import static dev.dynastore.testing.FaultInjector.Fault.REFUSE_CONNECTION;
import static dev.dynastore.testing.FaultInjector.Fault.SERVER_ERROR;
import static dev.dynastore.testing.FaultInjector.Fault.THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Dynastore;
import dev.dynastore.kv.KVPair;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.KeyNotFoundException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.ThrottledException;
import dev.dynastore.UnavailableException;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.FaultInjector.Fault;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.TableName;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The retry contract of every write, with faults injected into chosen attempts: success means applied once,
 * a conflict means not applied, and {@link OutcomeUnknownException} is reported exactly where the client cannot
 * tell. An attempt that never reached DynamoDB (refused connection, throttling) does not make a retry ambiguous;
 * one whose answer was lost (a 5xx, applied or not) does.
 */
@DynamoDbTest
class RetrySafetyTest {
  private final FaultInjector faults = new FaultInjector();
  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient faultyClient;
  private KvFixture fixture;
  private KVPartition customers;
  /** The same partition through a client without faults: another writer. */
  private KVPartition other;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, DynamoDbClient client, @TableName String table) {
    faultyClient = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder()
            .addExecutionInterceptor(faults).addExecutionInterceptor(counter)
            .retryStrategy(retries -> retries.maxAttempts(4)) // the SDK's standard strategy, to give up sooner
            .build())
        .build();
    fixture = new KvFixture(faultyClient, table);
    customers = fixture.table.partition("customers");
    other = Dynastore.builder().client(client).clock(fixture.clock).build().table(table).partition("customers");
    counter.reset();
  }

  @AfterEach
  void closeClient() {
    faultyClient.close();
  }

  // ----------------------------------------------------------------------------------------------- create

  @Test
  void aCreateWhoseAnswerWasLostSucceeds() {
    faults.inject("PutItem", LOSE_ANSWER);

    KVPair created = customers.atomicPut("c1", withString("mine"));

    assertThat(faults.injected()).isEqualTo(1);
    assertThat(counter.attempts().get("PutItem")).as("the SDK retried").isEqualTo(2);
    assertThat(created.version()).isEqualTo(1);
    assertThat(customers.get("c1", consistent())).contains(created);
  }

  @Test
  void aCreateRetriedAfterAnUnsentAttemptSucceedsPlainly() {
    for (Fault unsent : new Fault[] {REFUSE_CONNECTION, THROTTLE}) {
      faults.inject("PutItem", unsent);

      KVPair created = customers.atomicPut("c-" + unsent, withString("mine"));

      assertThat(faults.done()).isTrue();
      assertThat(customers.get("c-" + unsent, consistent())).contains(created);
    }
  }

  @Test
  void aCreateThatSucceedsAfterAPossiblyAppliedAttemptIsUnknown() {
    // the first attempt may have created the item, another client may have deleted it, and the retry created it
    // again: applied twice, which the client cannot rule out
    faults.inject("PutItem", SERVER_ERROR);

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("mine")))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("customers/c1")
        .hasMessageContaining("applied twice");
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("mine");
  }

  @Test
  void aCreateLandedThenDeletedByAnotherClientIsNotReportedAsASimpleSuccess() {
    faults.inject("PutItem", LOSE_ANSWER).afterFaults(() -> other.delete("c1"));

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("mine")))
        .isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void aCreateWhoseUnsentAttemptLetAnotherClientCreateFirstIsAConflict() {
    faults.inject("PutItem", REFUSE_CONNECTION).afterFaults(() -> other.atomicPut("c1", withString("theirs")));

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("mine"))).isInstanceOf(KeyExistsException.class);
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("theirs");
  }

  @Test
  void aCreateWhoseLostAnswerLetAnotherClientCreateFirstIsUnknown() {
    // the client cannot tell "my lost attempt was never applied, theirs won" from "mine applied, then theirs"
    faults.inject("PutItem", SERVER_ERROR).afterFaults(() -> other.atomicPut("c1", withString("theirs")));

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("mine")))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("theirs");
  }

  @Test
  void aCreateAppliedTwiceThroughLostAnswersIsUnknownEvenThoughItsTokenIsStored() {
    // attempt 1 creates (answer lost); another client deletes; attempt 2 creates again (answer lost); attempt 3
    // fails its condition and finds this create's token: applied twice, the other client's delete undone
    faults.inject("PutItem", LOSE_ANSWER).afterFaults(() -> {
      other.delete("j1");
      faults.inject("PutItem", LOSE_ANSWER);
    });

    assertThatThrownBy(() -> customers.atomicPut("j1", withString("mine")))
        .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("more than once");
    assertThat(other.exists("j1", consistent())).isTrue();
  }

  @Test
  void aCreateAppliedTwiceAndSettledByAReadIsUnknown() {
    faults.inject("PutItem", LOSE_ANSWER).afterFaults(() -> {
      other.delete("j1");
      faults.inject("PutItem", LOSE_ANSWER, LOSE_ANSWER, LOSE_ANSWER);
    });

    assertThatThrownBy(() -> customers.atomicPut("j1", withString("mine")))
        .isInstanceOf(OutcomeUnknownException.class)
        .satisfies(e -> assertThat(((OutcomeUnknownException) e).attempted()).isPresent());
  }

  @Test
  void anUnknownOutcomeCarriesTheAttemptedItemToCompareTokensWith() {
    faults.inject("PutItem", SERVER_ERROR).afterFaults(() -> other.atomicPut("c1", withString("theirs")));

    OutcomeUnknownException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(
        OutcomeUnknownException.class, () -> customers.atomicPut("c1", withString("mine")));

    KVPair attempted = unknown.attempted().orElseThrow();
    assertThat(attempted.stringValue()).isEqualTo("mine");
    assertThat(other.get("c1", consistent()).orElseThrow().writeToken()).as("theirs is stored, not mine")
        .isNotEqualTo(attempted.writeToken());
  }

  @Test
  void aWriteThatNeverReachedDynamoDbIsUnavailableOrThrottledAndWritesNothing() {
    faults.inject("PutItem", repeat(REFUSE_CONNECTION, 20));
    assertThatThrownBy(() -> customers.atomicPut("c1", withString("mine")))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("customers/c1");

    faults.inject("PutItem", repeat(THROTTLE, 20));
    assertThatThrownBy(() -> customers.atomicPut("c1", withString("mine")))
        .isInstanceOf(ThrottledException.class)
        .hasMessageContaining("nothing was written");
    assertThat(other.exists("c1", consistent())).isFalse();
  }

  @Test
  void aWriteWhoseEveryAnswerWasLostIsSettledByOneRead() {
    // a compare-and-swap applies once at most, so its token, read back, proves success
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    faults.inject("UpdateItem", repeat(LOSE_ANSWER, 20));
    KVPair v2 = customers.atomicPut("c1", withString("two"), withPreviousKV(v1));
    assertThat(customers.get("c1", consistent())).contains(v2);

    // a create's token proves it applied, but four lost answers may each have created it (with deletes between)
    faults.inject("PutItem", repeat(LOSE_ANSWER, 20));
    assertThatThrownBy(() -> customers.atomicPut("c2", withString("mine")))
        .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("more than once");
    assertThat(customers.get("c2", consistent()).orElseThrow().stringValue()).isEqualTo("mine");

    faults.inject("PutItem", repeat(SERVER_ERROR, 20)); // never applied, but the client cannot know
    assertThatThrownBy(() -> customers.atomicPut("c3", withString("mine")))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(customers.exists("c3", consistent())).isFalse();
  }

  // ------------------------------------------------------------------------------------- compare-and-swap

  @Test
  void aCompareAndSwapWhoseAnswerWasLostSucceeds() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    faults.loseNextAnswers("UpdateItem", 2);

    KVPair v2 = customers.atomicPut("c1", withString("two"), withPreviousKV(v1));

    assertThat(faults.injected()).isEqualTo(2);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(customers.get("c1", consistent())).contains(v2);
  }

  @Test
  void aCompareAndSwapThatAppliedAndWasOverwrittenIsUnknownNotAConflict() {
    // reporting a conflict here would make the caller re-read and apply its change a second time
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    faults.inject("UpdateItem", LOSE_ANSWER).afterFaults(() -> {
      KVPair mine = other.get("c1", consistent()).orElseThrow();
      other.atomicPut("c1", withString("theirs"), withPreviousKV(mine));
    });

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("two"), withPreviousKV(v1)))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("update of customers/c1");
    assertThat(customers.get("c1", consistent()).orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void aStaleCompareAndSwapRetriedAfterUnsentAttemptsIsAConflict() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    other.atomicPut("c1", withString("two"), withPreviousKV(other.get("c1", consistent()).orElseThrow()));
    faults.inject("UpdateItem", REFUSE_CONNECTION, THROTTLE);

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("stale"), withPreviousKV(v1)))
        .isInstanceOf(KeyModifiedException.class);
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("two");
  }

  @Test
  void aStaleCompareAndSwapWhoseAnswerWasLostIsUnknown() {
    // the first attempt failed its condition, but its answer was lost: to the client it may have applied
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    customers.atomicPut("c1", withString("two"), withPreviousKV(v1));
    faults.inject("UpdateItem", LOSE_ANSWER);

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("stale"), withPreviousKV(v1)))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("two");
  }

  @Test
  void aCompareAndSwapWhoseConditionPassedOnARetryIsASuccessWhateverCameBefore() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    faults.inject("UpdateItem", SERVER_ERROR, REFUSE_CONNECTION, THROTTLE);

    KVPair v2 = customers.atomicPut("c1", withString("two"), withPreviousKV(v1));

    assertThat(faults.done()).isTrue();
    assertThat(customers.get("c1", consistent())).contains(v2);
  }

  // ------------------------------------------------------------------------------------------------ deletes

  @Test
  void aVersionedDeleteWhoseAnswerWasLostIsUnknown() {
    // "retried and now absent" cannot tell my delete from another client's
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    faults.inject("DeleteItem", LOSE_ANSWER);

    assertThatThrownBy(() -> customers.atomicDelete("c1", v1)).isInstanceOf(OutcomeUnknownException.class);
    assertThat(customers.exists("c1", consistent())).isFalse();
  }

  @Test
  void twoHoldersOfOneVersionAreNeverBothToldTheyDeletedIt() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    // my first attempt is never sent; meanwhile the other holder deletes the same version
    faults.inject("DeleteItem", REFUSE_CONNECTION).afterFaults(() -> other.atomicDelete("c1", v1));

    assertThatThrownBy(() -> customers.atomicDelete("c1", v1)).isInstanceOf(KeyNotFoundException.class);
  }

  @Test
  void aConflictWhoseReasonCannotBeReadIsStillAConflict() {
    // one attempt, a failed condition, nothing retried: the delete certainly did not apply, even when the read that
    // would say why fails (dynalite returns no old item, so it always reads)
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    customers.atomicPut("c1", withString("two"), withPreviousKV(v1));
    KVPair gone = customers.atomicPut("c2", withString("one"));
    customers.delete("c2");
    faults.inject("GetItem", repeat(SERVER_ERROR, 20));

    assertThatThrownBy(() -> customers.atomicDelete("c1", v1))
        .isInstanceOfAny(KeyModifiedException.class, KeyNotFoundException.class);
    assertThatThrownBy(() -> customers.atomicDelete("c2", gone))
        .isInstanceOfAny(KeyModifiedException.class, KeyNotFoundException.class);
  }

  @Test
  void aVersionedDeleteRetriedAfterUnsentAttemptsSucceeds() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    faults.inject("DeleteItem", THROTTLE, REFUSE_CONNECTION);

    customers.atomicDelete("c1", v1);

    assertThat(faults.done()).isTrue();
    assertThat(customers.exists("c1", consistent())).isFalse();
  }

  @Test
  void aDeleteThatNeverReachedDynamoDbIsUnavailable() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    faults.inject("DeleteItem", repeat(REFUSE_CONNECTION, 20));

    assertThatThrownBy(() -> customers.atomicDelete("c1", v1)).isInstanceOf(UnavailableException.class);
    assertThat(customers.get("c1", consistent())).contains(v1);
  }

  @Test
  void anUnconditionalDeleteWhoseAnswerWasLostButNotResentSucceeds() {
    customers.atomicPut("c1", withString("one"));
    faults.inject("DeleteItem", repeat(LOSE_ANSWER, 20)); // every attempt applied, then settled: gone

    assertThatThrownBy(() -> customers.delete("c1")).isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("more than once");
    faults.inject("DeleteItem", REFUSE_CONNECTION, THROTTLE);
    customers.atomicPut("c2", withString("two"));
    customers.delete("c2");
    assertThat(customers.exists("c2", consistent())).isFalse();
  }

  @Test
  void anUnconditionalDeleteAppliedTwiceIsUnknownNotASuccess() {
    // its retry deleted another client's acknowledged create: the client must hear about it
    customers.atomicPut("l1", withString("mine"));
    faults.inject("DeleteItem", LOSE_ANSWER).afterFaults(() -> other.atomicPut("l1", withString("theirs")));

    assertThatThrownBy(() -> customers.delete("l1")).isInstanceOf(OutcomeUnknownException.class);
    assertThat(other.exists("l1", consistent())).isFalse();
  }

  // ---------------------------------------------------------------------------------------------------- put

  @Test
  void aPutAppliedTwiceByARetryIsUnknownAndCarriesWhatIsStored() {
    customers.put("c1", withString("one"));
    faults.inject("UpdateItem", LOSE_ANSWER);

    OutcomeUnknownException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(
        OutcomeUnknownException.class, () -> customers.put("c1", withString("two")));

    KVPair stored = customers.get("c1", consistent()).orElseThrow();
    assertThat(stored.version()).as("both attempts applied").isEqualTo(3);
    assertThat(unknown.attempted()).contains(stored);
  }

  @Test
  void aPutRetriedAfterUnsentAttemptsSucceeds() {
    faults.inject("UpdateItem", REFUSE_CONNECTION, THROTTLE, SERVER_ERROR);
    assertThatThrownBy(() -> customers.put("c1", withString("one"))).as("the 500 may have applied")
        .isInstanceOf(OutcomeUnknownException.class);
    faults.inject("UpdateItem", REFUSE_CONNECTION, THROTTLE);
    KVPair written = customers.put("c2", withString("two"));
    assertThat(customers.get("c2", consistent())).contains(written);
  }

  // ------------------------------------------------------------------------------------------------- costs

  @Test
  void everySingleItemOperationIsExactlyOneRequest() {
    KVPair created = customers.atomicPut("c1", withString("one"));
    KVPair updated = customers.atomicPut("c1", withString("two"), withPreviousKV(created));
    customers.put("c2", withString("x"));
    customers.get("c1");
    customers.exists("c1");
    customers.listPage("");
    customers.atomicDelete("c1", updated);
    customers.delete("c2");

    assertThat(counter.calls()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "PutItem", 1, "UpdateItem", 2, "GetItem", 2, "Query", 1, "DeleteItem", 2));
    assertThat(counter.totalAttempts()).as("no retries").isEqualTo(8);
    assertThat(fixture.requests).containsExactly("AtomicPut", "AtomicPut", "Put", "Get", "Exists", "ListPage",
        "AtomicDelete", "Delete");
  }

  @Test
  void aGenuineConflictCostsOneRequest() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    customers.atomicPut("c1", withString("two"), withPreviousKV(v1));
    counter.reset();

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("two"))).isInstanceOf(KeyExistsException.class);
    assertThatThrownBy(() -> customers.atomicPut("c1", withString("three"), withPreviousKV(v1)))
        .isInstanceOf(KeyModifiedException.class);

    assertThat(counter.calls()).containsExactlyInAnyOrderEntriesOf(Map.of("PutItem", 1, "UpdateItem", 1));
    assertThat(counter.totalAttempts()).isEqualTo(2);
  }

  private static Fault[] repeat(Fault fault, int times) {
    Fault[] faults = new Fault[times];
    Arrays.fill(faults, fault);
    return faults;
  }
}
