package dev.dynastore.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * What a write does to the item's expiry: keep what is stored, clear it, or set it. Set expiries are stored in
 * whole epoch seconds, rounded up, so that an item never expires before the instant asked for, and a positive
 * TTL never stores an item that is already expired. An expiry must fall before the year 10000.
 */
sealed interface ExpiryChange {
  /** 10000-01-01T00:00:00Z: expiries must come before it. */
  long END_SECOND = 253_402_300_800L;

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
      if (ttl.getSeconds() >= END_SECOND) {
        throw tooLate("a ttl of " + ttl);
      }
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
    long ceiling = instant.getNano() == 0 ? seconds : seconds + 1;
    if (ceiling >= END_SECOND) {
      throw tooLate("an expiry at " + instant);
    }
    return ceiling;
  }

  private static IllegalArgumentException tooLate(String what) {
    return new IllegalArgumentException(what + " lies after the year 9999, beyond what Dynastore stores as an"
        + " expiry; for an item that never expires, set none (withNoExpires(), or a null @Expires)");
  }
}
