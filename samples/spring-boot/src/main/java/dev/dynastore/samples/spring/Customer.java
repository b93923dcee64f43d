package dev.dynastore.samples.spring;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;

/** A customer of the Spring sample. */
@Partition("customers")
public record Customer(@Key String id, String name, String status, @Indexed("idx_created") Instant created) {}
