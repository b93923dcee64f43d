package dev.dynastore.it.locks;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.kv.KVPartition;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Mutual exclusion under contention: 8 threads, each with a session of its own, take a lock 200 times each to
 * increment a counter by an unconditional read and write. With the lock no increment is lost; without it (the
 * negative control) increments are lost, so the test can see a loss. Not on moto, whose conditional writes race.
 */
@DynamoDbTest
@RequiresFeature(Feature.ATOMIC_CONDITIONAL_WRITES)
class MutualExclusionTest {
  private static final int THREADS = 8;
  private static final int ACQUISITIONS = 200;

  @Test
  void eightThreadsTakingALock200TimesEachLoseNoIncrement(DynamoDbClient client, @TableName String table)
      throws Exception {
    LockFixture fixture = new LockFixture(client, table);
    KVPartition counters = fixture.table(Clock.systemUTC()).partition("counters");
    counters.put("guarded", withString("0"));
    List<Long> tokensInLockOrder = Collections.synchronizedList(new ArrayList<>());
    runThreads(worker -> {
      Locks locks = fixture.locks(Clock.systemUTC(), LockOptions.builder().owner("worker-" + worker)
          .leaseDuration(Duration.ofSeconds(30)).backoff(Duration.ofMillis(1), Duration.ofMillis(20)).build());
      for (int i = 0; i < ACQUISITIONS; i++) {
        try (Lease lease = locks.tryAcquire("counter", Duration.ofMinutes(1)).orElseThrow()) {
          tokensInLockOrder.add(lease.fencingToken());
          increment(counters, "guarded");
        }
      }
    });
    assertThat(read(counters, "guarded")).isEqualTo(THREADS * ACQUISITIONS);
    assertThat(tokensInLockOrder).hasSize(THREADS * ACQUISITIONS).isSorted().doesNotHaveDuplicates();
    assertThat(fixture.leaseThreadsAfterWaiting("counter")).as("no watcher thread left").isEmpty();
  }

  @Test
  void withoutTheLockTheSameIncrementsAreLost(DynamoDbClient client, @TableName String table) throws Exception {
    LockFixture fixture = new LockFixture(client, table);
    KVPartition counters = fixture.table(Clock.systemUTC()).partition("counters");
    counters.put("unguarded", withString("0"));
    runThreads(worker -> {
      for (int i = 0; i < ACQUISITIONS; i++) {
        increment(counters, "unguarded");
      }
    });
    assertThat(read(counters, "unguarded")).isLessThan(THREADS * ACQUISITIONS);
  }

  private static void increment(KVPartition counters, String key) {
    counters.put(key, withString(Integer.toString(read(counters, key) + 1)));
  }

  private static int read(KVPartition counters, String key) {
    return Integer.parseInt(counters.get(key, consistent()).orElseThrow().stringValue());
  }

  private interface Worker {
    void run(int worker) throws Exception;
  }

  private static void runThreads(Worker work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int worker = t;
        running.add(pool.submit(() -> {
          work.run(worker);
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
