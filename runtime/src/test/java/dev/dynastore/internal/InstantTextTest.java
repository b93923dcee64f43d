package dev.dynastore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link InstantText} writes what the JDK's nine-digit ISO formatter writes, in an order that is time order, and
 * reads what {@link Instant#parse} reads: the same instant for every text, the same exception for every bad text.
 */
class InstantTextTest {
  private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
  private static final DateTimeFormatter NINE_DIGITS = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

  @Test
  void formatsWithNineDigitsAndParsesLikeInstantAcrossFourDigitYears() {
    SplittableRandom random = new SplittableRandom(20261125);
    for (int i = 0; i < 200_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(YEAR_0, YEAR_10000), nanos(random));
      String text = InstantText.format(instant);
      assertThat(text).isEqualTo(NINE_DIGITS.format(instant)).hasSize(30);
      assertThat(InstantText.parse(text)).isEqualTo(instant);
      assertThat(InstantText.parse(instant.toString())).as("the JDK's shorter form").isEqualTo(instant);
    }
  }

  @Test
  void textOrderIsTimeOrderEvenWithinASecond() {
    Instant[] sorted = {Instant.parse("2026-11-25T10:00:20Z"), Instant.parse("2026-11-25T10:00:20.000000001Z"),
        Instant.parse("2026-11-25T10:00:20.5Z"), Instant.parse("2026-11-25T10:00:20.500000001Z"),
        Instant.parse("2026-11-25T10:00:21Z")};
    for (int i = 1; i < sorted.length; i++) {
      assertThat(InstantText.format(sorted[i - 1])).isLessThan(InstantText.format(sorted[i]));
    }
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      Instant a = Instant.ofEpochSecond(random.nextLong(YEAR_0, YEAR_10000), nanos(random));
      Instant b = random.nextBoolean() ? a.plusNanos(random.nextLong(-2_000_000_000L, 2_000_000_000L))
          : Instant.ofEpochSecond(random.nextLong(YEAR_0, YEAR_10000), nanos(random));
      if (b.getEpochSecond() < YEAR_0 || b.getEpochSecond() >= YEAR_10000) {
        continue;
      }
      assertThat(Integer.signum(InstantText.format(a).compareTo(InstantText.format(b))))
          .as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
    }
  }

  @Test
  void edgesOfTheCalendar() {
    String[] texts = {
      "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.9Z",
      "2000-02-29T12:00:00Z", "1900-02-28T00:00:00Z", "2024-02-29T23:59:59.5Z", "2026-11-25T10:00:00.123Z",
      "2026-11-25T10:00:00.000123Z", "2026-11-25T10:00:00.100000000Z", "2026-12-31T23:59:59.000000001Z",
    };
    for (String text : texts) {
      assertThat(InstantText.parse(text)).as(text).isEqualTo(Instant.parse(text));
      Instant instant = Instant.parse(text);
      assertThat(InstantText.format(instant)).as(text).isEqualTo(NINE_DIGITS.format(instant));
    }
  }

  @Test
  void instantsBeyondFourDigitYearsAreFormattedAndParsedByTheJdk() {
    Instant[] instants = {Instant.MIN, Instant.MAX, Instant.parse("-0001-12-31T23:59:59Z"),
        Instant.parse("+10000-01-01T00:00:00Z")};
    for (Instant instant : instants) {
      assertThat(InstantText.format(instant)).isEqualTo(NINE_DIGITS.format(instant));
      assertThat(InstantText.parse(InstantText.format(instant))).isEqualTo(instant);
      assertThat(InstantText.parse(instant.toString())).isEqualTo(instant);
    }
  }

  @Test
  void otherTextsTheJdkAcceptsAreReadAsItReadsThem() {
    String[] texts = {
      "2026-11-25t10:00:00z", "2026-11-25T10:00Z", "2026-11-25T24:00:00Z", "2026-12-31T23:59:60Z",
      "2026-11-25T10:00:00+01:00", "2026-11-25T10:00:00.5+00:00", "2026-11-25T10:00:00.Z",
    };
    for (String text : texts) {
      Instant expected;
      try {
        expected = Instant.parse(text);
      } catch (DateTimeParseException rejected) {
        assertThatThrownBy(() -> InstantText.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        continue;
      }
      assertThat(InstantText.parse(text)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void badTextsFailAsInstantParseFails() {
    String[] texts = {
      "", "2026", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-00-10T00:00:00Z",
      "2026-11-00T00:00:00Z", "2026-11-25T25:00:00Z", "2026-11-25T10:60:00Z", "2026-11-25T10:00:61Z",
      "2026-11-25 10:00:00Z", "2026-11-25T10:00:00.1234567891Z", "2026-11-25T10:00:00",
      "2026-1a-25T10:00:00Z", "２０２６-11-25T10:00:00Z", "2026-11-25T10:00:00.12x4Z",
    };
    for (String text : texts) {
      assertThatThrownBy(() -> Instant.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
      assertThatThrownBy(() -> InstantText.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
    }
  }

  /** Nanoseconds with each precision Instant.toString prints: none, millis, micros, nanos. */
  private static int nanos(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return 0;
      case 1:
        return random.nextInt(1, 1000) * 1_000_000;
      case 2:
        return random.nextInt(1, 1_000_000) * 1000;
      default:
        return random.nextInt(1, 1_000_000_000);
    }
  }
}
