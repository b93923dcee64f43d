package test;

import dev.dynastore.Consistency;
import dev.dynastore.DynastoreRepository;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import java.time.Instant;
import java.util.stream.Stream;
import dev.dynastore.annotations.Query;
import dev.dynastore.annotations.Repository;
import java.util.Optional;

/** A declared repository: the access patterns of the CRM, named by the team. */
@Repository
public interface Customers extends DynastoreRepository<Customer> {
  @Query(index = "idx_created")
  Page<Customer> createdIn(KeyRange<Instant> range, PageRequest page);

  @Query(index = "idx_created")
  Stream<Customer> allCreatedIn(KeyRange<Instant> range, PageRequest page);

  @Query(index = "idx_created")
  long countCreatedIn(KeyRange<Instant> range, Consistency consistency);

  @Query(index = "idx_status")
  Page<Customer> withStatus(Customer.Status status, PageRequest page);

  @Query(index = "idx_status")
  Stream<Versioned<Customer>> versionsWithStatus(Customer.Status status, PageRequest page);

  @Query(index = "idx_status")
  Listing<Customer, Instant> byStatus(Customer.Status status);

  @Query
  Page<Customer> all(PageRequest page);

  Optional<Versioned<Customer>> get(String id);

  Optional<Versioned<Customer>> get(String id, Consistency consistency);

  boolean exists(String id);

  void delete(String id);

  Page<Customer> list(String prefix, PageRequest page);

  long count();

  java.util.Map<String, Versioned<Customer>> getAll(java.util.List<String> ids, Consistency consistency);

  void deleteAll(java.util.Set<String> ids);

  default Optional<Customer> find(String id) {
    return get(id).map(Versioned::value);
  }
}
