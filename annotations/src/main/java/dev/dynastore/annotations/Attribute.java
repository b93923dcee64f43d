package dev.dynastore.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a component under another attribute name, e.g. to keep a stored name when a component is renamed,
 * or to move an indexed component off a reserved name ({@code id}, {@code name}, {@code version},
 * {@code expires}, {@code payload}, {@code wtoken}). On a record component, a field, or a bean's getter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Attribute {
  /** The attribute name. */
  String value();
}
