package dev.dynastore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One write, resolved: the value (null to store none), fields to set and to remove, what happens to the expiry,
 * and for a compare-and-swap the item it replaces. Both the K/V API (from {@link WriteOption}s) and typed
 * repositories build these; {@link Table} writes them.
 */
record WriteSpec(AttributeValue value, Map<String, AttributeValue> fields, Set<String> removedFields,
    ExpiryChange expiry, KVPair previous) {

  /** The options resolved: later options win, fields accumulate. */
  static WriteSpec of(WriteOption... options) {
    AttributeValue value = null;
    Map<String, AttributeValue> fields = Collections.emptyMap();
    Set<String> removed = Collections.emptySet();
    ExpiryChange expiry = ExpiryChange.KEEP;
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
        case EXPIRY:
          expiry = (ExpiryChange) option.argument;
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
    return new WriteSpec(value, fields, removed, expiry, previous);
  }
}
