package dev.dynastore.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.ThrottledException;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Contention through a generated repository: threads increment one counter by read, compare-and-swap, retry. Without
 * faults, the value and the version advance by exactly the number of increments and the versions acknowledged to
 * writers are unique and gap-free; with answers lost at random (the ambiguous case: applied, reported as a 500, retried
 * by the SDK), answers delayed past the attempt timeout (applied, given up on, retried), 5xx answers, refused
 * connections and throttling, the value is at least the increments reported
 * successful and at most those plus the ones reported unknown: never a false conflict or a silent double apply. A negative control without the version condition loses
 * increments, so the campaign can see a loss. {@code -Dsoak} runs the full size (16 threads × 500). Not on
 * moto, whose conditional writes race (measured: see LOCAL_DYNAMODB.md); on dynalite and any DYNASTORE_ENDPOINT.
 */
@DynamoDbTest
@RequiresFeature(Feature.ATOMIC_CONDITIONAL_WRITES)
class ContentionCampaignTest {
  private static final boolean SOAK = Campaigns.SOAK;
  private static final int THREADS = 16;
  private static final int INCREMENTS = SOAK ? 500 : 15;
  private static final int FAULT_THREADS = SOAK ? 16 : 8;
  /** The soak's full size at 1% and 10%; at 50%, where most attempts wait out back-off or a timeout, a tenth. */
  private static int faultIncrements(double rate) {
    return !SOAK ? 15 : rate < 0.5 ? 500 : 50;
  }
  /** Delayed answers come after the attempt timeout: the SDK gives up on an attempt DynamoDB applied, and retries. */
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(250);
  private static final Duration ANSWER_DELAY = Duration.ofMillis(450);

  @Test
  void everyIncrementLandsOnceAndTheAcknowledgedVersionsAreGapFree(DynamoDbClient client, @TableName String table)
      throws Exception {
    CounterRepository counters = new CounterRepository(Dynastore.builder().client(client).build().table(table));
    counters.createTableIfMissing();
    counters.create(new Counter("c", 0, 0));
    List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger conflicts = new AtomicInteger();
    long start = System.nanoTime();
    run(THREADS, () -> {
      for (int done = 0; done < INCREMENTS; ) {
        Versioned<Counter> read = counters.get("c", Consistency.STRONG).orElseThrow();
        try {
          acknowledged.add(counters.update(read, read.value().plusOne()).version());
          done++;
        } catch (KeyModifiedException lost) {
          conflicts.incrementAndGet();
          backOff();
        }
      }
    });
    long increments = (long) THREADS * INCREMENTS;
    Versioned<Counter> last = counters.get("c", Consistency.STRONG).orElseThrow();
    assertThat(last.value().value()).isEqualTo(increments);
    assertThat(last.version()).isEqualTo(1 + increments);
    assertThat(acknowledged).as("unique and gap-free")
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(2, 1 + increments).boxed().toList());
    record("no faults: %d threads x %d increments = %d, %d conflicts retried, final value %d, version %d, versions"
        + " acknowledged unique and gap-free (%d ms)", THREADS, INCREMENTS, increments, conflicts.get(),
        last.value().value(), last.version(), elapsed(start));
  }

  @ParameterizedTest(name = "answers lost or 5xx at {0}")
  @ValueSource(doubles = {0.01, 0.10, 0.50})
  void withAnswersLostAtRandomTheValueIsTheSuccessesPlusAtMostTheUnknowns(double rate, LocalDynamoDb dynamo,
      @TableName String table) throws Exception {
    FaultInjector faults = new FaultInjector().atRate(rate, 42, Set.of("UpdateItem"), Fault.LOSE_ANSWER,
        Fault.SERVER_ERROR, Fault.REFUSE_CONNECTION, Fault.THROTTLE, Fault.DELAY_ANSWER)
        .delayAnswersBy(ANSWER_DELAY);
    try (DynamoDbClient faulty = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(faults)
            .apiCallAttemptTimeout(ATTEMPT_TIMEOUT).build())
        .build()) {
      CounterRepository counters = new CounterRepository(Dynastore.builder().client(faulty).build().table(table));
      counters.createTableIfMissing();
      counters.create(new Counter("c", 0, 0));
      List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger unknown = new AtomicInteger();
      AtomicInteger conflicts = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      long start = System.nanoTime();
      int increments = faultIncrements(rate);
      run(FAULT_THREADS, () -> {
        for (int settled = 0; settled < increments; ) {
          Versioned<Counter> read = counters.get("c", Consistency.STRONG).orElseThrow();
          try {
            acknowledged.add(counters.update(read, read.value().plusOne()).version());
            settled++;
          } catch (KeyModifiedException lost) {
            conflicts.incrementAndGet(); // known not applied: retry
            backOff();
          } catch (OutcomeUnknownException ambiguous) {
            unknown.incrementAndGet(); // applied once or not at all: not retried, counted
            settled++;
          } catch (UnavailableException | ThrottledException notApplied) {
            failed.incrementAndGet(); // known not applied: retry
          }
        }
      });
      Versioned<Counter> last = counters.get("c", Consistency.STRONG).orElseThrow();
      long value = last.value().value();
      int successes = acknowledged.size();
      assertThat(value).as("at least every success, at most the successes and the unknowns")
          .isBetween((long) successes, (long) successes + unknown.get());
      assertThat(last.version()).as("one version per applied increment").isEqualTo(1 + value);
      assertThat(acknowledged).as("no version acknowledged twice").doesNotHaveDuplicates();
      assertThat(faults.injected()).as("faults took effect").isPositive();
      record("faults at %.0f%% of UpdateItem attempts (%d answers lost after DynamoDB handled the request, %d"
          + " answers delayed past the %d ms attempt timeout, %d 5xx unsent, %d connections refused, %d throttled):"
          + " %d threads x %d settled increments, %d successes, %d unknown, %d conflicts and %d failures retried;"
          + " final value %d (successes + %d of the unknowns), version %d (%d ms)", rate * 100,
          faults.injected(Fault.LOSE_ANSWER), faults.injected(Fault.DELAY_ANSWER), ATTEMPT_TIMEOUT.toMillis(),
          faults.injected(Fault.SERVER_ERROR),
          faults.injected(Fault.REFUSE_CONNECTION), faults.injected(Fault.THROTTLE), FAULT_THREADS,
          increments, successes, unknown.get(),
          conflicts.get(), failed.get(), value, value - successes, last.version(), elapsed(start));
    }
  }

  @Test
  void withoutTheVersionConditionIncrementsAreLost(DynamoDbClient client, @TableName String table) throws Exception {
    CounterRepository counters = new CounterRepository(Dynastore.builder().client(client).build().table(table));
    counters.createTableIfMissing();
    counters.create(new Counter("c", 0, 0));
    run(THREADS, () -> {
      for (int i = 0; i < INCREMENTS; i++) {
        Versioned<Counter> read = counters.get("c", Consistency.STRONG).orElseThrow();
        counters.put(read.value().plusOne()); // no version condition: the negative control
      }
    });
    long value = counters.get("c", Consistency.STRONG).orElseThrow().value().value();
    assertThat(value).as("the control must lose increments, or the campaign could not see a loss")
        .isLessThan((long) THREADS * INCREMENTS);
    record("negative control (unconditional put): %d threads x %d increments, final value %d: %d lost", THREADS,
        INCREMENTS, value, THREADS * INCREMENTS - value);
  }

  private interface Work {
    void run() throws Exception;
  }

  private static void run(int threads, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          work.run();
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get(30, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void backOff() throws InterruptedException {
    Thread.sleep(ThreadLocalRandom.current().nextInt(3));
  }

  private static long elapsed(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static void record(String format, Object... args) throws IOException {
    Campaigns.record("contention.txt", format, args);
  }
}
