package test;

import dev.dynastore.Consistency;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.Versioned;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
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
  public Page<Customer> createdSince(String prefix, PageRequest page) {
    return repository.byCreated().list(prefix, page);
  }

  @Override
  public Page<Customer> withStatus(Customer.Status status, PageRequest page) {
    return repository.byStatus().list(status, page);
  }

  @Override
  public Page<Customer> all(PageRequest page) {
    return repository.list(page);
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
    return repository.list(prefix, page);
  }
}
