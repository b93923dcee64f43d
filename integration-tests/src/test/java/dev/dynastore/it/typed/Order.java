package dev.dynastore.it.typed;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.util.Objects;

/** An immutable class entity (constructor and getters), with a numeric key and a numeric index. */
@Partition("orders")
public final class Order {
  @Key private final long number;
  @Indexed("idx_total") private final Long totalCents;
  private final String customerId;

  public Order(long number, Long totalCents, String customerId) {
    this.number = number;
    this.totalCents = totalCents;
    this.customerId = customerId;
  }

  public long getNumber() {
    return number;
  }

  public Long getTotalCents() {
    return totalCents;
  }

  public String getCustomerId() {
    return customerId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Order other && number == other.number && Objects.equals(totalCents, other.totalCents)
        && Objects.equals(customerId, other.customerId);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(number);
  }
}
