package dev.dynastore.samples.crm;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order of one customer: items of partition {@code orders#<customerId>}, in the same table as the customers,
 * listed by when they were placed through {@code idx_placed}.
 */
@Partition("orders")
public record Order(
    @Partition String customerId,
    @Key String id,
    @Indexed("idx_placed") Instant placed,
    BigDecimal total) {}
