package dev.dynastore.it.reliability;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import dev.dynastore.annotations.Version;

/** A counter the campaigns increment by read, compare-and-swap, retry. */
@Partition("counters")
public record Counter(@Key String id, long value, @Version long version) {
  Counter plusOne() {
    return new Counter(id, value + 1, version);
  }
}
