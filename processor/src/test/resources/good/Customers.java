package test;

import dev.dynastore.Consistency;
import dev.dynastore.DynastoreRepository;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import dev.dynastore.annotations.Query;
import dev.dynastore.annotations.Repository;
import java.util.Optional;

/** A declared repository: the access patterns of the CRM, named by the team. */
@Repository
public interface Customers extends DynastoreRepository<Customer> {
  @Query(index = "idx_created")
  Page<Customer> createdSince(String prefix, PageRequest page);

  @Query(index = "idx_status")
  Page<Customer> withStatus(Customer.Status status, PageRequest page);

  @Query
  Page<Customer> all(PageRequest page);

  Optional<Versioned<Customer>> get(String id);

  Optional<Versioned<Customer>> get(String id, Consistency consistency);

  boolean exists(String id);

  void delete(String id);

  Page<Customer> list(String prefix, PageRequest page);

  default Optional<Customer> find(String id) {
    return get(id).map(Versioned::value);
  }
}
