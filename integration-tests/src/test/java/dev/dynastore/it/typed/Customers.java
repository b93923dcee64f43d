package dev.dynastore.it.typed;

import dev.dynastore.Consistency;
import dev.dynastore.DynastoreRepository;
import dev.dynastore.KeyRange;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import dev.dynastore.annotations.Query;
import dev.dynastore.annotations.Repository;
import java.time.Instant;
import java.util.Optional;

/** A declared repository: named access patterns, implemented at compile time as {@code CustomersImpl}. */
@Repository
public interface Customers extends DynastoreRepository<Customer> {
  @Query(index = "idx_created")
  Page<Customer> createdIn(KeyRange<Instant> range, PageRequest page);

  @Query(index = "idx_status")
  Page<Customer> withStatus(Customer.Status status, PageRequest page);

  Optional<Versioned<Customer>> get(String id, Consistency consistency);

  void delete(String id);

  default String nameOf(String id) {
    return get(id, Consistency.STRONG).map(customer -> customer.value().name()).orElse("?");
  }
}
