package dev.dynastore.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes the stored version in a {@code long} component: filled in when the entity is read, never written
 * (the version is Dynastore's). To update conditionally, pass the {@code Versioned} you read. On a record
 * component, a field, or a bean's getter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Version {}
