/**
 * The K/V API: the Go library's model of partitions of keyed items, for code that stores values without an
 * entity type, or shares a table with the Go library. Get a {@link dev.dynastore.kv.KVPartition} from
 * {@link dev.dynastore.Table#partition}; write with {@link dev.dynastore.kv.WriteOption}s, read with
 * {@link dev.dynastore.kv.ReadOption}s; items come back as {@link dev.dynastore.kv.KVPair}s. The typed
 * repositories store their entities through the same items.
 */
package dev.dynastore.kv;
