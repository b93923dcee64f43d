package dev.dynastore.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * What a write does to the item's expiry: keep what is stored, clear it, or set it. Set expiries are stored in
 * whole epoch seconds, rounded up, so that an item never expires before the instant asked for, and a positive
 * TTL never stores an item that is already expired.
 */
sealed interface ExpiryChange {
  /** Keeps the stored expiry; a new item has none. */
  ExpiryChange KEEP = new Keep();
  /** Removes the stored expiry. */
  ExpiryChange CLEAR = new Clear();

  /** The epoch second to store, or null when this change sets none. */
  Long epochSecond(Instant now);

  record Keep() implements ExpiryChange {
    @Override
    public Long epochSecond(Instant now) {
      return null;
    }
  }

  record Clear() implements ExpiryChange {
    @Override
    public Long epochSecond(Instant now) {
      return null;
    }
  }

  /** Expires {@code ttl} after the write, by the session's clock. */
  record After(Duration ttl) implements ExpiryChange {
    @Override
    public Long epochSecond(Instant now) {
      return ceilingSecond(now.plus(ttl));
    }
  }

  /** Expires at an instant. */
  record At(Instant instant) implements ExpiryChange {
    @Override
    public Long epochSecond(Instant now) {
      return ceilingSecond(instant);
    }
  }

  static long ceilingSecond(Instant instant) {
    long seconds = instant.getEpochSecond();
    return instant.getNano() == 0 ? seconds : seconds + 1;
  }
}
