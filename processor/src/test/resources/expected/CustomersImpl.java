package test;

import dev.dynastore.Consistency;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.Versioned;
import dev.dynastore.internal.EntityStore;
import dev.dynastore.internal.StoreBacked;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * The implementation of {@link Customers}, generated from its declaration.
 */
@Generated("dev.dynastore.processor.DynastoreProcessor")
public final class CustomersImpl implements Customers, StoreBacked<Customer> {
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
    return this.repository.create(entity);
  }

  @Override
  public Versioned<Customer> create(Customer entity, Duration ttl) {
    return this.repository.create(entity, ttl);
  }

  @Override
  public Versioned<Customer> put(Customer entity) {
    return this.repository.put(entity);
  }

  /**
   * The store behind this repository, for Dynastore's transactions: not for your code.
   */
  @Override
  public EntityStore<Customer> entityStore() {
    return this.repository.entityStore();
  }

  @Override
  public List<Versioned<Customer>> putAll(Collection<Customer> entities) {
    return this.repository.putAll(entities);
  }

  @Override
  public Versioned<Customer> update(Versioned<Customer> previous, Customer next) {
    return this.repository.update(previous, next);
  }

  @Override
  public void delete(Versioned<Customer> previous) {
    this.repository.delete(previous);
  }

  @Override
  public boolean createTableIfMissing() {
    return this.repository.createTableIfMissing();
  }

  @Override
  public Page<Customer> createdIn(KeyRange<Instant> range, PageRequest page) {
    return this.repository.byCreated().where(range).list(page);
  }

  @Override
  public Stream<Customer> allCreatedIn(KeyRange<Instant> range, PageRequest page) {
    return this.repository.byCreated().where(range).stream(page);
  }

  @Override
  public long countCreatedIn(KeyRange<Instant> range, Consistency consistency) {
    return this.repository.byCreated().where(range).count(consistency);
  }

  @Override
  public Page<Customer> withStatus(Customer.Status status, PageRequest page) {
    return this.repository.byStatus(status).list(page);
  }

  @Override
  public Stream<Versioned<Customer>> versionsWithStatus(Customer.Status status, PageRequest page) {
    return this.repository.byStatus(status).streamVersioned(page);
  }

  @Override
  public Listing<Customer, Instant> byStatus(Customer.Status status) {
    return this.repository.byStatus(status);
  }

  @Override
  public Page<Customer> all(PageRequest page) {
    return this.repository.listing().list(page);
  }

  @Override
  public Optional<Versioned<Customer>> get(String id) {
    return this.repository.get(id);
  }

  @Override
  public Optional<Versioned<Customer>> get(String id, Consistency consistency) {
    return this.repository.get(id, consistency);
  }

  @Override
  public boolean exists(String id) {
    return this.repository.exists(id);
  }

  @Override
  public void delete(String id) {
    this.repository.delete(id);
  }

  @Override
  public Page<Customer> list(String prefix, PageRequest page) {
    return this.repository.listing().where(KeyRange.beginsWith(prefix)).list(page);
  }

  @Override
  public long count() {
    return this.repository.listing().count();
  }

  @Override
  public Map<String, Versioned<Customer>> getAll(List<String> ids, Consistency consistency) {
    return this.repository.getAll(ids, consistency);
  }

  @Override
  public void deleteAll(Set<String> ids) {
    this.repository.deleteAll(ids);
  }
}
