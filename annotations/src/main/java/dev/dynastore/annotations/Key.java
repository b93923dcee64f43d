package dev.dynastore.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one component that identifies an entity within its partition: the item's {@code name}.
 * A String, UUID, enum, int or long; numbers are stored in decimal, so they sort as text.
 *
 * <p>Like every property annotation, it goes on a record component, a field, or a bean's getter (as the
 * Enhanced Client's {@code @DynamoDbPartitionKey} does): one place per property.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Key {}
