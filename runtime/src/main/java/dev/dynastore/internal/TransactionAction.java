package dev.dynastore.internal;

import dev.dynastore.Versioned;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One action of a transaction, ready to send: what it is, which item, its request item, its stored size, the
 * entity as given and as it will be stored (both null for a delete or a check). Internal.
 */
record TransactionAction(Kind kind, String table, String entityType, String partition, String key, long size,
    TransactWriteItem item, Object given, Versioned<?> result, Session session, Fence fence, DefaultLease lease) {

  /** What an action does. */
  enum Kind { CREATE, PUT, UPDATE, DELETE, CHECK }

  /** The item's address, as {@code partition/key}. */
  String address() {
    return partition + "/" + key;
  }
}
