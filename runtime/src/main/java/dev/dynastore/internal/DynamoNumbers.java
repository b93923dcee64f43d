package dev.dynastore.internal;

import java.math.BigDecimal;

/**
 * DynamoDB's numbers: at most 38 significant digits, and zero or a magnitude from 1E-130 to below 1E+126. Checked
 * before a request where a number keys an item or bounds a range, so that DynamoDB's validation error never
 * reaches the caller. Internal.
 */
final class DynamoNumbers {
  static final int MAX_DIGITS = 38;
  private static final BigDecimal SMALLEST = new BigDecimal("1E-130");
  private static final BigDecimal TOO_LARGE = new BigDecimal("1E+126");

  private DynamoNumbers() {}

  /** Why DynamoDB would refuse the number text, or null when it takes it. */
  static String problem(String number) {
    if (number.startsWith("+")) {
      return "\"" + number + "\" starts with '+', which DynamoDB does not read as a number";
    }
    BigDecimal value;
    try {
      value = new BigDecimal(number);
    } catch (NumberFormatException notANumber) {
      return "\"" + number + "\" is not a number";
    }
    if (value.signum() == 0) {
      return null;
    }
    BigDecimal magnitude = value.abs();
    if (magnitude.compareTo(SMALLEST) < 0 || magnitude.compareTo(TOO_LARGE) >= 0) {
      return number + " is outside DynamoDB's numbers (zero, or a magnitude from 1E-130 to below 1E+126)";
    }
    if (value.stripTrailingZeros().precision() > MAX_DIGITS) {
      return number + " has more than DynamoDB's " + MAX_DIGITS + " significant digits";
    }
    return null;
  }
}
