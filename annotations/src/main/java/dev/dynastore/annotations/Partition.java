package dev.dynastore.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a record or class an entity, and says which partition its items live in.
 *
 * <p>On the type, {@code @Partition("customers")} puts every item of the type in partition
 * {@code customers}. On a component (a record component, a field, or a bean's getter) instead, the partition
 * comes from that component's value, e.g. a tenant id; a type-level name then becomes its prefix: with
 * {@code @Partition("customers")} on the type and {@code @Partition} on {@code tenantId}, tenant {@code acme}'s
 * customers live in partition {@code customers#acme}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Partition {
  /** The most shards a type's partition can be split into. */
  int MAX_SHARDS = 64;

  /** The partition name (on the type) or prefix (with a partition component); empty on a component. */
  String value() default "";

  /**
   * On the type, how many physical partitions ({@code customers#0} to {@code customers#15} for 16) the type's items
   * are spread over, each item in the one a stable hash of its key picks: DynamoDB serves one partition key about
   * 1,000 writes and 3,000 reads a second, and holds at most 10 GB under one key when the table has local indexes.
   * Reads and writes by key still take one request; a listing takes one per shard per page, merged in order.
   * From 1 (the default: not sharded) to {@value #MAX_SHARDS}. Changing it moves every item: a migration.
   */
  int shards() default 1;

  /**
   * On the type, the table its items live in, as a key into the application's configuration, in kebab-case:
   * with {@code table = "audit"}, the Spring Boot starter binds the type's repositories to the table named by
   * {@code dynastore.tables.audit.name}. Empty (the default): the application's default table. Code that builds
   * repositories itself passes the table it wants and ignores this.
   */
  String table() default "";
}
