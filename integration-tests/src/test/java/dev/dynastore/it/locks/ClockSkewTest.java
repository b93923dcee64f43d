package dev.dynastore.it.locks;

import static dev.dynastore.kv.WriteOption.withFence;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.FencedOutException;
import dev.dynastore.kv.KVPair;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Two hosts whose clocks disagree: the acquirer's runs ahead of the holder's by a set skew. Time moves in 10 ms
 * steps; at each step the holder asks whether it holds the lock and the other host tries to take it. Within the
 * safety margin they never both hold it; beyond it they do, and the fence still refuses the earlier holder's write.
 */
@DynamoDbTest
class ClockSkewTest {
  private static final Duration LEASE = Duration.ofSeconds(5);
  private static final Duration MARGIN = Duration.ofMillis(500);
  private LockFixture fixture;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    fixture = new LockFixture(client, table);
  }

  @Test
  void skewWithinTheMarginKeepsMutualExclusion() {
    for (Duration skew : new Duration[] {Duration.ZERO, Duration.ofMillis(250), MARGIN.minusMillis(10)}) {
      Race race = race("within-" + skew.toMillis(), skew, false);
      assertThat(race.overlap).as("skew %s: both held the lock at once", skew).isEqualTo(Duration.ZERO);
      assertThat(race.gap).as("skew %s: the lock was free this long", skew).isEqualTo(MARGIN.minus(skew));
    }
  }

  @Test
  void skewBeyondTheMarginBreaksMutualExclusionButNotTheFence() {
    Duration skew = MARGIN.plusMillis(300);
    assertThat(race("beyond", skew, false).overlap).as("both held it for the skew beyond the margin")
        .isEqualTo(Duration.ofMillis(300));

    // while both count themselves holders, the earlier one's fenced write is refused once the later one has written
    Race race = race("beyond-fenced", skew, true);
    assertThat(race.first.isHeld()).isTrue();
    KVPair theirs = race.secondTable.partition("results").atomicPut("r", withString("second"),
        withFence(race.second));
    assertThatThrownBy(() -> race.firstTable.partition("results").atomicPut("r", withString("first, late"),
        withPreviousKV(theirs), withFence(race.first))).isInstanceOf(FencedOutException.class);
  }

  /** What one run showed: how long both held the lock, how long neither did, and the two leases. */
  private static final class Race {
    Duration overlap = Duration.ZERO;
    Duration gap = Duration.ZERO;
    Lease first;
    Lease second;
    dev.dynastore.Table firstTable;
    dev.dynastore.Table secondTable;
  }

  private Race race(String lock, Duration skew, boolean stopAtFirstOverlap) {
    Instant start = LockFixture.NOW;
    TestClock holderClock = TestClock.at(start);
    TestClock acquirerClock = TestClock.at(start.plus(skew));
    Race race = new Race();
    race.firstTable = fixture.table(holderClock);
    race.secondTable = fixture.table(acquirerClock);
    Locks holder = race.firstTable.locks("locks", options("holder"));
    Locks acquirer = race.secondTable.locks("locks", options("acquirer"));
    race.first = holder.tryAcquire(lock).orElseThrow();
    Duration step = Duration.ofMillis(10);
    for (Duration elapsed = Duration.ZERO; elapsed.compareTo(LEASE.plusSeconds(1)) <= 0; elapsed = elapsed.plus(step)) {
      holderClock.set(start.plus(elapsed));
      acquirerClock.set(start.plus(elapsed).plus(skew));
      boolean firstHolds = race.first.isHeld();
      if (race.second == null) {
        Optional<Lease> taken = acquirer.tryAcquire(lock);
        race.second = taken.orElse(null);
      }
      boolean secondHolds = race.second != null;
      if (firstHolds && secondHolds) {
        race.overlap = race.overlap.plus(step);
        if (stopAtFirstOverlap) {
          break;
        }
      } else if (!firstHolds && !secondHolds) {
        race.gap = race.gap.plus(step);
      }
      if (secondHolds && !firstHolds) {
        break;
      }
    }
    assertThat(race.second).as("the acquirer took the lock in the end").isNotNull();
    return race;
  }

  private static LockOptions options(String owner) {
    return LockOptions.builder().owner(owner).leaseDuration(LEASE).safetyMargin(MARGIN).heartbeat(Duration.ZERO)
        .build();
  }
}
