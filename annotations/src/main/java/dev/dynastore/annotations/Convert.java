package dev.dynastore.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a component through a converter of your own: a class implementing the Enhanced Client's
 * {@code AttributeConverter<T>} for the component's type, with a public no-argument constructor. One
 * instance is created per generated schema.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Convert {
  /** The converter class. */
  Class<?> value();
}
