package test;

import dev.dynastore.Consistency;
import dev.dynastore.DynastoreRepository;
import dev.dynastore.EntityKey;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.Versioned;
import dev.dynastore.internal.Attributes;
import dev.dynastore.internal.EntityStore;
import dev.dynastore.internal.StoreBacked;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Typed, versioned access to {@link Customer} items: create, read, update with a version check,
 * delete and list, by key or through its indexes.
 */
@Generated("dev.dynastore.processor.DynastoreProcessor")
public final class CustomerRepository implements DynastoreRepository<Customer>, StoreBacked<Customer> {
  private final EntityStore<Customer> store;

  /**
   * A repository over {@code table}, which must have Dynastore's key schema and the indexes
   * in {@link CustomerSchema#INDEXES}.
   */
  @Inject
  public CustomerRepository(Table table) {
    this.store = new EntityStore<>(table, CustomerSchema.INSTANCE);
  }

  /**
   * Creates the table unless it exists, with the indexes of every entity type whose repository this
   * session has made over it so far; if it exists, checks it has this entity's. For tests, samples
   * and first runs. Returns whether it was created. To create or verify a table of several types:
   * {@link dev.dynastore.TableDefinition}.
   * @throws dev.dynastore.TableMismatchException if the table exists without an index this entity needs
   */
  public boolean createTableIfMissing() {
    return this.store.createTableIfMissing();
  }

  /**
   * Creates the customer if its key is absent (or expired: an expired item is replaced whole).
   * @throws dev.dynastore.KeyExistsException if a live item has its key
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> create(Customer customer) {
    return this.store.create(customer, null);
  }

  /**
   * Creates the customer if its key is absent (or expired: an expired item is replaced whole). It expires {@code ttl} from now, unless its {@code @Expires} component says when.
   * @throws dev.dynastore.KeyExistsException if a live item has its key
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> create(Customer customer, Duration ttl) {
    return this.store.create(customer, ttl);
  }

  /**
   * Writes the customer unconditionally, replacing the stored one, its expiry too (attributes other programs added beside it stay).
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> put(Customer customer) {
    return this.store.put(customer, null);
  }

  /**
   * Writes the customer unconditionally, replacing the stored one, its expiry too (attributes other programs added beside it stay). It expires {@code ttl} from now, unless its {@code @Expires} component says when.
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> put(Customer customer, Duration ttl) {
    return this.store.put(customer, ttl);
  }

  /**
   * Replaces {@code previous} with {@code next}, only if the stored item is still {@code previous}. The stored expiry stays, unless an {@code @Expires} component says it.
   * @throws dev.dynastore.KeyModifiedException if it was written, deleted or expired since
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> update(Versioned<Customer> previous, Customer next) {
    return this.store.update(previous, next, null);
  }

  /**
   * Replaces {@code previous} with {@code next}, only if the stored item is still {@code previous}. It then expires {@code ttl} from now, unless an {@code @Expires} component says when.
   * @throws dev.dynastore.KeyModifiedException if it was written, deleted or expired since
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> update(Versioned<Customer> previous, Customer next, Duration ttl) {
    return this.store.update(previous, next, ttl);
  }

  /**
   * Reads the customer; empty when absent or expired. Eventually consistent.
   */
  public Optional<Versioned<Customer>> get(String id) {
    return this.store.get(CustomerSchema.PARTITION, CustomerSchema.key(id), Consistency.EVENTUAL);
  }

  /**
   * Reads the customer; empty when absent or expired.
   */
  public Optional<Versioned<Customer>> get(String id, Consistency consistency) {
    return this.store.get(CustomerSchema.PARTITION, CustomerSchema.key(id), consistency);
  }

  /**
   * Whether a live customer is stored under the key. Eventually consistent.
   */
  public boolean exists(String id) {
    return this.store.exists(CustomerSchema.PARTITION, CustomerSchema.key(id), Consistency.EVENTUAL);
  }

  /**
   * Whether a live customer is stored under the key.
   */
  public boolean exists(String id, Consistency consistency) {
    return this.store.exists(CustomerSchema.PARTITION, CustomerSchema.key(id), consistency);
  }

  /**
   * Deletes the customer under the key, whatever version is stored.
   */
  public void delete(String id) {
    this.store.delete(CustomerSchema.PARTITION, CustomerSchema.key(id));
  }

  /**
   * Deletes the customer only if the stored item is still {@code previous}.
   * @throws dev.dynastore.KeyModifiedException if another version is stored
   * @throws dev.dynastore.KeyNotFoundException if none is
   */
  public void delete(Versioned<Customer> previous) {
    this.store.delete(previous);
  }

  /**
   * The key of one customer, to read it in a snapshot with others ({@code store.snapshot(...)}).
   */
  public EntityKey<Customer> key(String id) {
    return this.store.key(CustomerSchema.PARTITION, CustomerSchema.key(id));
  }

  /**
   * The store behind this repository, for Dynastore's transactions: not for your code.
   */
  @Override
  public EntityStore<Customer> entityStore() {
    return this.store;
  }

  /**
   * Reads the customers of these keys, 100 per request: the live ones, keyed as given; an absent or expired
   * key is missing from the map. Eventually consistent.
   * @throws dev.dynastore.BatchIncompleteException if DynamoDB left some unprocessed through every retry
   */
  public Map<String, Versioned<Customer>> getAll(Collection<String> ids) {
    return this.store.getAll(CustomerSchema.PARTITION, ids, CustomerSchema::key, Consistency.EVENTUAL);
  }

  /**
   * Reads the customers of these keys, 100 per request: the live ones, keyed as given; an absent or expired
   * key is missing from the map.
   * @throws dev.dynastore.BatchIncompleteException if DynamoDB left some unprocessed through every retry
   */
  public Map<String, Versioned<Customer>> getAll(Collection<String> ids, Consistency consistency) {
    return this.store.getAll(CustomerSchema.PARTITION, ids, CustomerSchema::key, consistency);
  }

  /**
   * Writes the customers unconditionally, 25 per request: each replaces the whole stored item
   * (attributes other programs added are lost) and starts again at version 1. Not versioned and not
   * atomic: when it fails, some may be written. For either, use a transaction.
   * @throws dev.dynastore.BatchIncompleteException if DynamoDB left some unprocessed through every retry
   */
  public List<Versioned<Customer>> putAll(Collection<Customer> customers) {
    return this.store.putAll(customers, null);
  }

  /**
   * Writes the customers unconditionally, 25 per request: each replaces the whole stored item
   * (attributes other programs added are lost) and starts again at version 1. Not versioned and not
   * atomic: when it fails, some may be written. For either, use a transaction.
   * They expire {@code ttl} from now, unless an {@code @Expires} component says when.
   * @throws dev.dynastore.BatchIncompleteException if DynamoDB left some unprocessed through every retry
   */
  public List<Versioned<Customer>> putAll(Collection<Customer> customers, Duration ttl) {
    return this.store.putAll(customers, ttl);
  }

  /**
   * Deletes the customers of these keys unconditionally, 25 per request. Not atomic.
   * @throws dev.dynastore.BatchIncompleteException if DynamoDB left some unprocessed through every retry
   */
  public void deleteAll(Collection<String> ids) {
    this.store.deleteAll(CustomerSchema.PARTITION, ids, CustomerSchema::key);
  }

  /**
   * The customers in the order of their keys: narrow it with {@code where}, then list, stream or count it.
   */
  public Listing<Customer, String> listing() {
    return this.store.listing(CustomerSchema.PARTITION, null, CustomerSchema::idSortKey);
  }

  /**
   * Lists the customers by key: one page.
   */
  public Page<Customer> list(PageRequest request) {
    return listing().list(request);
  }

  /**
   * The customers whose {@code status} is given, in the order of {@code created}, through the global index {@code idx_status}.
   */
  public Listing<Customer, Instant> byStatus(Customer.Status status) {
    return this.store.globalListing(CustomerSchema.IDX_STATUS, Attributes.enumeration(Objects.requireNonNull(status, "status == null")), CustomerSchema.PARTITION, CustomerSchema::createdSortKey);
  }

  /**
   * The customers in the order of {@code created}, through the local index {@code idx_created}.
   */
  public Listing<Customer, Instant> byCreated() {
    return this.store.listing(CustomerSchema.PARTITION, CustomerSchema.IDX_CREATED, CustomerSchema::createdSortKey);
  }
}
