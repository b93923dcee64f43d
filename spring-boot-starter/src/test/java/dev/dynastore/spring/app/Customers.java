package dev.dynastore.spring.app;

import dev.dynastore.DynastoreRepository;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.annotations.Query;
import dev.dynastore.annotations.Repository;

/** The customers' access patterns; {@code CustomersImpl} is generated. */
@Repository
public interface Customers extends DynastoreRepository<Customer> {
  @Query(index = "idx_created")
  Page<Customer> newest(PageRequest page);
}
