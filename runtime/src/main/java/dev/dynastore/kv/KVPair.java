package dev.dynastore.kv;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One stored item: where it lives ({@link #partition()}, {@link #key()}), which write produced it
 * ({@link #version()}), when it expires, its value and its fields. Immutable.
 *
 * <p>Keep the pair you read to update or delete it later: {@code withPreviousKV(kv)} and
 * {@code atomicDelete(key, kv)} succeed only while the stored item is still this one. Dynastore makes these; the
 * public constructor is for tests and for items you read yourself.
 */
public final class KVPair {
  /**
   * The attributes Dynastore manages in every item, in the Go library's layout: {@code id} (the partition),
   * {@code name} (the key), {@code version}, {@code expires}, {@code payload} (the value), {@code wtoken} (the
   * write token) and {@code fence} (the fencing token of a fenced write). Any other top-level attribute is a field.
   */
  public static final java.util.Set<String> RESERVED_ATTRIBUTES =
      java.util.Set.of("id", "name", "version", "expires", "payload", "wtoken", "fence");

  private final String partition;
  private final String key;
  private final long version;
  private final Instant expires;
  private final AttributeValue value;
  private final Map<String, AttributeValue> fields;
  private final SdkBytes writeToken;

  /**
   * An item: {@code expires}, {@code value} and {@code writeToken} may be null (none stored).
   */
  public KVPair(String partition, String key, long version, Instant expires, AttributeValue value,
      Map<String, AttributeValue> fields, SdkBytes writeToken) {
    this.partition = Objects.requireNonNull(partition, "partition == null");
    this.key = Objects.requireNonNull(key, "key == null");
    this.version = version;
    this.expires = expires;
    this.value = value;
    this.fields = Collections.unmodifiableMap(Objects.requireNonNull(fields, "fields == null"));
    this.writeToken = writeToken;
  }

  /** The partition (the item's {@code id}). */
  public String partition() {
    return partition;
  }

  /** The key inside the partition (the item's {@code name}). */
  public String key() {
    return key;
  }

  /** The item's version: 1 when created, one more on every write. */
  public long version() {
    return version;
  }

  /** When the item expires, if it does. */
  public Optional<Instant> expires() {
    return Optional.ofNullable(expires);
  }

  /** Whether a value is stored. */
  public boolean hasValue() {
    return value != null;
  }

  /** The stored value as DynamoDB holds it, or null when there is none. */
  public AttributeValue value() {
    return value;
  }

  /**
   * The value as a string, or null when there is none.
   *
   * @throws IllegalStateException if the value is not a string
   */
  public String stringValue() {
    if (value == null) {
      return null;
    }
    if (value.s() == null) {
      throw new IllegalStateException("the value of " + this + " is not a string");
    }
    return value.s();
  }

  /**
   * The value as bytes, or null when there is none. A string value is read as base64, which is how the Go
   * library stores bytes.
   *
   * @throws IllegalStateException if the value is neither binary nor a base64 string
   */
  public byte[] bytesValue() {
    if (value == null) {
      return null;
    }
    if (value.b() != null) {
      return value.b().asByteArray();
    }
    if (value.s() != null) {
      try {
        return Base64.getDecoder().decode(value.s().getBytes(StandardCharsets.US_ASCII));
      } catch (IllegalArgumentException notBase64) {
        throw new IllegalStateException("the value of " + this + " is a string but not base64", notBase64);
      }
    }
    throw new IllegalStateException("the value of " + this + " is not binary");
  }

  /** The item's other top-level attributes, typically index keys. */
  public Map<String, AttributeValue> fields() {
    return fields;
  }

  /**
   * The random token of the write that stored this item ({@code wtoken}), or null for an item written by another
   * tool. A compare-and-swap checks it with the version, so that a pair never matches a later incarnation of the
   * key; check it too in writes of your own (a transaction's condition) to keep that guarantee.
   */
  public SdkBytes writeToken() {
    return writeToken;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof KVPair)) {
      return false;
    }
    KVPair other = (KVPair) o;
    return version == other.version && partition.equals(other.partition) && key.equals(other.key)
        && Objects.equals(expires, other.expires) && Objects.equals(value, other.value)
        && fields.equals(other.fields) && Objects.equals(writeToken, other.writeToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partition, key, version);
  }

  @Override
  public String toString() {
    return partition + "/" + key + "@" + version;
  }
}
