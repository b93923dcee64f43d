package dev.dynastore.it.typed;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;

/** An enum key. */
@Partition("jobs")
public record Job(@Key Level level, String note) {}
