package dev.dynastore.it.typed;

import dev.dynastore.Consistency;
import dev.dynastore.DynastoreRepository;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import dev.dynastore.annotations.Query;
import dev.dynastore.annotations.Repository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A declared repository: named access patterns, implemented at compile time as {@code CustomersImpl}. */
@Repository
public interface Customers extends DynastoreRepository<Customer> {
  @Query(index = "idx_created")
  Page<Customer> createdIn(KeyRange<Instant> range, PageRequest page);

  @Query(index = "idx_created")
  Stream<Versioned<Customer>> streamCreatedIn(KeyRange<Instant> range, PageRequest page);

  @Query(index = "idx_status")
  Page<Customer> withStatus(Customer.Status status, PageRequest page);

  @Query(index = "idx_status")
  long countWithStatus(Customer.Status status, KeyRange<Instant> range);

  @Query(index = "idx_status")
  Listing<Customer, Instant> byStatus(Customer.Status status);

  long count(Consistency consistency);

  Map<String, Versioned<Customer>> getAll(Collection<String> ids);

  void deleteAll(List<String> ids);

  Optional<Versioned<Customer>> get(String id, Consistency consistency);

  void delete(String id);

  default String nameOf(String id) {
    return get(id, Consistency.STRONG).map(customer -> customer.value().name()).orElse("?");
  }
}
