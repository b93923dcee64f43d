package dev.dynastore;

import java.time.Duration;

/**
 * Writes to several entities, of any repositories and tables of one session, that all apply or none does: one
 * {@code TransactWriteItems}. Each write has exactly the condition of its single-item operation (a create needs
 * the key absent or expired, an update or delete the version read, write token included), and {@link #check}
 * adds a condition without a write. Build it fluently, then {@link #commit}:
 *
 * <pre>{@code
 * Committed done = store.transaction()
 *     .create(orders, order)
 *     .update(products, product, product.value().withStock(product.value().stock() - 1))
 *     .check(customers, customer)        // still at the version read
 *     .commit();
 * Versioned<Order> placed = done.versionOf(order);
 * }</pre>
 *
 * <p>Checked before any request against DynamoDB's limits: at most {@value #MAX_ACTIONS} actions, one per item,
 * 4 MB in all. A commit carries a client request token, so a retry of a commit that DynamoDB applied (the SDK's,
 * or calling {@code commit()} again on the same transaction within 10 minutes) does not apply it twice. Not
 * thread-safe: build and commit it on one thread.
 */
public interface Transaction {
  /** DynamoDB's limit of actions in one transaction. */
  int MAX_ACTIONS = 100;

  /** Creates the entity if its key is absent or expired (an expired item is replaced whole). */
  <T> Transaction create(DynastoreRepository<T> repository, T entity);

  /** Creates the entity, expiring {@code ttl} from now unless an {@code @Expires} component says when. */
  <T> Transaction create(DynastoreRepository<T> repository, T entity, Duration ttl);

  /**
   * Writes the entity unconditionally, replacing the stored item whole at version 1 with a new write token (as a
   * batch put does: a transaction cannot bump a version it has not read).
   */
  <T> Transaction put(DynastoreRepository<T> repository, T entity);

  /** Replaces {@code previous} with {@code next} if the stored item is still {@code previous}. */
  <T> Transaction update(DynastoreRepository<T> repository, Versioned<T> previous, T next);

  /** Deletes the entity if the stored item is still {@code previous}. */
  <T> Transaction delete(DynastoreRepository<T> repository, Versioned<T> previous);

  /** Requires the stored item to be still {@code current} (same version and write, not expired), writing nothing. */
  <T> Transaction check(DynastoreRepository<T> repository, Versioned<T> current);

  /**
   * Commits every action, or none.
   *
   * @throws TransactionRejectedException if a condition failed: it names each item and why
   * @throws TransactionConflictException if another transaction was writing one of the items: retry
   * @throws ThrottledException if DynamoDB throttled it through every retry; nothing was written
   * @throws OutcomeUnknownException if it may or may not have been applied: commit the same transaction again
   *     within 10 minutes, which applies it at most once
   * @throws IllegalStateException if it has no action
   */
  Committed commit();
}
