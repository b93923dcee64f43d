package dev.dynastore.internal;

import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.WriteOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One write, resolved: the value (null to store none), fields to set and to remove, what happens to the expiry,
 * for a compare-and-swap the item it replaces, and for a fenced write its fencing token (else null). Both the K/V API (from {@link WriteOption}s) and typed
 * repositories build these; {@link ItemWriter} writes them.
 */
record WriteSpec(AttributeValue value, Map<String, AttributeValue> fields, Set<String> removedFields,
    ExpiryChange expiry, KVPair previous, Fence fence) {

  /** Refuses, before any request, values DynamoDB cannot store as given (see {@link StorableValues}). */
  WriteSpec {
    if (value != null) {
      StorableValues.check("value", value);
    }
    StorableValues.checkAll("field ", fields);
    for (String name : removedFields) {
      String malformed = StorableValues.malformed(name);
      if (malformed != null) {
        throw new IllegalArgumentException("cannot remove field " + name + ": its name " + malformed);
      }
    }
  }

  /** The options resolved: later options win, fields accumulate. */
  static WriteSpec of(WriteOption... options) {
    AttributeValue value = null;
    Map<String, AttributeValue> fields = Collections.emptyMap();
    Set<String> removed = Collections.emptySet();
    ExpiryChange expiry = ExpiryChange.KEEP;
    KVPair previous = null;
    Fence fence = null;
    for (WriteOption option : options) {
      if (option instanceof WriteOption.Value given) {
        value = given.value();
      } else if (option instanceof WriteOption.Fields given) {
        if (fields.isEmpty()) {
          fields = new LinkedHashMap<>();
        }
        fields.putAll(given.fields());
      } else if (option instanceof WriteOption.RemovedFields given) {
        if (removed.isEmpty()) {
          removed = new LinkedHashSet<>();
        }
        removed.addAll(given.names());
      } else if (option instanceof WriteOption.Ttl given) {
        expiry = new ExpiryChange.After(given.ttl());
      } else if (option instanceof WriteOption.ExpiresAt given) {
        expiry = new ExpiryChange.At(given.expires());
      } else if (option instanceof WriteOption.NoExpiry) {
        expiry = ExpiryChange.CLEAR;
      } else if (option instanceof WriteOption.Previous given) {
        previous = given.previous();
      } else if (option instanceof WriteOption.Fenced given) {
        fence = DefaultLease.of(given.lease()).fenceForWrite();
      } else if (option == null) {
        throw new NullPointerException("write option == null");
      } else {
        throw new AssertionError(option);
      }
    }
    for (String name : removed) {
      if (fields.containsKey(name)) {
        throw new IllegalArgumentException("field " + name + " is both set and removed");
      }
    }
    return new WriteSpec(value, fields, removed, expiry, previous, fence);
  }

  /** This write with {@code fence}, unless it has a fence of its own (or {@code fence} is null). */
  WriteSpec fencedBy(Fence fence) {
    return fence == null || this.fence != null ? this
        : new WriteSpec(value, fields, removedFields, expiry, previous, fence);
  }
}
