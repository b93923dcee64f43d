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

  /** Throws {@link IllegalArgumentException} naming {@code field} when {@code value} cannot be stored as given. */
  static void check(String field, AttributeValue value) {
    switch (value.type()) {
      case S -> checkText(field, value.s());
      case N -> checkNumber(field, value.n());
      case SS -> value.ss().forEach(text -> checkText(field, text));
      case NS -> value.ns().forEach(number -> checkNumber(field, number));
      case L -> {
        List<AttributeValue> list = value.l();
        for (int i = 0; i < list.size(); i++) {
          check(field + "[" + i + "]", list.get(i));
        }
      }
      case M -> checkAll(field + ".", value.m());
      default -> { } // binary, boolean and null values are stored as given
    }
  }

  /** Checks each name and value of {@code fields}, naming them after {@code prefix}. */
  static void checkAll(String prefix, Map<String, AttributeValue> fields) {
    for (Map.Entry<String, AttributeValue> field : fields.entrySet()) {
      String name = prefix + field.getKey();
      checkText("the name of " + name, field.getKey());
      check(name, field.getValue());
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

  private static void checkNumber(String field, String number) {
    String problem = DynamoNumbers.problem(number);
    if (problem != null) {
      throw new IllegalArgumentException("cannot store " + field + ": " + problem + ". Nothing was written");
    }
  }
}
