package dev.dynastore.kv;

import dev.dynastore.internal.Attributes;
import java.time.Instant;

/**
 * Text forms of instants and whole numbers that sort as their values do, for the string sort keys of K/V items
 * (the key itself, or an index field): the forms typed repositories store. {@code Instant.toString()} writes 0 to 9
 * fraction digits, so {@code ...20.5Z} would sort before {@code ...20Z}; decimal numbers would put {@code 10}
 * before {@code 9}.
 */
public final class SortKeys {
  private SortKeys() {}

  /**
   * {@code 2026-11-25T10:00:20.500000000Z}: nine fraction digits, for years 0000 to 9999.
   *
   * @throws IllegalArgumentException for an instant outside those years, whose text would not sort
   */
  public static String instant(Instant instant) {
    return Attributes.instantKey(java.util.Objects.requireNonNull(instant, "instant == null")).s();
  }

  /** {@code 0000000000000000042}; below zero, {@code -} and the digits of {@code value - Long.MIN_VALUE}. */
  public static String number(long value) {
    return Attributes.sortableKey(value);
  }
}
