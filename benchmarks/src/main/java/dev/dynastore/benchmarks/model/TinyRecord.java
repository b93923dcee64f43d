package dev.dynastore.benchmarks.model;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;

/** Tiny as a Dynastore record: its schema is generated. */
@Partition("tiny")
public record TinyRecord(@Key String id, int count) {}
