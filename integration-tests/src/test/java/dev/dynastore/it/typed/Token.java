package dev.dynastore.it.typed;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.util.UUID;

/** A UUID key. */
@Partition("tokens")
public record Token(@Key UUID id, String note) {}
