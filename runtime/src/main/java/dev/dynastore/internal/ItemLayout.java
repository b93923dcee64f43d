package dev.dynastore.internal;

import dev.dynastore.kv.KVPair;
import java.util.Set;

/**
 * The physical layout of an item, shared with the Go library: hash key {@code id} (the partition), range
 * key {@code name} (the key), {@code version}, {@code expires} (epoch seconds), {@code payload} (the value)
 * and, Dynastore's addition, {@code wtoken}: a random token naming the write that produced the item, which
 * lets a retried conditional write recognise its own earlier success and lets versions never match a later
 * incarnation of the key; and {@code fence}, the fencing token a fenced write stores (see {@link Fence}). Any other
 * top-level attribute is a field.
 */
final class ItemLayout {
  static final String PARTITION = "id";
  static final String KEY = "name";
  static final String VERSION = "version";
  static final String EXPIRES = "expires";
  static final String PAYLOAD = "payload";
  static final String WRITE_TOKEN = "wtoken";
  /** The fencing token of the lock whose holder last wrote the item with a fence ({@link Fence}). */
  static final String FENCE = "fence";

  static final Set<String> RESERVED = KVPair.RESERVED_ATTRIBUTES;

  /** DynamoDB's limits, in UTF-8 bytes: partition keys (of the table and of global indexes), sort keys, items. */
  static final int MAX_PARTITION_BYTES = 2048;
  static final int MAX_KEY_BYTES = 1024;
  static final int MAX_ITEM_BYTES = 400 * 1024;
  /** Attribute names: up to 64 KB, but 255 bytes for those that key the table or an index. */
  static final int MAX_ATTRIBUTE_NAME_BYTES = 65535;
  static final int MAX_KEY_ATTRIBUTE_NAME_BYTES = 255;

  private ItemLayout() {}

  static boolean isReserved(String attribute) {
    return RESERVED.contains(attribute);
  }
}
