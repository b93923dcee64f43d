package dev.dynastore.it.kv;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.kv.KVPair;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Compare-and-swap under contention: no lost update, exactly one creator. Not on moto, whose writes race. */
@DynamoDbTest
@RequiresFeature(Feature.ATOMIC_CONDITIONAL_WRITES)
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int INCREMENTS = 50;

  @Test
  void concurrentCompareAndSwapIncrementsLoseNothing(DynamoDbClient client, @TableName String table)
      throws Exception {
    KVPartition counters = new KvFixture(client, table).table.partition("counters");
    counters.atomicPut("hits", withString("0"));
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          for (int done = 0; done < INCREMENTS; ) {
            KVPair current = counters.get("hits", consistent()).orElseThrow();
            int next = Integer.parseInt(current.stringValue()) + 1;
            try {
              counters.atomicPut("hits", withString(Integer.toString(next)), withPreviousKV(current));
              done++;
            } catch (KeyModifiedException lost) {
              conflicts.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    KVPair result = counters.get("hits", consistent()).orElseThrow();
    assertThat(result.stringValue()).isEqualTo(Integer.toString(THREADS * INCREMENTS));
    assertThat(result.version()).isEqualTo(THREADS * INCREMENTS + 1);
    assertThat(conflicts.get()).as("contention happened").isPositive();
  }

  @Test
  void exactlyOneConcurrentCreatorWins(DynamoDbClient client, @TableName String table) throws Exception {
    KVPartition locks = new KvFixture(client, table).table.partition("locks");
    for (int round = 0; round < 10; round++) {
      String key = "lock-" + round;
      CountDownLatch start = new CountDownLatch(1);
      AtomicInteger winners = new AtomicInteger();
      AtomicInteger losers = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        for (int t = 0; t < THREADS; t++) {
          String owner = "owner-" + t;
          pool.submit(() -> {
            start.await();
            try {
              locks.atomicPut(key, withString(owner));
              winners.incrementAndGet();
            } catch (KeyExistsException lost) {
              losers.incrementAndGet();
            }
            return null;
          });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
      } finally {
        pool.shutdownNow();
      }
      assertThat(winners.get()).as("round %d", round).isEqualTo(1);
      assertThat(losers.get()).isEqualTo(THREADS - 1);
    }
  }
}
