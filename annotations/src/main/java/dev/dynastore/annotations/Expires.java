package dev.dynastore.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Instant} component as the entity's expiry: written as the item's {@code expires} (whole
 * epoch seconds) and read back from it; null means the entity never expires. An expired entity is absent to
 * every read, whatever DynamoDB's TTL sweeper has done yet. On a record component, a field, or a bean's getter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Expires {}
