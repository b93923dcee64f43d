package dev.dynastore.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * Instants as ISO-8601 text that sorts as the instants do: always nine fraction digits
 * ({@code 2026-11-25T10:00:00.000000000Z}), so that text order is time order for years 0000 to 9999, which matters
 * wherever an instant is a sort key. ({@link Instant#toString()} writes 0, 3, 6 or 9 digits, so
 * {@code ...20.5Z} sorted before {@code ...20Z}.) Reading accepts every form {@link Instant#parse} does, so items
 * written by {@code Instant.toString()} (earlier Dynastore versions, the Enhanced Client) read back unchanged.
 *
 * <p>Both directions avoid {@code DateTimeFormatter} for years 0000 to 9999: it costs about a microsecond per
 * value, more than the rest of a typical item's mapping. Anything else, valid or not, goes to the JDK, so results
 * and exceptions are the JDK's.
 */
final class InstantText {
  private static final long SECONDS_PER_DAY = 86_400;
  /** {@code 0000-01-01T00:00:00Z} and {@code 10000-01-01T00:00:00Z}: the four-digit years. */
  static final long FIRST_SECOND = -62_167_219_200L;
  static final long END_SECOND = 253_402_300_800L;
  private static final int DAYS_0000_TO_1970 = 719_528;
  private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
      100_000_000, 1_000_000_000};

  private InstantText() {}

  /** ISO-8601 with nine fraction digits; the JDK's for years beyond 0000 to 9999. */
  private static final DateTimeFormatter NINE_DIGITS = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

  /** The instant with nine fraction digits: {@code 2026-11-25T10:00:00.000000000Z}. */
  static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
      return NINE_DIGITS.format(instant);
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    byte[] text = new byte[30];
    digits(text, 0, date.getYear(), 4);
    text[4] = '-';
    digits(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, secondOfDay / 3600, 2);
    text[13] = ':';
    digits(text, 14, secondOfDay / 60 % 60, 2);
    text[16] = ':';
    digits(text, 17, secondOfDay % 60, 2);
    text[19] = '.';
    digits(text, 20, instant.getNano(), 9);
    text[text.length - 1] = 'Z';
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  /** {@code Instant.parse(text)}: any ISO-8601 instant, with 0 to 9 fraction digits. */
  static Instant parse(String text) {
    int length = text.length();
    int fractionDigits = length - 21;
    boolean plain = length == 20 || (fractionDigits >= 1 && fractionDigits <= 9 && text.charAt(19) == '.');
    if (!plain || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
        || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return Instant.parse(text);
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 2);
    int day = number(text, 8, 2);
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int second = number(text, 17, 2);
    int fraction = length == 20 ? 0 : number(text, 20, fractionDigits);
    if ((year | month | day | hour | minute | second | fraction) < 0 || month < 1 || month > 12 || day < 1
        || day > lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
      return Instant.parse(text); // not a plain valid date and time: the JDK reads it or says why not
    }
    long epochDay = epochDay(year, month, day);
    int nano = length == 20 ? 0 : fraction * POWERS_OF_TEN[9 - fractionDigits];
    return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second, nano);
  }

  private static void digits(byte[] text, int at, int value, int count) {
    for (int i = at + count - 1; i >= at; i--) {
      text[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The decimal number of {@code count} ASCII digits at {@code at}, or -1 if any is not one. */
  private static int number(String text, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** Days from 1970-01-01 to a date of a non-negative year: {@code LocalDate.toEpochDay()}'s arithmetic. */
  private static long epochDay(int year, int month, int day) {
    long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      total -= isLeap(year) ? 1 : 2;
    }
    return total - DAYS_0000_TO_1970;
  }
}
