package dev.dynastore;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The write options, resolved: later options win, fields accumulate. */
final class WriteSpec {
  final AttributeValue value;
  final Map<String, AttributeValue> fields;
  final Set<String> removedFields;
  final Duration ttl;
  final Instant expiresAt;
  final KVPair previous;

  private WriteSpec(AttributeValue value, Map<String, AttributeValue> fields, Set<String> removedFields,
      Duration ttl, Instant expiresAt, KVPair previous) {
    this.value = value;
    this.fields = fields;
    this.removedFields = removedFields;
    this.ttl = ttl;
    this.expiresAt = expiresAt;
    this.previous = previous;
  }

  static WriteSpec of(WriteOption... options) {
    AttributeValue value = null;
    Map<String, AttributeValue> fields = Collections.emptyMap();
    Set<String> removed = Collections.emptySet();
    Duration ttl = null;
    Instant expiresAt = null;
    KVPair previous = null;
    for (WriteOption option : options) {
      if (option == null) {
        throw new NullPointerException("write option == null");
      }
      switch (option.kind) {
        case VALUE:
          value = (AttributeValue) option.argument;
          break;
        case FIELDS:
          if (fields.isEmpty()) {
            fields = new LinkedHashMap<>();
          }
          @SuppressWarnings("unchecked")
          Map<String, AttributeValue> given = (Map<String, AttributeValue>) option.argument;
          fields.putAll(given);
          break;
        case REMOVE_FIELDS:
          if (removed.isEmpty()) {
            removed = new LinkedHashSet<>();
          }
          @SuppressWarnings("unchecked")
          Set<String> names = (Set<String>) option.argument;
          removed.addAll(names);
          break;
        case TTL:
          ttl = (Duration) option.argument;
          expiresAt = null;
          break;
        case EXPIRES_AT:
          expiresAt = (Instant) option.argument;
          ttl = null;
          break;
        case NO_EXPIRES:
          ttl = null;
          expiresAt = null;
          break;
        case PREVIOUS:
          previous = (KVPair) option.argument;
          break;
        default:
          throw new AssertionError(option.kind);
      }
    }
    for (String name : removed) {
      if (fields.containsKey(name)) {
        throw new IllegalArgumentException("field " + name + " is both set and removed");
      }
    }
    return new WriteSpec(value, fields, removed, ttl, expiresAt, previous);
  }

  /** Epoch seconds at which the item expires, or null. */
  Long expiresEpochSecond(Instant now) {
    if (ttl != null) {
      return now.plus(ttl).getEpochSecond();
    }
    return expiresAt == null ? null : expiresAt.getEpochSecond();
  }
}
