package dev.dynastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link InstantText} must be indistinguishable from {@link Instant#toString()} and {@link Instant#parse}: the
 * same text for every instant, the same instant for every text, the same exception for every bad text.
 */
class InstantTextTest {
  private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

  @Test
  void formatsAndParsesLikeInstantAcrossFourDigitYears() {
    SplittableRandom random = new SplittableRandom(20261125);
    for (int i = 0; i < 200_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(YEAR_0, YEAR_10000), nanos(random));
      String text = instant.toString();
      assertThat(InstantText.format(instant)).isEqualTo(text);
      assertThat(InstantText.parse(text)).isEqualTo(instant);
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
      assertThat(InstantText.format(instant)).as(text).isEqualTo(instant.toString());
    }
  }

  @Test
  void instantsBeyondFourDigitYearsAreFormattedAndParsedByTheJdk() {
    Instant[] instants = {Instant.MIN, Instant.MAX, Instant.parse("-0001-12-31T23:59:59Z"),
        Instant.parse("+10000-01-01T00:00:00Z")};
    for (Instant instant : instants) {
      assertThat(InstantText.format(instant)).isEqualTo(instant.toString());
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
