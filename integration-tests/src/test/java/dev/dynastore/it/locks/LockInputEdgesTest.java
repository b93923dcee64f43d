package dev.dynastore.it.locks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynastore.DynastoreException;
import dev.dynastore.ItemTooLargeException;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Odd waits, durations, data and stored lock items. */
@DynamoDbTest
class LockInputEdgesTest {
  private LockFixture fixture;
  private TestClock clock;
  private Locks mine;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    fixture = new LockFixture(client, table);
    clock = LockFixture.clock();
    mine = fixture.locks(clock, LockFixture.manual("me", 10));
  }

  /** Was a defect: "wait as long as it takes" written as Duration.ofMillis(Long.MAX_VALUE) overflows toNanos(). */
  @Test
  void aVeryLongWaitAcquiresAFreeLock() {
    Throwable thrown = catchThrowable(() -> assertThat(mine.tryAcquire("free", Duration.ofMillis(Long.MAX_VALUE)))
        .isPresent());
    assertThat(thrown).as("a free lock, waiting up to 292 million years").isNull();
  }

  /** Was a defect: options the builder accepts that no acquisition can use; refused only at tryAcquire. */
  @Test
  void optionsThatBuildCanBeUsed() {
    StringBuilder problems = new StringBuilder();
    java.util.List<java.util.function.Supplier<LockOptions>> options = java.util.List.of(
        () -> LockOptions.builder().owner("o").leaseDuration(ChronoUnit.FOREVER.getDuration())
            .heartbeat(Duration.ZERO).build(),
        () -> LockOptions.builder().owner("o").leaseDuration(Duration.ofDays(365L * 1_000_000_000))
            .heartbeat(Duration.ZERO).build(),
        () -> LockOptions.builder().owner("o").backoff(Duration.ofMillis(1), Duration.ofDays(365L * 300)).build());
    for (int i = 0; i < options.size(); i++) {
      LockOptions built;
      try {
        built = options.get(i).get();
      } catch (IllegalArgumentException refused) {
        continue; // refused up front, as bad input should be
      } catch (RuntimeException e) {
        problems.append("\noptions ").append(i).append(": the builder threw ").append(e);
        continue;
      }
      String name = "opts-" + i;
      Locks locks = fixture.locks(clock, built);
      mine.tryAcquire(name).orElseThrow(); // held, so that a waiting acquirer backs off
      Throwable free = catchThrowable(() -> locks.tryAcquire(name + "-free"));
      Throwable waiting = catchThrowable(() -> locks.tryAcquire(name, Duration.ofMillis(200)));
      if (free != null || waiting != null) {
        problems.append("\n").append(built).append(": ").append(free != null ? free : waiting);
      }
    }
    assertThat(problems.toString()).isEmpty();
  }

  /**
   * Was a defect: a lock item whose leaseEnds is not a number (another program, a hand edit) was "free" to
   * holder() but could never be acquired (the condition's comparison is false); now holder() says it is unreadable.
   * One whose leaseEnds is out of Instant's range made holder() throw a JDK exception, not a Dynastore one.
   */
  @Test
  @dev.dynastore.testing.RequiresFeature(dev.dynastore.testing.Feature.ATOMIC_CONDITIONAL_WRITES) // moto answers
  // 500 to a condition comparing a string with a number
  void aLockItemWithAnUnreadableLeaseEndIsConsistentlyReported() {
    put("odd-ends", Map.of("holder", AttributeValue.fromS("someone"), "leaseEnds", AttributeValue.fromS("soon"),
        "fencingToken", AttributeValue.fromN("5")));
    assertThatThrownBy(() -> mine.holder("odd-ends")).as("not free, not held: unreadable, and says so")
        .isInstanceOf(dev.dynastore.UnreadableItemException.class).hasMessageContaining("cannot be acquired");
    assertThat(mine.tryAcquire("odd-ends")).isEmpty();

    put("huge-ends", Map.of("holder", AttributeValue.fromS("someone"), "leaseEnds", AttributeValue.fromN("1e30"),
        "fencingToken", AttributeValue.fromN("5")));
    Throwable thrown = catchThrowable(() -> mine.holder("huge-ends"));
    assertThat(thrown == null || thrown instanceof DynastoreException).as("holder() threw %s", thrown).isTrue();
  }

  private void put(String name, Map<String, AttributeValue> fields) {
    Map<String, AttributeValue> item = new java.util.HashMap<>(fields);
    item.put("id", AttributeValue.fromS("locks"));
    item.put("name", AttributeValue.fromS(name));
    item.put("version", AttributeValue.fromN("1"));
    fixture.client.putItem(p -> p.tableName(fixture.tableName).item(item));
  }

  // ---------------------------------------------------------------------------------------------- held up

  @Test
  void anInterruptedThreadIsNotToldItHasNoLockWhileItHoldsIt() throws Exception {
    CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
      Thread.currentThread().interrupt();
      try {
        return mine.tryAcquire("interrupted", Duration.ofSeconds(1));
      } catch (RuntimeException e) {
        return e;
      } finally {
        Thread.interrupted();
      }
    });
    Object result = outcome.get(10, TimeUnit.SECONDS);
    Optional<?> holder = fixture.locks(clock, LockFixture.manual("x", 10)).holder("interrupted");
    assertThat(result).as("an interrupted wait returns empty at once").isEqualTo(Optional.empty());
    assertThat(holder).as("and holds nothing").isEmpty();
  }

  /** Held up on dynalite; on moto the refused update is left half-applied (moto's bug): the lock is held. */
  @Test
  @dev.dynastore.testing.RequiresFeature(dev.dynastore.testing.Feature.ATOMIC_CONDITIONAL_WRITES)
  void oversizedDataIsRefusedAsTooLargeAndNothingIsHeld() {
    AttributeValue big = AttributeValue.fromS("x".repeat(400 * 1024));
    Throwable thrown = catchThrowable(() -> mine.tryAcquire("big", Duration.ZERO, big));
    assertThat(thrown).isInstanceOf(ItemTooLargeException.class);
    assertThat(mine.holder("big")).isEmpty();
  }
}
