package dev.dynastore.spring.app;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;

/** A payment: in the default table unless configuration binds it to another. */
@Partition("payments")
public record Payment(@Key String id, long cents) {}
