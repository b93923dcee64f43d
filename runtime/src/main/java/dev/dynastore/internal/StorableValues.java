package dev.dynastore.internal;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What DynamoDB can store, checked before a write's request so that its validation error (or a silent change)
 * never reaches the caller: numbers within DynamoDB's range and precision ({@link DynamoNumbers}), and text that is
 * well-formed UTF-16. A lone surrogate has no UTF-8 form: the SDK would send, and DynamoDB store, something else.
 */
final class StorableValues {
  private StorableValues() {}

  /** DynamoDB's limit for documents nested in documents (maps and lists). */
  static final int MAX_NESTING = 32;

  /** Throws {@link IllegalArgumentException} naming {@code field} when {@code value} cannot be stored as given. */
  static void check(String field, AttributeValue value) {
    check(field, value, 0);
  }

  private static void check(String field, AttributeValue value, int depth) {
    switch (value.type()) {
      case S -> checkText(field, value.s());
      case N -> checkNumber(field, value.n());
      case SS -> {
        checkSet(field, value.ss().size(), new java.util.HashSet<>(value.ss()).size());
        value.ss().forEach(text -> checkText(field, text));
      }
      case NS -> {
        value.ns().forEach(number -> checkNumber(field, number));
        checkSet(field, value.ns().size(), value.ns().stream()
            .map(number -> new java.math.BigDecimal(number).stripTrailingZeros()).distinct().count());
      }
      case BS -> checkSet(field, value.bs().size(), new java.util.HashSet<>(value.bs()).size());
      case L -> {
        checkDepth(field, depth);
        List<AttributeValue> list = value.l();
        for (int i = 0; i < list.size(); i++) {
          check(field + "[" + i + "]", list.get(i), depth + 1);
        }
      }
      case M -> {
        checkDepth(field, depth);
        for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
          String name = field + "." + entry.getKey();
          checkText("the name of " + name, entry.getKey());
          check(name, entry.getValue(), depth + 1);
        }
      }
      case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("cannot store " + field + ": its value has no"
          + " type set. Nothing was written");
      default -> { } // binary, boolean and null values are stored as given
    }
  }

  /** Checks each name and value of {@code fields}, naming them after {@code prefix}. */
  static void checkAll(String prefix, Map<String, AttributeValue> fields) {
    for (Map.Entry<String, AttributeValue> field : fields.entrySet()) {
      String name = prefix + field.getKey();
      checkText("the name of " + name, field.getKey());
      check(name, field.getValue(), 0);
    }
  }

  /** Why {@code text} has no UTF-8 form (a lone surrogate, and where), or null when it has one. */
  static String malformed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format("has a lone surrogate (U+%04X) at index %d, which has no UTF-8 form: DynamoDB would"
            + " store a replacement character instead", (int) c, i);
      }
    }
    return null;
  }

  private static void checkText(String field, String text) {
    String problem = malformed(text);
    if (problem != null) {
      throw new IllegalArgumentException("cannot store " + field + ": the text " + problem + ". Nothing was written");
    }
  }

  private static void checkSet(String field, int members, long distinct) {
    if (members == 0) {
      throw new IllegalArgumentException("cannot store " + field + ": DynamoDB stores no empty set; leave the field"
          + " out, or remove it. Nothing was written");
    }
    if (distinct < members) {
      throw new IllegalArgumentException("cannot store " + field + ": its set holds the same member twice, as"
          + " DynamoDB compares them (numbers by value: 1 and 1.0, 0 and -0). Nothing was written");
    }
  }

  private static void checkDepth(String field, int depth) {
    if (depth >= MAX_NESTING) {
      throw new IllegalArgumentException("cannot store " + field + ": documents nest " + MAX_NESTING + " levels"
          + " deep at most in DynamoDB. Nothing was written");
    }
  }

  private static void checkNumber(String field, String number) {
    String problem = DynamoNumbers.problem(number);
    if (problem != null) {
      throw new IllegalArgumentException("cannot store " + field + ": " + problem + ". Nothing was written");
    }
  }
}
