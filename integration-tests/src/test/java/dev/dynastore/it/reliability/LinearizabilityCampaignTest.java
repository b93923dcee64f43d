package dev.dynastore.it.reliability;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Dynastore;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.KeyNotFoundException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.ThrottledException;
import dev.dynastore.UnavailableException;
import dev.dynastore.it.reliability.RegisterHistory.Kind;
import dev.dynastore.it.reliability.RegisterHistory.Operation;
import dev.dynastore.it.reliability.RegisterHistory.Outcome;
import dev.dynastore.it.reliability.RegisterHistory.State;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.FaultInjector.Fault;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A random mix of create, compare-and-swap, versioned delete, consistent get and consistent list over three keys from
 * several threads, with faults injected into the writes; every operation's invocation, answer and outcome (ok,
 * failed, unknown) is recorded, and each key's history is checked against a versioned register
 * ({@link RegisterHistory}, itself tested against known-bad histories). A list counts as a read of every key. Not on
 * moto, whose conditional writes race.
 */
@DynamoDbTest
@RequiresFeature(Feature.ATOMIC_CONDITIONAL_WRITES)
class LinearizabilityCampaignTest {
  private static final boolean SOAK = Campaigns.SOAK;
  private static final int THREADS = 4;
  private static final int OPERATIONS = SOAK ? 400 : 60;
  private static final List<String> KEYS = List.of("k0", "k1", "k2");

  @ParameterizedTest(name = "write faults at {0}")
  @ValueSource(doubles = {0.0, 0.10})
  void everyKeysHistoryIsLinearizable(double rate, LocalDynamoDb dynamo, @TableName String table) throws Exception {
    FaultInjector faults = new FaultInjector().atRate(rate, 7, Set.of("PutItem", "UpdateItem", "DeleteItem"),
        Fault.LOSE_ANSWER, Fault.SERVER_ERROR);
    try (DynamoDbClient faulty = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(faults).build())
        .build()) {
      Dynastore store = Dynastore.builder().client(faulty).build();
      store.table(table).createIfMissing();
      KVPartition items = store.table(table).partition("registers");
      Map<String, RegisterHistory> histories = new HashMap<>();
      KEYS.forEach(key -> histories.put(key, new RegisterHistory()));
      Map<Outcome, AtomicInteger> outcomes = new EnumMap<>(Outcome.class);
      for (Outcome outcome : Outcome.values()) {
        outcomes.put(outcome, new AtomicInteger());
      }
      AtomicInteger unsent = new AtomicInteger();
      AtomicInteger written = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          running.add(pool.submit(() -> {
            Random random = new Random(1000L * thread + (long) (rate * 100));
            Map<String, KVPair> lastSeen = new HashMap<>();
            for (int i = 0; i < OPERATIONS; i++) {
              String key = KEYS.get(random.nextInt(KEYS.size()));
              int choice = random.nextInt(10);
              String value = "t" + thread + "-" + i + "-" + written.incrementAndGet();
              KVPair previous = lastSeen.get(key);
              long invoked = System.nanoTime();
              if (choice < 3) { // a read: get or list
                if (choice == 0) {
                  Map<String, State> seen = new HashMap<>();
                  for (KVPair kv : items.listPage("", consistent()).items()) {
                    seen.put(kv.key(), state(kv));
                  }
                  long answered = System.nanoTime();
                  for (String k : KEYS) {
                    histories.get(k).add(new Operation(Kind.READ, null, null, Outcome.OK, seen.get(k), invoked,
                        answered));
                  }
                } else {
                  KVPair kv = items.get(key, consistent()).orElse(null);
                  histories.get(key).add(new Operation(Kind.READ, null, null, Outcome.OK, state(kv), invoked,
                      System.nanoTime()));
                  if (kv != null) {
                    lastSeen.put(key, kv);
                  }
                }
                outcomes.get(Outcome.OK).incrementAndGet();
                continue;
              }
              Kind kind = previous == null || choice < 5 ? Kind.CREATE : choice < 9 ? Kind.SWAP : Kind.DELETE;
              State expected = previous == null ? null : state(previous);
              Outcome outcome;
              try {
                if (kind == Kind.CREATE) {
                  lastSeen.put(key, items.atomicPut(key, withString(value)));
                } else if (kind == Kind.SWAP) {
                  lastSeen.put(key, items.atomicPut(key, withString(value), withPreviousKV(previous)));
                } else {
                  items.atomicDelete(key, previous);
                  lastSeen.remove(key);
                }
                outcome = Outcome.OK;
              } catch (KeyExistsException | KeyModifiedException | KeyNotFoundException refused) {
                outcome = Outcome.FAILED;
              } catch (OutcomeUnknownException ambiguous) {
                outcome = Outcome.UNKNOWN;
              } catch (UnavailableException | ThrottledException notApplied) {
                unsent.incrementAndGet(); // known not applied: no effect, nothing to check
                continue;
              }
              histories.get(key).add(new Operation(kind, value, expected, outcome, null, invoked, System.nanoTime()));
              outcomes.get(outcome).incrementAndGet();
            }
            return null;
          }));
        }
        for (Future<?> future : running) {
          future.get(10, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
      }
      int operations = 0;
      for (String key : KEYS) {
        RegisterHistory history = histories.get(key);
        operations += history.operations().size();
        assertThat(history.isLinearizable()).as("history of %s: %s", key, history.operations()).isTrue();
      }
      record("write faults at %.0f%% (%d injected): %d threads x %d operations over %d keys, %d per-key operations"
          + " checked (ok %d, failed %d, unknown %d, %d known unsent left out): every key linearizable", rate * 100,
          faults.injected(), THREADS, OPERATIONS, KEYS.size(), operations, outcomes.get(Outcome.OK).get(),
          outcomes.get(Outcome.FAILED).get(), outcomes.get(Outcome.UNKNOWN).get(), unsent.get());
    }
  }

  private static State state(KVPair kv) {
    return kv == null ? null : new State(kv.version(), kv.stringValue());
  }

  private static void record(String format, Object... args) throws IOException {
    Campaigns.record("linearizability.txt", format, args);
  }
}
