package dev.dynastore.samples.crm;

import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;
import java.util.List;

/** A CRM customer: items of partition {@code customers}, listed by creation date through {@code idx_created}. */
@Partition("customers")
public record Customer(
    @Key String id,
    String name,
    String status,
    @Indexed("idx_created") Instant created,
    List<Address> addresses) {

  /** A postal address, stored inside the customer. */
  public record Address(String street, String city) {}

  Customer withStatus(String newStatus) {
    return new Customer(id, name, newStatus, created, addresses);
  }
}
