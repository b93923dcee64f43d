package dev.dynastore.benchmarks;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.math.BigDecimal;
import java.time.Instant;

/** An order, listed by when it was placed: the "orders of the last 7 days" of {@link RangeReadsTest}. */
@Partition("orders")
public record PlacedOrder(@Key String id, String customer, @Indexed("idx_placed") Instant placed, BigDecimal total) {}
