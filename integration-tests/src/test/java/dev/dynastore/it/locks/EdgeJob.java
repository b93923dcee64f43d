package dev.dynastore.it.locks;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import dev.dynastore.annotations.Version;

/** What a lock guards in the review tests. */
@Partition("edge-jobs")
public record EdgeJob(@Key String id, String state, @Version long version) {}
