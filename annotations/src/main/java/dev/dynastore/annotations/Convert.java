package dev.dynastore.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a component through a converter of your own: a class implementing the Enhanced Client's
 * {@code AttributeConverter<T>} for the component's type, with a public no-argument constructor. One
 * instance is created per generated schema. On a record component, a field, or a bean's getter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Convert {
  /** The converter class. */
  Class<?> value();
}
