package dev.dynastore.spring.app;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;

/** A customer, in the default table. */
@Partition("customers")
public record Customer(@Key String id, String name, @Indexed("idx_created") Instant created) {}
