package dev.dynastore.it.reliability;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import dev.dynastore.annotations.Version;
import java.math.BigDecimal;

/** A typed item for the bad-input properties: text, an exact number, a double and a version. */
@Partition("samples")
public record Sample(@Key String id, String text, BigDecimal amount, double ratio, @Version long version) {}
