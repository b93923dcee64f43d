package test;

import dev.dynastore.Consistency;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.Versioned;
import dev.dynastore.internal.Attributes;
import dev.dynastore.internal.EntityStore;
import dev.dynastore.kv.Index;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Typed, versioned access to {@link Customer} items: create, read, update with a version check,
 * delete and list, by key or through its indexes.
 */
@Generated("dev.dynastore.processor.DynastoreProcessor")
public final class CustomerRepository {
  private final EntityStore<Customer> store;

  private final ByStatus byStatus;

  private final ByCreated byCreated;

  /**
   * A repository over {@code table}, which must have Dynastore's key schema and the indexes
   * in {@link CustomerSchema#INDEXES}.
   */
  @Inject
  public CustomerRepository(Table table) {
    this.store = new EntityStore<>(table, CustomerSchema.INSTANCE);
    this.byStatus = new ByStatus(store);
    this.byCreated = new ByCreated(store);
  }

  /**
   * Creates the table with the indexes this entity needs, unless it exists: for tests, samples and
   * first runs. Returns whether it was created.
   */
  public boolean createTableIfMissing() {
    return store.table().createIfMissing(CustomerSchema.INDEXES.toArray(new Index[0]));
  }

  /**
   * Creates the customer if its key is absent (or expired: an expired item is replaced whole).
   * @throws dev.dynastore.KeyExistsException if a live item has its key
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> create(Customer customer) {
    return store.create(customer, null);
  }

  /**
   * Creates the customer if its key is absent (or expired: an expired item is replaced whole). It expires {@code ttl} from now, unless its {@code @Expires} component says when.
   * @throws dev.dynastore.KeyExistsException if a live item has its key
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> create(Customer customer, Duration ttl) {
    return store.create(customer, ttl);
  }

  /**
   * Writes the customer unconditionally, replacing the stored one, its expiry too (attributes other programs added beside it stay).
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> put(Customer customer) {
    return store.put(customer, null);
  }

  /**
   * Writes the customer unconditionally, replacing the stored one, its expiry too (attributes other programs added beside it stay). It expires {@code ttl} from now, unless its {@code @Expires} component says when.
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> put(Customer customer, Duration ttl) {
    return store.put(customer, ttl);
  }

  /**
   * Replaces {@code previous} with {@code next}, only if the stored item is still {@code previous}. The stored expiry stays, unless an {@code @Expires} component says it.
   * @throws dev.dynastore.KeyModifiedException if it was written, deleted or expired since
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> update(Versioned<Customer> previous, Customer next) {
    return store.update(previous, next, null);
  }

  /**
   * Replaces {@code previous} with {@code next}, only if the stored item is still {@code previous}. It then expires {@code ttl} from now, unless an {@code @Expires} component says when.
   * @throws dev.dynastore.KeyModifiedException if it was written, deleted or expired since
   * @throws dev.dynastore.OutcomeUnknownException if it may or may not have been applied
   */
  public Versioned<Customer> update(Versioned<Customer> previous, Customer next, Duration ttl) {
    return store.update(previous, next, ttl);
  }

  /**
   * Reads the customer; empty when absent or expired. Eventually consistent.
   */
  public Optional<Versioned<Customer>> get(String id) {
    return store.get(CustomerSchema.PARTITION, CustomerSchema.key(id), Consistency.EVENTUAL);
  }

  /**
   * Reads the customer; empty when absent or expired.
   */
  public Optional<Versioned<Customer>> get(String id, Consistency consistency) {
    return store.get(CustomerSchema.PARTITION, CustomerSchema.key(id), consistency);
  }

  /**
   * Whether a live customer is stored under the key. Eventually consistent.
   */
  public boolean exists(String id) {
    return store.exists(CustomerSchema.PARTITION, CustomerSchema.key(id), Consistency.EVENTUAL);
  }

  /**
   * Whether a live customer is stored under the key.
   */
  public boolean exists(String id, Consistency consistency) {
    return store.exists(CustomerSchema.PARTITION, CustomerSchema.key(id), consistency);
  }

  /**
   * Deletes the customer under the key, whatever version is stored.
   */
  public void delete(String id) {
    store.delete(CustomerSchema.PARTITION, CustomerSchema.key(id));
  }

  /**
   * Deletes the customer only if the stored item is still {@code previous}.
   * @throws dev.dynastore.KeyModifiedException if another version is stored
   * @throws dev.dynastore.KeyNotFoundException if none is
   */
  public void delete(Versioned<Customer> previous) {
    store.delete(previous);
  }

  /**
   * Lists the customers by key: one page.
   */
  public Page<Customer> list(PageRequest request) {
    return store.list(CustomerSchema.PARTITION, null, "", request);
  }

  /**
   * Lists the customers by key, only those whose sort key begins with {@code prefix}: one page.
   */
  public Page<Customer> list(String prefix, PageRequest request) {
    return store.list(CustomerSchema.PARTITION, null, prefix, request);
  }

  /**
   * Lists through the global index {@code idx_status}, sorted by {@code created}.
   */
  public ByStatus byStatus() {
    return byStatus;
  }

  /**
   * Lists through the local index {@code idx_created}, sorted by {@code created}.
   */
  public ByCreated byCreated() {
    return byCreated;
  }

  /**
   * Lists {@link Customer}s through the global index {@code idx_status}, sorted by {@code created}.
   */
  public static final class ByStatus {
    private final EntityStore<Customer> store;

    private ByStatus(EntityStore<Customer> store) {
      this.store = store;
    }

    /**
     * Lists the customers whose {@code status} is given, by {@code created}: one page.
     */
    public Page<Customer> list(Customer.Status status, PageRequest request) {
      return store.listGlobal(CustomerSchema.IDX_STATUS, Attributes.enumeration(Objects.requireNonNull(status, "status == null")), CustomerSchema.PARTITION, "", request);
    }

    /**
     * Lists the customers whose {@code status} is given, by {@code created}, only those whose sort key begins with {@code prefix}: one page.
     */
    public Page<Customer> list(Customer.Status status, String prefix, PageRequest request) {
      return store.listGlobal(CustomerSchema.IDX_STATUS, Attributes.enumeration(Objects.requireNonNull(status, "status == null")), CustomerSchema.PARTITION, prefix, request);
    }
  }

  /**
   * Lists {@link Customer}s through the local index {@code idx_created}, sorted by {@code created}.
   */
  public static final class ByCreated {
    private final EntityStore<Customer> store;

    private ByCreated(EntityStore<Customer> store) {
      this.store = store;
    }

    /**
     * Lists the customers by {@code created}: one page.
     */
    public Page<Customer> list(PageRequest request) {
      return store.list(CustomerSchema.PARTITION, CustomerSchema.IDX_CREATED, "", request);
    }

    /**
     * Lists the customers by {@code created}, only those whose sort key begins with {@code prefix}: one page.
     */
    public Page<Customer> list(String prefix, PageRequest request) {
      return store.list(CustomerSchema.PARTITION, CustomerSchema.IDX_CREATED, prefix, request);
    }
  }
}
