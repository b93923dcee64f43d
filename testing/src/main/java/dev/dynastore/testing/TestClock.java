package dev.dynastore.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that stands still until moved: for testing expiry at exact boundaries. Thread-safe.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2026-11-25T10:00:00Z"));
 * Dynastore store = Dynastore.builder().client(client).clock(clock).build();
 * clock.advance(Duration.ofSeconds(61));
 * }</pre>
 */
public final class TestClock extends Clock {
  private volatile Instant now;

  private TestClock(Instant now) {
    this.now = Objects.requireNonNull(now, "now == null");
  }

  /** A clock standing at {@code now}. */
  public static TestClock at(Instant now) {
    return new TestClock(now);
  }

  /** Moves the clock to {@code instant}. */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant == null");
  }

  /** Moves the clock forward (or back, for a negative duration). */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a TestClock is always UTC");
  }
}
