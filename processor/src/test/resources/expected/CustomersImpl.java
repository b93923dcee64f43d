package test;

import dev.dynastore.Consistency;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.Versioned;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * The implementation of {@link Customers}, generated from its declaration.
 */
@Generated("dev.dynastore.processor.DynastoreProcessor")
public final class CustomersImpl implements Customers {
  private final CustomerRepository repository;

  /**
   * An implementation over {@code table}.
   */
  @Inject
  public CustomersImpl(Table table) {
    this.repository = new CustomerRepository(table);
  }

  @Override
  public Versioned<Customer> create(Customer entity) {
    return repository.create(entity);
  }

  @Override
  public Versioned<Customer> create(Customer entity, Duration ttl) {
    return repository.create(entity, ttl);
  }

  @Override
  public Versioned<Customer> put(Customer entity) {
    return repository.put(entity);
  }

  @Override
  public Versioned<Customer> update(Versioned<Customer> previous, Customer next) {
    return repository.update(previous, next);
  }

  @Override
  public void delete(Versioned<Customer> previous) {
    repository.delete(previous);
  }

  @Override
  public boolean createTableIfMissing() {
    return repository.createTableIfMissing();
  }

  @Override
  public Page<Customer> createdIn(KeyRange<Instant> range, PageRequest page) {
    return repository.byCreated().where(range).list(page);
  }

  @Override
  public Stream<Customer> allCreatedIn(KeyRange<Instant> range, PageRequest page) {
    return repository.byCreated().where(range).stream(page);
  }

  @Override
  public long countCreatedIn(KeyRange<Instant> range, Consistency consistency) {
    return repository.byCreated().where(range).count(consistency);
  }

  @Override
  public Page<Customer> withStatus(Customer.Status status, PageRequest page) {
    return repository.byStatus(status).list(page);
  }

  @Override
  public Stream<Versioned<Customer>> versionsWithStatus(Customer.Status status, PageRequest page) {
    return repository.byStatus(status).streamVersioned(page);
  }

  @Override
  public Listing<Customer, Instant> byStatus(Customer.Status status) {
    return repository.byStatus(status);
  }

  @Override
  public Page<Customer> all(PageRequest page) {
    return repository.listing().list(page);
  }

  @Override
  public Optional<Versioned<Customer>> get(String id) {
    return repository.get(id);
  }

  @Override
  public Optional<Versioned<Customer>> get(String id, Consistency consistency) {
    return repository.get(id, consistency);
  }

  @Override
  public boolean exists(String id) {
    return repository.exists(id);
  }

  @Override
  public void delete(String id) {
    repository.delete(id);
  }

  @Override
  public Page<Customer> list(String prefix, PageRequest page) {
    return repository.listing().where(KeyRange.beginsWith(prefix)).list(page);
  }

  @Override
  public long count() {
    return repository.listing().count();
  }
}
