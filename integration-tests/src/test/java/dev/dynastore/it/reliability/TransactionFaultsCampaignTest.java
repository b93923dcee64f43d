package dev.dynastore.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.ThrottledException;
import dev.dynastore.Transaction;
import dev.dynastore.TransactionConflictException;
import dev.dynastore.TransactionRejectedException;
import dev.dynastore.UnavailableException;
import dev.dynastore.Versioned;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.FaultInjector.Fault;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Faults in commits: transfers of one unit between two counters, each one transaction of two compare-and-swap
 * updates, with faults injected into {@code TransactWriteItems} at a rate. A commit whose outcome is unknown is
 * committed again (the README's advice: it applies at most once). Invariants: the sum never changes (all or
 * nothing), the receiving counter grew by exactly the commits reported done, plus at most those left unknown, and
 * both versions grew by exactly as many. On backends with transactions (moto), one thread: moto's conditional writes
 * race, and one writer needs no atomicity across writers.
 */
@DynamoDbTest
@RequiresFeature(Feature.TRANSACTIONS)
class TransactionFaultsCampaignTest {
  private static final boolean SOAK = Campaigns.SOAK;
  private static final int TRANSFERS = SOAK ? 1000 : 60;
  private static final long START = 1_000;

  @ParameterizedTest(name = "commit faults at {0}")
  @ValueSource(doubles = {0.10, 0.50})
  void transfersNeverHalfApplyNorApplyTwice(double rate, LocalDynamoDb dynamo, @TableName String table)
      throws Exception {
    FaultInjector faults = new FaultInjector().atRate(rate, 11, Set.of("TransactWriteItems"), Fault.LOSE_ANSWER,
        Fault.SERVER_ERROR, Fault.REFUSE_CONNECTION, Fault.THROTTLE);
    try (DynamoDbClient faulty = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(faults).build())
        .build()) {
      Dynastore store = Dynastore.builder().client(faulty).build();
      CounterRepository counters = new CounterRepository(store.table(table));
      counters.createTableIfMissing();
      counters.create(new Counter("from", START, 0));
      counters.create(new Counter("to", 0, 0));
      int done = 0;
      int unknown = 0;
      int recommitted = 0;
      int notApplied = 0;
      for (int i = 0; i < TRANSFERS; i++) {
        Versioned<Counter> from = counters.get("from", Consistency.STRONG).orElseThrow();
        Versioned<Counter> to = counters.get("to", Consistency.STRONG).orElseThrow();
        Transaction transfer = store.transaction()
            .update(counters, from, new Counter("from", from.value().value() - 1, 0))
            .update(counters, to, new Counter("to", to.value().value() + 1, 0));
        boolean settled = false;
        for (int attempt = 0; attempt < 4 && !settled; attempt++) {
          try {
            transfer.commit();
            done++;
            settled = true;
          } catch (OutcomeUnknownException ambiguous) {
            recommitted++; // commit the same transaction again: applied at most once
          } catch (TransactionRejectedException | TransactionConflictException | ThrottledException
              | UnavailableException nothingWritten) {
            notApplied++;
            settled = true;
          }
        }
        if (!settled) {
          unknown++;
        }
      }
      Counter from = counters.get("from", Consistency.STRONG).orElseThrow().value();
      Versioned<Counter> to = counters.get("to", Consistency.STRONG).orElseThrow();
      assertThat(from.value() + to.value().value()).as("all or nothing: the sum").isEqualTo(START);
      assertThat(to.value().value()).as("done, plus at most the unknown").isBetween((long) done, (long) done + unknown);
      assertThat(to.version()).as("one version per applied transfer").isEqualTo(1 + to.value().value());
      assertThat(counters.get("from", Consistency.STRONG).orElseThrow().version())
          .isEqualTo(1 + START - from.value());
      assertThat(faults.injected()).isPositive();
      record("commit faults at %.0f%% (%d answers lost after the commit was handled, %d unsent 5xx, %d refused, %d"
          + " throttled): %d transfers, %d done (%d commits repeated after an unknown outcome), %d not applied,"
          + " %d left unknown; sum %d unchanged, received %d", rate * 100, faults.injected(Fault.LOSE_ANSWER),
          faults.injected(Fault.SERVER_ERROR), faults.injected(Fault.REFUSE_CONNECTION),
          faults.injected(Fault.THROTTLE), TRANSFERS, done, recommitted, notApplied, unknown,
          from.value() + to.value().value(), to.value().value());
    }
  }

  private static void record(String format, Object... args) throws IOException {
    Campaigns.record("transactions.txt", format, args);
  }
}
