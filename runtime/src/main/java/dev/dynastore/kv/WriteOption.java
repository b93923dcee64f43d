package dev.dynastore.kv;

import dev.dynastore.ReservedFieldException;
import dev.dynastore.locks.Lease;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 *
 * <p>Make options with the static methods; the records are their data.
 */
public sealed interface WriteOption {
  /** The largest attribute name DynamoDB stores, in UTF-8 bytes. */
  int MAX_FIELD_NAME_BYTES = 65535;

  /** Stores a string value. */
  static WriteOption withString(String value) {
    Objects.requireNonNull(value, "value == null");
    return new Value(AttributeValue.fromS(value));
  }

  /** Stores a binary value. */
  static WriteOption withBytes(byte[] value) {
    Objects.requireNonNull(value, "value == null");
    return new Value(AttributeValue.fromB(SdkBytes.fromByteArray(value)));
  }

  /** Stores any DynamoDB value, such as a map: what typed repositories store. */
  static WriteOption withValue(AttributeValue value) {
    return new Value(value);
  }

  /**
   * Sets top-level attributes beside the value, typically the keys of secondary indexes.
   *
   * @throws ReservedFieldException if a name is one Dynastore manages
   */
  static WriteOption withFields(Map<String, AttributeValue> fields) {
    return new Fields(fields);
  }

  /**
   * Removes top-level fields, so that the item leaves the indexes they key.
   *
   * @throws ReservedFieldException if a name is one Dynastore manages
   */
  static WriteOption withoutFields(String... names) {
    return new RemovedFields(new LinkedHashSet<>(java.util.Arrays.asList(names)));
  }

  /**
   * Expires the item this long after the write, by the session's clock. Must be positive. Stored in whole
   * seconds, rounded up: the item never expires early, and never on the write itself.
   */
  static WriteOption withTtl(Duration ttl) {
    return new Ttl(ttl);
  }

  /** Expires the item at an instant (stored in whole epoch seconds, rounded up). */
  static WriteOption withExpiresAt(Instant expires) {
    return new ExpiresAt(expires);
  }

  /** Removes a stored expiry: the item never expires. A write without an expiry option keeps what is stored. */
  static WriteOption withNoExpires() {
    return new NoExpiry();
  }

  /**
   * Makes {@code atomicPut} a compare-and-swap: it succeeds only if the stored item is still the one
   * {@code previous} describes (same version, same write) and has not expired.
   */
  static WriteOption withPreviousKV(KVPair previous) {
    return new Previous(previous);
  }

  /**
   * Makes the write fenced by {@code lease}: it stores the lease's fencing token with the item, and is refused
   * ({@link dev.dynastore.FencedOutException}, nothing written) when the item already carries a newer token of the
   * same lock, written by a later holder. See {@link Lease}.
   */
  static WriteOption withFence(Lease lease) {
    return new Fenced(lease);
  }

  /** The value to store. */
  record Value(AttributeValue value) implements WriteOption {
    public Value {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** Top-level attributes to set. */
  record Fields(Map<String, AttributeValue> fields) implements WriteOption {
    public Fields {
      Objects.requireNonNull(fields, "fields == null");
      Map<String, AttributeValue> copy = new LinkedHashMap<>();
      for (Map.Entry<String, AttributeValue> field : fields.entrySet()) {
        copy.put(checkFieldName(field.getKey()), Objects.requireNonNull(field.getValue(),
            "value of field " + field.getKey() + " == null"));
      }
      fields = java.util.Collections.unmodifiableMap(copy);
    }
  }

  /** Top-level attributes to remove. */
  record RemovedFields(Set<String> names) implements WriteOption {
    public RemovedFields {
      Objects.requireNonNull(names, "names == null");
      Set<String> copy = new LinkedHashSet<>();
      for (String name : names) {
        copy.add(checkFieldName(name));
      }
      names = java.util.Collections.unmodifiableSet(copy);
    }
  }

  /** An expiry this long after the write. */
  record Ttl(Duration ttl) implements WriteOption {
    public Ttl {
      Objects.requireNonNull(ttl, "ttl == null");
      if (ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("ttl must be positive, was " + ttl);
      }
    }
  }

  /** An expiry at an instant. */
  record ExpiresAt(Instant expires) implements WriteOption {
    public ExpiresAt {
      Objects.requireNonNull(expires, "expires == null");
    }
  }

  /** No expiry: a stored one is removed. */
  record NoExpiry() implements WriteOption {}

  /** The item a compare-and-swap replaces. */
  record Previous(KVPair previous) implements WriteOption {
    public Previous {
      Objects.requireNonNull(previous, "previous == null");
    }
  }

  /** The lease a write is fenced by. */
  record Fenced(Lease lease) implements WriteOption {
    public Fenced {
      Objects.requireNonNull(lease, "lease == null");
    }
  }

  private static String checkFieldName(String name) {
    Objects.requireNonNull(name, "field name == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("field name is empty");
    }
    if (KVPair.RESERVED_ATTRIBUTES.contains(name)) {
      throw new ReservedFieldException("field " + name + " is reserved: Dynastore manages the attributes "
          + KVPair.RESERVED_ATTRIBUTES + "; rename the field");
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_FIELD_NAME_BYTES) {
      throw new IllegalArgumentException("field name " + name.substring(0, 40) + "... is longer than "
          + MAX_FIELD_NAME_BYTES + " bytes, DynamoDB's limit");
    }
    return name;
  }
}
