package dev.dynastore;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An option of a write ({@code put}, {@code atomicPut}), passed as varargs like the Go library's functional
 * options: {@code partition.atomicPut("k", withString("v"), withTtl(Duration.ofHours(1)))}.
 *
 * <p>A write replaces the item's value: a value not given is removed. The expiry stays as stored unless a write
 * sets it ({@link #withTtl}, {@link #withExpiresAt}) or clears it ({@link #withNoExpires}); a create starts with
 * none. Fields merge: a field given is set, a field named in {@link #withoutFields} is removed, other stored
 * fields stay. A create ({@code atomicPut} of an absent or expired key) replaces the whole item. Later options
 * win over earlier ones of the same kind; fields accumulate. Options are checked when created, so bad input
 * fails before any request.
 */
public final class WriteOption {
  enum Kind { VALUE, FIELDS, REMOVE_FIELDS, EXPIRY, PREVIOUS }

  final Kind kind;
  final Object argument;

  private WriteOption(Kind kind, Object argument) {
    this.kind = kind;
    this.argument = argument;
  }

  /** Stores a string value. */
  public static WriteOption withString(String value) {
    Objects.requireNonNull(value, "value == null");
    return new WriteOption(Kind.VALUE, AttributeValue.fromS(value));
  }

  /** Stores a binary value. */
  public static WriteOption withBytes(byte[] value) {
    Objects.requireNonNull(value, "value == null");
    return new WriteOption(Kind.VALUE, AttributeValue.fromB(SdkBytes.fromByteArray(value)));
  }

  /** Stores any DynamoDB value, such as a map: what typed repositories store. */
  public static WriteOption withValue(AttributeValue value) {
    Objects.requireNonNull(value, "value == null");
    return new WriteOption(Kind.VALUE, value);
  }

  /**
   * Sets top-level attributes beside the value, typically the keys of secondary indexes.
   *
   * @throws ReservedFieldException if a name is one Dynastore manages
   */
  public static WriteOption withFields(Map<String, AttributeValue> fields) {
    Objects.requireNonNull(fields, "fields == null");
    Map<String, AttributeValue> copy = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeValue> field : fields.entrySet()) {
      copy.put(checkFieldName(field.getKey()), Objects.requireNonNull(field.getValue(),
          "value of field " + field.getKey() + " == null"));
    }
    return new WriteOption(Kind.FIELDS, Collections.unmodifiableMap(copy));
  }

  /**
   * Removes top-level fields, so that the item leaves the indexes they key.
   *
   * @throws ReservedFieldException if a name is one Dynastore manages
   */
  public static WriteOption withoutFields(String... names) {
    Set<String> copy = new LinkedHashSet<>();
    for (String name : names) {
      copy.add(checkFieldName(name));
    }
    return new WriteOption(Kind.REMOVE_FIELDS, Collections.unmodifiableSet(copy));
  }

  /**
   * Expires the item this long after the write, by the session's clock. Must be positive. Stored in whole
   * seconds, rounded up: the item never expires early, and never on the write itself.
   */
  public static WriteOption withTtl(Duration ttl) {
    Objects.requireNonNull(ttl, "ttl == null");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    return new WriteOption(Kind.EXPIRY, new ExpiryChange.After(ttl));
  }

  /** Expires the item at an instant (stored in whole epoch seconds, rounded up). */
  public static WriteOption withExpiresAt(Instant expires) {
    Objects.requireNonNull(expires, "expires == null");
    return new WriteOption(Kind.EXPIRY, new ExpiryChange.At(expires));
  }

  /** Removes a stored expiry: the item never expires. A write without an expiry option keeps what is stored. */
  public static WriteOption withNoExpires() {
    return new WriteOption(Kind.EXPIRY, ExpiryChange.CLEAR);
  }

  /**
   * Makes {@code atomicPut} a compare-and-swap: it succeeds only if the stored item is still the one
   * {@code previous} describes (same version, same write) and has not expired.
   */
  public static WriteOption withPreviousKV(KVPair previous) {
    Objects.requireNonNull(previous, "previous == null");
    return new WriteOption(Kind.PREVIOUS, previous);
  }

  private static String checkFieldName(String name) {
    Objects.requireNonNull(name, "field name == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("field name is empty");
    }
    if (ItemLayout.isReserved(name)) {
      throw new ReservedFieldException("field " + name + " is reserved: Dynastore manages the attributes "
          + ItemLayout.RESERVED + "; rename the field");
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > ItemLayout.MAX_ATTRIBUTE_NAME_BYTES) {
      throw new IllegalArgumentException("field name " + name.substring(0, 40) + "... is longer than "
          + ItemLayout.MAX_ATTRIBUTE_NAME_BYTES + " bytes, DynamoDB's limit");
    }
    return name;
  }
}
