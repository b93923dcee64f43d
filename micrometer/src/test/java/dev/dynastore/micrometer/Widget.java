package dev.dynastore.micrometer;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;

/** An entity for the meters' and observations' entity tag. */
@Partition("widgets")
public record Widget(@Key String id, String colour) {}
