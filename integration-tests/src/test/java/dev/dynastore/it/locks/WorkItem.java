package dev.dynastore.it.locks;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import dev.dynastore.annotations.Version;

/** What a lock guards in these tests: a piece of work and how far it got. */
@Partition("work")
public record WorkItem(@Key String id, String state, long steps, @Version long version) {
  WorkItem step(String newState) {
    return new WorkItem(id, newState, steps + 1, version);
  }
}
