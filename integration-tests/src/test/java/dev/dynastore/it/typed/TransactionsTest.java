package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Committed;
import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.Snapshot;
import dev.dynastore.ThrottledException;
import dev.dynastore.Transaction;
import dev.dynastore.TransactionConflictException;
import dev.dynastore.TransactionRejectedException;
import dev.dynastore.TransactionRejectedException.Reason;
import dev.dynastore.Versioned;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Transactions across two entity types in two tables: all or nothing, each failed condition named, a commit
 * whose answer was lost applied once, and snapshots. moto's conditional writes race under concurrency, so these
 * run single-threaded; contention between transactions is left to an endpoint given in DYNASTORE_ENDPOINT.
 */
@DynamoDbTest
class TransactionsTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:20Z");

  private final FaultInjector faults = new FaultInjector();
  private final Cancelling cancelling = new Cancelling();
  private final RequestCounter counter = new RequestCounter();
  private final TestClock clock = TestClock.at(Instant.parse("2026-11-25T10:00:00Z"));
  private DynamoDbClient client;
  private Dynastore store;
  private CustomerRepository customers;
  private ReadingRepository readings;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, @TableName String customersTable, @TableName String readingsTable) {
    client = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(faults)
            .addExecutionInterceptor(cancelling)
            .addExecutionInterceptor(counter).retryStrategy(retries -> retries.maxAttempts(3)).build())
        .build();
    store = Dynastore.builder().client(client).clock(clock).build();
    customers = new CustomerRepository(store.table(customersTable));
    readings = new ReadingRepository(store.table(readingsTable));
    customers.createTableIfMissing();
    readings.createTableIfMissing();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void createUpdateDeleteAndCheckAcrossTwoTypesCommitTogether() {
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    Versioned<Reading> kept = readings.create(reading(1));
    Versioned<Reading> gone = readings.create(reading(2));
    Customer renamed = ada.value().withName("Ada L.");
    Reading added = reading(3);
    counter.reset();

    Committed committed = store.transaction()
        .create(readings, added)
        .update(customers, ada, renamed)
        .delete(readings, gone)
        .check(readings, kept)
        .commit();

    assertThat(counter.calls()).containsExactly(Map.entry("TransactWriteItems", 1));
    assertThat(committed.versionOf(renamed).version()).isEqualTo(2);
    assertThat(committed.versionOf(added).version()).isEqualTo(1);
    assertThat(committed.written()).hasSize(2);
    assertThat(customers.get("c1", Consistency.STRONG).orElseThrow().value().name()).isEqualTo("Ada L.");
    assertThat(readings.exists("s1", 3, Consistency.STRONG)).isTrue();
    assertThat(readings.exists("s1", 2, Consistency.STRONG)).isFalse();
    // the versions it returned are the stored ones: a next update from them succeeds
    assertThat(customers.update(committed.versionOf(renamed), renamed.withName("Ada").withStatus(
        Customer.Status.SUSPENDED)).version()).isEqualTo(3);
  }

  @Test
  @RequiresFeature({Feature.TRANSACTIONS, Feature.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE})
  void eachFailedConditionIsNamedAndNothingIsWritten() {
    customers.create(Customer.named("c1", "Ada", T));
    Versioned<Customer> stale = customers.create(Customer.named("c2", "Bob", T));
    customers.update(stale, stale.value().withName("Bob B."));
    Versioned<Reading> deletedMeanwhile = readings.create(reading(9));
    readings.delete("s1", 9);
    Versioned<Reading> expiring = readings.create(reading(4).withExpiresAt(clock.instant().plusSeconds(5)));
    clock.advance(Duration.ofSeconds(10));

    Transaction transaction = store.transaction()
        .create(customers, Customer.named("c1", "Another Ada", T))
        .update(customers, stale, stale.value().withName("stale"))
        .delete(readings, deletedMeanwhile)
        .check(readings, expiring)
        .create(readings, reading(5));

    assertThatThrownBy(transaction::commit).isInstanceOf(TransactionRejectedException.class)
        .hasMessageContaining("Customer customers/c1 EXISTS")
        .satisfies(e -> assertThat(((TransactionRejectedException) e).failures())
            .extracting(f -> f.action() + " " + f.entityType() + " " + f.item() + " " + f.reason())
            .containsExactly("0 Customer customers/c1 EXISTS", "1 Customer customers/c2 MODIFIED",
                "2 Reading readings#s1/0000000000000000009 NOT_FOUND",
                "3 Reading readings#s1/0000000000000000004 EXPIRED"));
    assertThat(readings.exists("s1", 5, Consistency.STRONG)).as("the valid create was not applied").isFalse();
    assertThat(customers.get("c2", Consistency.STRONG).orElseThrow().value().name()).isEqualTo("Bob B.");
  }

  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void aCommitWhoseAnswerWasLostAndRetriedByTheSdkAppliesOnce() {
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    faults.inject("TransactWriteItems", FaultInjector.Fault.LOSE_ANSWER); // applied, then a 500: the SDK retries

    Committed committed = store.transaction()
        .update(customers, ada, ada.value().withName("Ada L."))
        .create(readings, reading(7))
        .commit();

    assertThat(faults.injected()).isEqualTo(1);
    assertThat(committed.written()).extracting(Versioned::version).containsExactly(2L, 1L);
    assertThat(customers.get("c1", Consistency.STRONG).orElseThrow().version()).as("applied once").isEqualTo(2);
  }

  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void anUnknownOutcomeIsSettledByCommittingTheSameTransactionAgain() {
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    // the first attempt applied but its answer was lost, the SDK's retries never reached the server: the client
    // cannot tell whether it applied
    faults.inject("TransactWriteItems", FaultInjector.Fault.LOSE_ANSWER, FaultInjector.Fault.REFUSE_CONNECTION,
        FaultInjector.Fault.REFUSE_CONNECTION);
    Transaction transaction = store.transaction()
        .update(customers, ada, ada.value().withName("Ada L."))
        .create(readings, reading(8));

    assertThatThrownBy(transaction::commit).isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("commit this same transaction again");
    Committed again = transaction.commit();

    assertThat(again.written()).extracting(Versioned::version).containsExactly(2L, 1L);
    assertThat(customers.get("c1", Consistency.STRONG).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  @RequiresFeature({Feature.TRANSACTIONS, Feature.ATOMIC_CONDITIONAL_WRITES})
  void concurrentTransactionsNeverLoseAnIncrement() throws Exception {
    // needs a backend whose transactions are atomic under contention: an endpoint in DYNASTORE_ENDPOINT
    readings.create(reading(0));
    int threads = 8;
    int increments = 25;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < increments; i++) {
          while (true) {
            Versioned<Reading> counter = readings.get("s1", 0, Consistency.STRONG).orElseThrow();
            Reading next = new Reading("s1", 0, "k", "counter", T, counter.value().amount().add(BigDecimal.ONE), null);
            try {
              store.transaction().update(readings, counter, next)
                  .create(readings, reading(1_000 + thread * increments + i)).commit();
              break;
            } catch (TransactionRejectedException | TransactionConflictException lost) {
              // another thread won: read again
            }
          }
        }
        return null;
      }));
    }
    for (java.util.concurrent.Future<?> future : done) {
      future.get();
    }
    pool.shutdown();
    Versioned<Reading> counter = readings.get("s1", 0, Consistency.STRONG).orElseThrow();
    assertThat(counter.value().amount()).isEqualByComparingTo(BigDecimal.valueOf(threads * increments));
    assertThat(counter.version()).isEqualTo(threads * increments + 1);
    assertThat(readings.listing("s1").count(Consistency.STRONG)).isEqualTo(threads * increments + 1);
  }

  @Test
  void cancellationsOtherThanConditionsAreConflictsThrottlingOrRefusals() {
    // DynamoDB's cancellation, made by the client itself: no backend needed, nothing sent
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    Versioned<Reading> one = readings.create(reading(1));
    java.util.function.Supplier<Transaction> transaction = () -> store.transaction()
        .check(customers, ada).check(readings, one);

    cancelling.next("TransactionConflict", "None");
    assertThatThrownBy(() -> transaction.get().commit()).isInstanceOf(TransactionConflictException.class)
        .hasMessageContaining("retry");
    cancelling.next("None", "ThrottlingError");
    assertThatThrownBy(() -> transaction.get().commit()).isInstanceOf(ThrottledException.class);
    cancelling.next("TransactionConflict", "ValidationError");
    assertThatThrownBy(() -> transaction.get().commit()).isInstanceOf(TransactionRejectedException.class)
        .satisfies(e -> assertThat(((TransactionRejectedException) e).failures()).singleElement()
            .satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED))
            .satisfies(f -> assertThat(f.detail()).contains("ValidationError")));
  }

  /** Answers the next {@code TransactWriteItems} with DynamoDB's cancellation, one code per action. */
  private static final class Cancelling implements ExecutionInterceptor {
    private volatile List<String> codes;

    void next(String... reasons) {
      codes = List.of(reasons);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
      List<String> now = codes;
      if (now != null && context.request() instanceof TransactWriteItemsRequest) {
        codes = null;
        List<CancellationReason> reasons = new java.util.ArrayList<>();
        for (String code : now) {
          reasons.add(CancellationReason.builder().code(code).message(code.equals("None") ? null : "injected " + code)
              .build());
        }
        throw TransactionCanceledException.builder().message("Transaction cancelled (injected)")
            .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                .errorCode("TransactionCanceledException").errorMessage("Transaction cancelled (injected)").build())
            .cancellationReasons(reasons).statusCode(400).build();
      }
    }
  }

  @Test
  void limitsAreCheckedBeforeAnyRequest(Dynastore other) {
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    counter.reset();

    assertThatThrownBy(() -> store.transaction().commit()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.transaction().update(customers, ada, ada.value().withName("x"))
        .check(customers, ada).commit()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two actions on customers/c1");
    Transaction many = store.transaction();
    for (int i = 0; i <= Transaction.MAX_ACTIONS; i++) {
      many.create(readings, reading(i));
    }
    assertThatThrownBy(many::commit).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101 actions");
    CustomerRepository elsewhere = new CustomerRepository(other.table("t"));
    assertThatThrownBy(() -> store.transaction().create(elsewhere, Customer.named("c9", "x", T)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another Dynastore session");
    assertThat(counter.totalCalls()).isZero();
  }

  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void aSnapshotReadsEntitiesOfTwoTablesTogether() {
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    readings.create(reading(1));
    readings.create(reading(2).withExpiresAt(clock.instant().plusSeconds(5)));
    clock.advance(Duration.ofSeconds(10));
    counter.reset();

    Snapshot snapshot = store.snapshot(customers.key("c1"), readings.key("s1", 1), readings.key("s1", 2),
        readings.key("s1", 3));

    assertThat(counter.calls()).containsExactly(Map.entry("TransactGetItems", 1));
    assertThat(snapshot.get(customers.key("c1")).orElseThrow().version()).isEqualTo(ada.version());
    assertThat(snapshot.get(readings.key("s1", 1)).orElseThrow().value()).isEqualTo(reading(1));
    assertThat(snapshot.get(readings.key("s1", 2))).as("expired").isEmpty();
    assertThat(snapshot.get(readings.key("s1", 3))).as("absent").isEmpty();
    assertThatThrownBy(() -> snapshot.get(readings.key("s1", 4))).isInstanceOf(IllegalArgumentException.class);
    Versioned<Customer> read = snapshot.get(customers.key("c1")).orElseThrow();
    assertThat(customers.update(read, read.value().withName("Ada L.")).version()).isEqualTo(2);
  }

  @Test
  void aBackendWithoutTransactionsSaysSo(LocalDynamoDb dynamo) {
    Assumptions.assumeFalse(dynamo.supports(Feature.TRANSACTIONS), "this backend has transactions: the other tests"
        + " cover them");
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    assertThatThrownBy(() -> store.transaction().check(customers, ada).commit())
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("TransactWriteItems");
    assertThatThrownBy(() -> store.snapshot(customers.key("c1"))).isInstanceOf(UnsupportedOperationException.class);
  }

  private static Reading reading(int seq) {
    return new Reading("s1", seq, "k", "label-" + seq, T.plusMillis(seq), BigDecimal.valueOf(seq), null);
  }
}
