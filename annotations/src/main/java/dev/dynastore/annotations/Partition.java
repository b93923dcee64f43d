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
 * {@code customers}. On a component (or bean property) instead, the partition comes from that component's
 * value, e.g. a tenant id; a type-level name then becomes its prefix: with {@code @Partition("customers")} on
 * the type and {@code @Partition} on {@code tenantId}, tenant {@code acme}'s customers live in partition
 * {@code customers#acme}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Partition {
  /** The partition name (on the type) or prefix (with a partition component); empty on a component. */
  String value() default "";
}
