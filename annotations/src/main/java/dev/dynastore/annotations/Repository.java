package dev.dynastore.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose implementation Dynastore generates at compile time: it extends
 * {@code DynastoreRepository<Entity>} and declares the access patterns you name, e.g.
 *
 * <pre>{@code
 * @Repository
 * public interface Customers extends DynastoreRepository<Customer> {
 *   @Query(index = "idx_created")
 *   Page<Customer> createdSince(String prefix, PageRequest page);
 *
 *   Optional<Versioned<Customer>> get(String id);
 * }
 * }</pre>
 *
 * The implementation is {@code CustomersImpl}. Abstract methods it can implement: {@code @Query} listings,
 * and {@code get}, {@code exists}, {@code delete} and {@code list} taking the entity's key (and partition
 * component). Any other abstract method is a compile error on that method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Repository {}
