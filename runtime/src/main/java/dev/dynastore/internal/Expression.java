package dev.dynastore.internal;

import dev.dynastore.kv.KVPair;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Collects the attribute-name placeholders and values of one request's expressions, and writes the conditions
 * Dynastore's rules need. Every attribute goes through a placeholder ({@code name} and many others are
 * DynamoDB reserved words); Dynastore's own attributes get readable ones ({@code #name}, {@code #version}),
 * fields get {@code #f0}, {@code #f1}, ...
 */
final class Expression {
  private static final AttributeValue NUMBER_TYPE = AttributeValue.createS("N");

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, AttributeValue> values = new HashMap<>();
  private int fieldCount;
  private int valueCount;
  private String numberType;

  /** The placeholder for a Dynastore attribute. */
  String reserved(String attribute) {
    String placeholder = "#" + attribute;
    names.put(placeholder, attribute);
    return placeholder;
  }

  /** A new placeholder for a field. */
  String field(String attribute) {
    String placeholder = "#f" + fieldCount++;
    names.put(placeholder, attribute);
    return placeholder;
  }

  /** A new placeholder for a value. */
  String value(AttributeValue value) {
    String placeholder = ":v" + valueCount++;
    values.put(placeholder, value);
    return placeholder;
  }

  Map<String, String> names() {
    return names;
  }

  /** The names, or null when there are none (DynamoDB rejects an empty map). */
  Map<String, String> namesOrNull() {
    return names.isEmpty() ? null : names;
  }

  /** The values, or null when there are none (DynamoDB rejects an empty map). */
  Map<String, AttributeValue> valuesOrNull() {
    return values.isEmpty() ? null : values;
  }

  // ------------------------------------------------------------------------------------------ the expiry rule

  /**
   * True when the item is not expired: it has no {@code expires}, or one that is not a number (DynamoDB's TTL
   * ignores those too), or one after {@code now}. The same rule as {@link Items#isExpired}.
   */
  String notExpired(Instant now) {
    String expires = reserved(ItemLayout.EXPIRES);
    return "(attribute_not_exists(" + expires + ") OR NOT attribute_type(" + expires + ", " + numberType()
        + ") OR " + expires + " > " + value(instant(now)) + ")";
  }

  /** True when the item exists and is expired: the negation of {@link #notExpired} for a present item. */
  String expired(Instant now) {
    String expires = reserved(ItemLayout.EXPIRES);
    return "(attribute_type(" + expires + ", " + numberType() + ") AND " + expires + " <= " + value(instant(now))
        + ")";
  }

  /** True when no live item is stored: the condition of a create. */
  String absentOrExpired(Instant now) {
    return "(attribute_not_exists(" + reserved(ItemLayout.PARTITION) + ") OR " + expired(now) + ")";
  }

  /**
   * True when the stored item is still the one {@code previous} describes (same version and write token) and has
   * not expired: the condition of a compare-and-swap. An item read without a token (written by another tool, such
   * as the Go library) matches only while it still has none, and, when its value is a string, a number or bytes,
   * that same value: a later incarnation of the key at the same version then differs in its value, unless that is
   * equal too. (Maps and lists are not compared: not every DynamoDB implementation compares them.)
   */
  String isStill(KVPair previous, Instant now) {
    String version = reserved(ItemLayout.VERSION);
    String token = reserved(ItemLayout.WRITE_TOKEN);
    SdkBytes previousToken = previous.writeToken();
    String sameVersion = previous.version() == 0
        ? "(attribute_not_exists(" + version + ") OR " + version + " = " + value(number(0)) + ")"
        : version + " = " + value(number(previous.version()));
    String sameWrite = previousToken != null ? token + " = " + value(AttributeValue.createB(previousToken))
        : "attribute_not_exists(" + token + ") AND " + sameScalarValue(previous.value());
    return sameVersion + " AND " + sameWrite + " AND " + notExpired(now);
  }

  private String sameScalarValue(AttributeValue value) {
    String payload = reserved(ItemLayout.PAYLOAD);
    if (value == null) {
      return "attribute_not_exists(" + payload + ")";
    }
    AttributeValue.Type type = value.type();
    boolean scalar = type == AttributeValue.Type.S || type == AttributeValue.Type.N || type == AttributeValue.Type.B;
    return scalar ? payload + " = " + value(value) : "attribute_exists(" + payload + ")";
  }

  /**
   * True when the stored version, if any, is a number from 0 to one less than {@code Long.MAX_VALUE}, so that one
   * more still fits a {@code long}. (A fraction cannot be told apart in an expression.)
   */
  String versionCanGrow() {
    String version = reserved(ItemLayout.VERSION);
    return "(attribute_not_exists(" + version + ") OR (attribute_type(" + version + ", " + numberType() + ") AND "
        + version + " >= " + value(number(0)) + " AND " + version + " < " + value(number(Long.MAX_VALUE)) + "))";
  }

  /**
   * True when a fenced write may write the item: it carries no fence, or one of {@code fence}'s lock (its partition
   * and name: not its table, which a restore renames) whose token is no newer. The same rule as
   * {@link Fence#refusalBy}.
   */
  String fenceAllows(Fence fence) {
    String stored = reserved(ItemLayout.FENCE);
    // AND binds tighter than OR: no inner parentheses, which dynalite's parser is slow to nest
    return "(attribute_not_exists(" + stored + ") OR " + stored + "." + nested(Fence.PARTITION) + " = "
        + value(AttributeValue.fromS(fence.partition())) + " AND " + stored + "." + nested(Fence.LOCK) + " = "
        + value(AttributeValue.fromS(fence.lock())) + " AND " + stored + "." + nested(Fence.TOKEN) + " <= "
        + value(number(fence.token())) + ")";
  }

  /** {@code condition}, and when {@code fence} is not null, {@link #fenceAllows} too. */
  String fenced(String condition, Fence fence) {
    return fence == null ? condition : condition + " AND " + fenceAllows(fence);
  }

  /** The placeholder of an attribute nested in one of Dynastore's (a fence's parts). */
  private String nested(String attribute) {
    String placeholder = "#n_" + attribute;
    names.put(placeholder, attribute);
    return placeholder;
  }

  private String numberType() {
    if (numberType == null) {
      numberType = value(NUMBER_TYPE);
    }
    return numberType;
  }

  static AttributeValue number(long value) {
    return AttributeValue.createN(Long.toString(value));
  }

  /** An instant as epoch seconds, with its fraction: the expiry rule compares {@code expires} with it exactly. */
  static AttributeValue instant(Instant instant) {
    return AttributeValue.createN(epochSeconds(instant));
  }

  static String epochSeconds(Instant instant) {
    if (instant.getNano() == 0) {
      return Long.toString(instant.getEpochSecond());
    }
    return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
        .stripTrailingZeros().toPlainString();
  }

  /** DynamoDB's limit for any one expression string. */
  static final int MAX_EXPRESSION_BYTES = 4096;

  /** An update expression: {@code SET a = :v0, b = :v1 REMOVE c, d}, each clause only when it has actions. */
  static final class Update {
    private final List<String> set = new ArrayList<>();
    private final List<String> remove = new ArrayList<>();

    Update set(String placeholder, String valueExpression) {
      set.add(placeholder + " = " + valueExpression);
      return this;
    }

    Update remove(String placeholder) {
      remove.add(placeholder);
      return this;
    }

    String build() {
      StringBuilder expression = new StringBuilder();
      if (!set.isEmpty()) {
        expression.append("SET ").append(String.join(", ", set));
      }
      if (!remove.isEmpty()) {
        expression.append(expression.length() == 0 ? "" : " ").append("REMOVE ").append(String.join(", ", remove));
      }
      if (expression.length() > MAX_EXPRESSION_BYTES) { // placeholders only: ASCII, one byte a character
        throw new IllegalArgumentException("this write sets " + set.size() + " attributes and removes " + remove.size()
            + ": its update expression would be " + expression.length() + " bytes, over DynamoDB's limit of "
            + MAX_EXPRESSION_BYTES + " for an expression. Write fewer fields in one call (about 250), or group them"
            + " in a map field. Nothing was written");
      }
      return expression.toString();
    }
  }
}
