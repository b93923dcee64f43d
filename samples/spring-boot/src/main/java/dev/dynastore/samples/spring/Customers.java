package dev.dynastore.samples.spring;

import dev.dynastore.Consistency;
import dev.dynastore.DynastoreRepository;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import dev.dynastore.annotations.Query;
import dev.dynastore.annotations.Repository;
import java.util.Optional;

/** The service's access patterns; {@code CustomersImpl} is generated at compile time. */
@Repository
public interface Customers extends DynastoreRepository<Customer> {
  @Query(index = "idx_created")
  Page<Customer> newest(PageRequest page);

  Optional<Versioned<Customer>> get(String id, Consistency consistency);
}
