package dev.dynastore.it.typed;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;

/** Sort keys of many types through local indexes. */
@Partition("events")
public record Event(
    @Key String id,
    @Indexed("idx_when") Instant when,
    @Indexed("idx_score") Double score,
    @Indexed("idx_blob") byte[] blob,
    @Indexed("idx_level") Level level,
    @Indexed("idx_count") long count) {}
