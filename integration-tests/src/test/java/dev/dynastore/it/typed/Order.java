package dev.dynastore.it.typed;

import dev.dynastore.annotations.Convert;
import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.util.Objects;

/** An immutable class entity (constructor and getters), a numeric key and index, and a user converter. */
@Partition("orders")
public final class Order {
  @Key private final long number;
  @Indexed("idx_total") private final Long totalCents;
  private final String customerId;
  @Convert(ReversedText.class) private final String note;

  public Order(long number, Long totalCents, String customerId, String note) {
    this.number = number;
    this.totalCents = totalCents;
    this.customerId = customerId;
    this.note = note;
  }

  public Order(long number, Long totalCents, String customerId) {
    this(number, totalCents, customerId, null);
  }

  public String getNote() {
    return note;
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
        && Objects.equals(customerId, other.customerId) && Objects.equals(note, other.note);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(number);
  }
}
