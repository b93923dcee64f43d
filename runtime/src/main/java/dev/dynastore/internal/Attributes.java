package dev.dynastore.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Conversions between Java values and DynamoDB attribute values, called by generated schemas. Each is a plain
 * static method (no reflection, no lambdas), written to store values as the Enhanced Client's default
 * converters do: strings and UUIDs as S, numbers as N in their decimal form, booleans as BOOL, instants as
 * ISO-8601 S, enums as their {@code name()}, bytes as B.
 *
 * <p>{@code to...} methods return null for a null value (the attribute is left out); {@code as...} methods read
 * null for an absent or NULL attribute (zero or false for primitives) and throw {@link IllegalStateException}
 * when the attribute has another type.
 */
public final class Attributes {
  private static final AttributeValue NULL = AttributeValue.createNul(true);

  private Attributes() {}

  /** Puts a value; a null value is left out, or stored as NULL when {@code ignoreNulls} is false. */
  public static void put(Map<String, AttributeValue> map, String name, AttributeValue value, boolean ignoreNulls) {
    if (value != null) {
      map.put(name, value);
    } else if (!ignoreNulls) {
      map.put(name, NULL);
    }
  }

  /** The entries of {@code map} named in {@code names}: for {@code TableSchema.itemToMap(item, attributes)}. */
  public static Map<String, AttributeValue> select(Map<String, AttributeValue> map, Collection<String> names) {
    Map<String, AttributeValue> selected = new java.util.HashMap<>();
    for (String name : names) {
      AttributeValue value = map.get(name);
      if (value != null) {
        selected.put(name, value);
      }
    }
    return selected;
  }

  /** The value, or NULL for a null one: for list elements and map values. */
  public static AttributeValue orNull(AttributeValue value) {
    return value == null ? NULL : value;
  }

  // ------------------------------------------------------------------------------------------------ to DynamoDB

  public static AttributeValue string(String value) {
    return value == null ? null : AttributeValue.createS(value);
  }

  public static AttributeValue bool(boolean value) {
    return AttributeValue.createBool(value);
  }

  public static AttributeValue bool(Boolean value) {
    return value == null ? null : AttributeValue.createBool(value);
  }

  public static AttributeValue number(int value) {
    return AttributeValue.createN(Integer.toString(value));
  }

  public static AttributeValue number(long value) {
    return AttributeValue.createN(Long.toString(value));
  }

  public static AttributeValue number(double value) {
    checkFinite(Double.isFinite(value), value);
    return AttributeValue.createN(Double.toString(value));
  }

  public static AttributeValue number(float value) {
    checkFinite(Float.isFinite(value), value);
    return AttributeValue.createN(Float.toString(value));
  }

  /** Any boxed number, {@code BigDecimal} or {@code BigInteger}, in its {@code toString()} form. */
  public static AttributeValue number(Number value) {
    if (value instanceof Double || value instanceof Float) {
      checkFinite(Double.isFinite(value.doubleValue()), value);
    }
    return value == null ? null : AttributeValue.createN(value.toString());
  }

  /** DynamoDB stores no NaN or infinity: refused before any request, as the Enhanced Client refuses them. */
  private static void checkFinite(boolean finite, Object value) {
    if (!finite) {
      throw new IllegalArgumentException(value + " cannot be stored: DynamoDB numbers are finite");
    }
  }

  public static AttributeValue character(char value) {
    return AttributeValue.createS(String.valueOf(value));
  }

  public static AttributeValue character(Character value) {
    return value == null ? null : AttributeValue.createS(value.toString());
  }

  public static AttributeValue uuid(UUID value) {
    return value == null ? null : AttributeValue.createS(value.toString());
  }

  public static AttributeValue instant(Instant value) {
    return value == null ? null : AttributeValue.createS(InstantText.format(value));
  }

  /**
   * An instant that keys an index: as {@link #instant}, for years 0000 to 9999 only, whose text sorts as the
   * instants do; others would list out of order.
   *
   * @throws IllegalArgumentException for an instant outside those years
   */
  public static AttributeValue instantKey(Instant value) {
    if (value != null && (value.getEpochSecond() < InstantText.FIRST_SECOND
        || value.getEpochSecond() >= InstantText.END_SECOND)) {
      throw new IllegalArgumentException(value + " cannot key an index: only instants of the years 0000 to 9999"
          + " are stored as text that sorts; for \"never\", use null (the item then leaves the index)");
    }
    return instant(value);
  }

  /**
   * An instant as the bound of a range over instant keys: as {@link #instantKey}, except that an instant before the
   * year 0000 or after 9999 (such as {@code Instant.MIN} or {@code Instant.MAX}) is a text below or above every
   * stored one, so that the range holds what those instants would.
   */
  public static AttributeValue instantBound(Instant value) {
    if (value.getEpochSecond() < InstantText.FIRST_SECOND) {
      return AttributeValue.fromS(" "); // below every digit: stored instants begin with their year
    }
    if (value.getEpochSecond() >= InstantText.END_SECOND) {
      return AttributeValue.fromS("~"); // above every digit
    }
    return instant(value);
  }

  public static AttributeValue enumeration(Enum<?> value) {
    return value == null ? null : AttributeValue.createS(value.name());
  }

  public static AttributeValue bytes(byte[] value) {
    return value == null ? null : AttributeValue.createB(SdkBytes.fromByteArray(value));
  }

  public static AttributeValue bytes(SdkBytes value) {
    return value == null ? null : AttributeValue.createB(value);
  }

  /**
   * A whole number as key text that sorts as the numbers do: 19 digits, zero-padded, for 0 and up
   * ({@code 0000000000000000042}); a minus sign and 19 digits of {@code value - Long.MIN_VALUE} below zero, so that
   * -2 sorts before -1 and every negative before every non-negative. DynamoDB compares the {@code name} sort key
   * as text, where {@code "10"} would sort before {@code "9"}.
   */
  public static String sortableKey(long value) {
    char[] text = new char[value < 0 ? 20 : 19];
    long digits = value;
    if (value < 0) {
      text[0] = '-';
      digits = value - Long.MIN_VALUE;
    }
    for (int i = text.length - 1; i >= text.length - 19; i--) {
      text[i] = (char) ('0' + digits % 10);
      digits /= 10;
    }
    return new String(text);
  }

  /** A value through an Enhanced Client converter. */
  public static <T> AttributeValue converted(T value, AttributeConverter<T> converter) {
    return value == null ? null : converter.transformFrom(value);
  }







  // ---------------------------------------------------------------------------------------------- from DynamoDB

  /** Whether the attribute is absent or NULL. */
  public static boolean isNull(AttributeValue value) {
    return value == null || Boolean.TRUE.equals(value.nul());
  }

  public static String asString(AttributeValue value) {
    if (value == null) {
      return null;
    }
    String s = value.s();
    return s != null ? s : nullOr(value, "S");
  }

  public static Boolean asBoolean(AttributeValue value) {
    if (value == null) {
      return null;
    }
    Boolean bool = value.bool();
    return bool != null ? bool : nullOr(value, "BOOL");
  }

  public static boolean booleanValue(AttributeValue value) {
    Boolean bool = asBoolean(value);
    return bool != null && bool;
  }

  private static String asNumber(AttributeValue value) {
    if (value == null) {
      return null;
    }
    String n = value.n();
    return n != null ? n : nullOr(value, "N");
  }

  public static Integer asInteger(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? null : Integer.valueOf(n);
  }

  public static int intValue(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? 0 : Integer.parseInt(n);
  }

  public static Long asLong(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? null : Long.valueOf(n);
  }

  public static long longValue(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? 0L : Long.parseLong(n);
  }

  public static Short asShort(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? null : Short.valueOf(n);
  }

  public static short shortValue(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? 0 : Short.parseShort(n);
  }

  public static Byte asByte(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? null : Byte.valueOf(n);
  }

  public static byte byteValue(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? 0 : Byte.parseByte(n);
  }

  public static Double asDouble(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? null : Double.valueOf(n);
  }

  public static double doubleValue(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? 0d : Double.parseDouble(n);
  }

  public static Float asFloat(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? null : Float.valueOf(n);
  }

  public static float floatValue(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? 0f : Float.parseFloat(n);
  }

  public static BigDecimal asBigDecimal(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? null : new BigDecimal(n);
  }

  public static BigInteger asBigInteger(AttributeValue value) {
    String n = asNumber(value);
    return n == null ? null : new BigInteger(n);
  }

  public static Character asCharacter(AttributeValue value) {
    String s = asString(value);
    return s == null || s.isEmpty() ? null : s.charAt(0);
  }

  public static char charValue(AttributeValue value) {
    Character c = asCharacter(value);
    return c == null ? '\0' : c;
  }

  public static UUID asUuid(AttributeValue value) {
    String s = asString(value);
    return s == null ? null : UUID.fromString(s);
  }

  public static Instant asInstant(AttributeValue value) {
    String s = asString(value);
    return s == null ? null : InstantText.parse(s);
  }

  public static <E extends Enum<E>> E asEnum(Class<E> type, AttributeValue value) {
    String s = asString(value);
    return s == null ? null : Enum.valueOf(type, s);
  }

  public static byte[] asBytes(AttributeValue value) {
    SdkBytes bytes = asSdkBytes(value);
    return bytes == null ? null : bytes.asByteArray();
  }

  public static SdkBytes asSdkBytes(AttributeValue value) {
    if (value == null) {
      return null;
    }
    SdkBytes bytes = value.b();
    return bytes != null ? bytes : nullOr(value, "B");
  }

  public static <T> T asConverted(AttributeValue value, AttributeConverter<T> converter) {
    return isNull(value) ? null : converter.transformTo(value);
  }

  /**
   * The elements of an L attribute, or null. Lists, maps and sets are recognised by {@code type()}, a field
   * read: {@code hasL()} would test the list against the SDK's auto-construct marker interface on every read,
   * which left nested reads ×1.26 of hand-written code (×1.02 with {@code type()}).
   */
  public static List<AttributeValue> asList(AttributeValue value) {
    if (value == null) {
      return null;
    }
    return value.type() == AttributeValue.Type.L ? value.l() : nullOr(value, "L");
  }

  /** The entries of an M attribute, or null. */
  public static Map<String, AttributeValue> asMap(AttributeValue value) {
    if (value == null) {
      return null;
    }
    return value.type() == AttributeValue.Type.M ? value.m() : nullOr(value, "M");
  }

  /** The strings of an SS attribute; empty when absent. */
  public static List<String> asStringSet(AttributeValue value) {
    if (value == null) {
      return List.of();
    }
    List<String> set = value.type() == AttributeValue.Type.SS ? value.ss() : nullOr(value, "SS");
    return set == null ? List.of() : set;
  }

  /** The numbers of an NS attribute, as strings; empty when absent. */
  public static List<String> asNumberSet(AttributeValue value) {
    if (value == null) {
      return List.of();
    }
    List<String> set = value.type() == AttributeValue.Type.NS ? value.ns() : nullOr(value, "NS");
    return set == null ? List.of() : set;
  }

  /** The binaries of a BS attribute; empty when absent. */
  public static List<SdkBytes> asBytesSet(AttributeValue value) {
    if (value == null) {
      return List.of();
    }
    List<SdkBytes> set = value.type() == AttributeValue.Type.BS ? value.bs() : nullOr(value, "BS");
    return set == null ? List.of() : set;
  }

  /**
   * Null for a NULL attribute; otherwise the attribute has the wrong type: the one type error of every reader.
   * Off the fast path, and deliberately
   * more than 35 bytes of bytecode, so that the JIT does not inline this cold code into every generated
   * reader: it would make them too big to inline in turn.
   */
  private static <V> V nullOr(AttributeValue value, String expected) {
    if (Boolean.TRUE.equals(value.nul())) {
      return null;
    }
    StringBuilder message = new StringBuilder(64).append("expected an attribute of type ").append(expected)
        .append(", found ").append(value.type());
    throw new IllegalStateException(message.toString());
  }
}
