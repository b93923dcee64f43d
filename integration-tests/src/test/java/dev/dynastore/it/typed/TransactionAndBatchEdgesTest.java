package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynastore.Committed;
import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.DynastoreException;
import dev.dynastore.ItemTooLargeException;
import dev.dynastore.KeyExistsException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.TableDefinition;
import dev.dynastore.ThrottledException;
import dev.dynastore.Transaction;
import dev.dynastore.TransactionConflictException;
import dev.dynastore.TransactionRejectedException.Reason;
import dev.dynastore.TransactionRejectedException;
import dev.dynastore.Versioned;
import dev.dynastore.kv.Index;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;

/** Transactions, snapshots and batches at their edges, from a review: each test failed on the first version. */
@DynamoDbTest
class TransactionAndBatchEdgesTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:20Z");

  private final FaultInjector faults = new FaultInjector();
  private final Scripted scripted = new Scripted();
  private final RequestCounter counter = new RequestCounter();
  private final TestClock clock = TestClock.at(Instant.parse("2026-11-25T10:00:00Z"));
  private DynamoDbClient client;
  private Dynastore store;
  private CustomerRepository customers;
  private ReadingRepository readings;
  private String customersTable;

  @BeforeEach
  void setUp(dev.dynastore.testing.LocalDynamoDb dynamo, @TableName String customersTable,
      @TableName String readingsTable) {
    this.customersTable = customersTable;
    client = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(faults)
            .addExecutionInterceptor(scripted).addExecutionInterceptor(counter)
            .retryStrategy(retries -> retries.maxAttempts(3)).build())
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

  // ------------------------------------------------------------------ D1: applied delete reported as rejected

  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void aDeleteOnlyTransactionThatAppliedIsNeverReportedAsRejected() {
    Versioned<Reading> zero = readings.create(reading(0));
    faults.inject("DeleteItem", FaultInjector.Fault.LOSE_ANSWER);
    assertThatThrownBy(() -> readings.delete(zero)).as("the single-item contract")
        .isInstanceOf(OutcomeUnknownException.class);
    Versioned<Reading> one = readings.create(reading(1));
    faults.inject("TransactWriteItems", FaultInjector.Fault.LOSE_ANSWER); // applied, answer lost, SDK retries

    Throwable thrown = catchThrowable(() -> store.transaction().delete(readings, one).commit());

    assertThat(readings.exists("s1", 1, Consistency.STRONG)).as("the delete was applied").isFalse();
    assertThat(thrown).as("it applied, so it must not say 'nothing was written'")
        .isNotInstanceOf(TransactionRejectedException.class);
  }

  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void committingACommittedTransactionAgainReturnsWhatItWrote() {
    Transaction transaction = store.transaction().create(readings, reading(2));
    Committed first = transaction.commit();
    counter.reset();

    // Transaction's Javadoc: "calling commit() again on the same transaction within 10 minutes does not apply it
    // twice": known to have applied, it is not sent again
    assertThat(transaction.commit()).isSameAs(first);
    assertThat(counter.totalCalls()).isZero();
  }

  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void aRetryCancelledAfterAnotherClientChangedOneWrittenItemIsSettledByAnother(
      dev.dynastore.testing.LocalDynamoDb dynamo) {
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    try (DynamoDbClient other = dynamo.newClient()) {
      ReadingRepository othersReadings = new ReadingRepository(Dynastore.builder().client(other).build()
          .table(readings.entityStore().table().name()));
      Transaction transaction = store.transaction()
          .create(readings, reading(5))
          .update(customers, ada, ada.value().withName("Ada L."));
      // the first attempt applies, its answer is lost, and another client deletes the created reading before the
      // SDK's retry (cancelled where the backend ignores the request token): the customer still carries the
      // transaction's write token, which proves it applied
      faults.inject("TransactWriteItems", FaultInjector.Fault.LOSE_ANSWER)
          .afterFaults(() -> othersReadings.delete("s1", 5));

      Committed committed = transaction.commit();

      assertThat(committed.written()).hasSize(2);
      assertThat(customers.get("c1", Consistency.STRONG).orElseThrow().value().name()).isEqualTo("Ada L.");
      assertThat(transaction.commit()).isSameAs(committed);
    }
  }

  // ------------------------------------------- D2: recommit after an unknown outcome says "nothing was written"

  @Test
  @RequiresFeature(Feature.TRANSACTIONS)
  void aRecommitAfterAnUnknownOutcomeNeverSaysNothingWasWritten() {
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    faults.inject("TransactWriteItems", FaultInjector.Fault.LOSE_ANSWER, FaultInjector.Fault.REFUSE_CONNECTION,
        FaultInjector.Fault.REFUSE_CONNECTION);
    Transaction transaction = store.transaction()
        .update(customers, ada, ada.value().withName("Ada L."))
        .create(readings, reading(8));
    assertThatThrownBy(transaction::commit).isInstanceOf(OutcomeUnknownException.class);

    // DynamoDB still working on the first attempt answers a repeated token with TransactionInProgressException,
    // which the SDK retries as throttling
    scripted.inProgress(3);
    Throwable again = catchThrowable(transaction::commit);

    assertThat(customers.get("c1", Consistency.STRONG).orElseThrow().value().name())
        .as("the first commit applied").isEqualTo("Ada L.");
    assertThat(again).as("the outcome is still unknown").isInstanceOf(OutcomeUnknownException.class)
        .hasMessageNotContaining("nothing was written");
  }

  // --------------------------------------------------- D3: every cancelled snapshot is called a conflict

  @Test
  void aSnapshotCancelledForThrottlingOrValidationIsNotAConflict() {
    scripted.cancelNextSnapshot("None", "ThrottlingError");
    assertThatThrownBy(() -> store.snapshot(customers.key("c1"), readings.key("s1", 1)))
        .as("as commit() maps the same code").isInstanceOf(ThrottledException.class);

    // e.g. the items read add up to more than 4 MB: reading again can never help
    scripted.cancelNextSnapshot("ValidationError", "None");
    assertThatThrownBy(() -> store.snapshot(customers.key("c1"), readings.key("s1", 1)))
        .isNotInstanceOf(TransactionConflictException.class);
  }

  // ------------------------------------------------------- D4: no 400 KB check on transaction items

  @Test
  void aTransactionItemOver400KbIsRefusedBeforeAnyRequestAsASingleCreateIs() {
    Customer huge = new Customer("c9", "x".repeat(450_000), Customer.Status.ACTIVE, T, List.of(), Map.of(),
        Set.of(), Set.of(), BigDecimal.ZERO, 0, false, null, null, Optional.empty(), 0);
    counter.reset();
    assertThatThrownBy(() -> customers.create(huge)).isInstanceOf(ItemTooLargeException.class);
    assertThat(counter.totalCalls()).as("the single create sends nothing").isZero();

    Throwable thrown = catchThrowable(() -> store.transaction().create(customers, huge).commit());

    assertThat(counter.calls()).as("a transaction is checked before sending").doesNotContainKey("TransactWriteItems");
    assertThat(thrown).isInstanceOf(ItemTooLargeException.class);
  }

  // ------------------------------------ D5: mapping a cancellation throws instead of naming the failure

  @Test
  @RequiresFeature({Feature.TRANSACTIONS, Feature.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE})
  void aCreateCancelledByAnItemAnotherProgramWroteIsStillRejected() {
    client.putItem(p -> p.tableName(customersTable).item(Map.of("id", AttributeValue.fromS("customers"),
        "name", AttributeValue.fromS("c1"), "version", AttributeValue.fromS("v7"),
        "payload", AttributeValue.fromS("written by another program"))));
    assertThatThrownBy(() -> customers.create(Customer.named("c1", "Ada", T)))
        .as("the single create names it").isInstanceOf(KeyExistsException.class);

    assertThatThrownBy(() -> store.transaction().create(customers, Customer.named("c1", "Ada", T))
        .create(readings, reading(1)).commit())
        .isInstanceOf(TransactionRejectedException.class)
        .satisfies(e -> assertThat(((TransactionRejectedException) e).failures()).singleElement()
            .satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.EXISTS)));
  }

  // --------------------------------------- D6: getAll judges expiry by the time before its first chunk

  @Test
  void getAllLeavesOutItemsThatHadExpiredWhenTheirChunkWasRead() {
    List<Reading> stored = IntStream.range(0, 150).mapToObj(i -> i == 120
        ? reading(i).withExpiresAt(clock.instant().plusSeconds(5)) : reading(i)).collect(Collectors.toList());
    readings.putAll(stored);
    // each BatchGetItem takes 10 s (a slow network, or the back-off of a throttled table): the second chunk, with
    // key 120, is sent at 10:00:10, after 120 expired at 10:00:05
    scripted.afterEachBatchGet(() -> clock.advance(Duration.ofSeconds(10)));

    Map<Integer, Versioned<Reading>> found = readings.getAll("s1",
        IntStream.range(0, 150).boxed().collect(Collectors.toList()), Consistency.STRONG);

    assertThat(readings.get("s1", 120, Consistency.STRONG)).as("expired, by the library's own rule").isEmpty();
    assertThat(found).as("read after it expired").doesNotContainKey(120);
  }

  // -------------------------------------------------- D7: a missing table is blamed on another table

  @Test
  void aTransactionOnAMissingTableNamesTheMissingTable() {
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    ReadingRepository nowhere = new ReadingRepository(store.table("no-such-table"));
    scripted.missingTable(); // DynamoDB's answer: 400 ResourceNotFoundException "Requested resource not found"

    assertThatThrownBy(() -> store.transaction().check(customers, ada).create(nowhere, reading(1)).commit())
        .isInstanceOf(dev.dynastore.TableNotFoundException.class)
        .hasMessageNotContaining("table " + customersTable + " does not exist");
  }

  // ------------------------------------------- D8: an index name DynamoDB refuses escapes as a raw SDK error

  @Test
  void aDefinitionWithAnIndexNameDynamoDbRefusesIsRefusedBeforeAnyRequest(@TableName String name) {
    counter.reset();
    Throwable thrown = catchThrowable(() -> store.table(name)
        .createIfMissing(TableDefinition.of(Index.local("ix", "label")).withoutTtl()));

    assertThat(thrown).as("an index name needs 3 to 255 characters of [a-zA-Z0-9_.-]")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(counter.calls()).doesNotContainKey("CreateTable");
  }

  // ------------------------- D9: batch writes retried by the SDK break the single-item retry contract silently

  @Test
  void aBatchDeleteWhoseRetryMayHaveUndoneAnotherClientsWriteDoesNotReportSuccess(
      dev.dynastore.testing.LocalDynamoDb dynamo) {
    try (DynamoDbClient other = dynamo.newClient()) {
      ReadingRepository others = new ReadingRepository(Dynastore.builder().client(other).build()
          .table(readings.entityStore().table().name()));
      readings.create(reading(1));
      faults.inject("DeleteItem", FaultInjector.Fault.LOSE_ANSWER).afterFaults(() -> others.create(reading(1)));
      assertThatThrownBy(() -> readings.delete("s1", 1)).as("the single-item contract")
          .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("removing what another client wrote");

      readings.create(reading(2));
      // the batch is applied, its answer lost; another client creates reading 2 again; the SDK's retry deletes it
      faults.inject("BatchWriteItem", FaultInjector.Fault.LOSE_ANSWER)
          .afterFaults(() -> others.create(reading(2).withLabel("created by another client")));
      Throwable thrown = catchThrowable(() -> readings.deleteAll("s1", List.of(2, 3)));

      assertThat(others.exists("s1", 2, Consistency.STRONG)).as("the other client's reading was deleted").isFalse();
      assertThat(thrown).as("deleteAll reported success").isInstanceOf(OutcomeUnknownException.class);
    }
  }

  // ----------- D10: a single-item write meeting an ongoing transaction escapes as the SDK's TransactionConflict

  @Test
  void aSingleItemWriteThatMeetsAnOngoingTransactionIsADynastoreException() {
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T));
    // DynamoDB's answer to an UpdateItem on an item an ongoing TransactWriteItems holds (400, not retried)
    scripted.conflictOnUpdate(3);

    Throwable thrown = catchThrowable(() -> customers.update(ada, ada.value().withName("Ada L.")));

    assertThat(thrown).as("a nameable cause, and Dynastore has an exception for it")
        .isInstanceOf(DynastoreException.class);
  }

  private static Reading reading(int seq) {
    return new Reading("s1", seq, "k", "label-" + seq, T.plusMillis(seq), BigDecimal.valueOf(seq), null);
  }

  /** DynamoDB answers scripted by the test, thrown before transmission: nothing reaches the server. */
  private static final class Scripted implements ExecutionInterceptor {
    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();
    private volatile List<String> snapshotCodes;
    private volatile Runnable afterBatchGet;
    private volatile boolean missingTable;

    void inProgress(int attempts) {
      inProgress.set(attempts);
    }

    void conflictOnUpdate(int attempts) {
      conflicts.set(attempts);
    }

    void cancelNextSnapshot(String... codes) {
      snapshotCodes = List.of(codes);
    }

    void afterEachBatchGet(Runnable action) {
      afterBatchGet = action;
    }

    void missingTable() {
      missingTable = true;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
      if (context.request() instanceof TransactWriteItemsRequest && missingTable) {
        missingTable = false;
        throw ResourceNotFoundException.builder().message("Requested resource not found").statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException")
                .errorMessage("Requested resource not found").build()).build();
      }
      if (context.request() instanceof TransactWriteItemsRequest && inProgress.getAndDecrement() > 0) {
        throw TransactionInProgressException.builder().message("Transaction is in progress").statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("TransactionInProgressException")
                .errorMessage("Transaction is in progress").build()).build();
      }
      if (context.request() instanceof software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest
          && conflicts.getAndDecrement() > 0) {
        throw software.amazon.awssdk.services.dynamodb.model.TransactionConflictException.builder()
            .message("Operation was rejected because there is an ongoing transaction for the item.").statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("TransactionConflictException")
                .errorMessage("Operation was rejected because there is an ongoing transaction for the item.").build())
            .build();
      }
      List<String> codes = snapshotCodes;
      if (codes != null && context.request() instanceof TransactGetItemsRequest) {
        snapshotCodes = null;
        List<CancellationReason> reasons = new ArrayList<>();
        for (String code : codes) {
          reasons.add(CancellationReason.builder().code(code).message(code.equals("None") ? null : "injected " + code)
              .build());
        }
        throw TransactionCanceledException.builder().message("Transaction cancelled (injected)")
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("TransactionCanceledException")
                .errorMessage("Transaction cancelled (injected)").build())
            .cancellationReasons(reasons).statusCode(400).build();
      }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
      Runnable action = afterBatchGet;
      if (action != null && context.request() instanceof BatchGetItemRequest) {
        action.run();
      }
    }
  }
}
