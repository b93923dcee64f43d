package dev.dynastore.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the items of a sharded partition live: partition {@code name} with {@code n} shards is stored under the
 * partition keys {@code name#0} to {@code name#(n-1)}, an item in shard {@code fmix64(fnv1a64(utf8(key))) mod n}
 * (unsigned; FNV-1a 64-bit, then MurmurHash3's 64-bit finalizer, so that the low bits depend on every byte). The
 * hash is part of the stored layout: another program (the Go library) computes the same. Internal.
 */
final class Shards {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Shards() {}

  /** The shard of {@code key}, from 0 to {@code shards - 1}. */
  static int of(String key, int shards) {
    long hash = FNV_OFFSET;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= FNV_PRIME;
    }
    return (int) Long.remainderUnsigned(mix(hash), shards);
  }

  /** The partition key the item of {@code key} is stored under. */
  static String partitionOf(String name, String key, int shards) {
    return shards == 1 ? name : partition(name, of(key, shards));
  }

  /** The partition key of shard {@code shard}. */
  static String partition(String name, int shard) {
    return name + "#" + shard;
  }

  /** Every shard's partition key, in shard order. */
  static List<String> partitions(String name, int shards) {
    List<String> partitions = new ArrayList<>(shards);
    for (int shard = 0; shard < shards; shard++) {
      partitions.add(partition(name, shard));
    }
    return partitions;
  }

  /** MurmurHash3's fmix64. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb53a5e3c5e63L;
    h ^= h >>> 33;
    return h;
  }
}
