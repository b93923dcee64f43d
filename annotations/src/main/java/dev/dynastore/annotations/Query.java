package dev.dynastore.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A listing in a {@link Repository} interface: one page of entities, by key or through an index, checked
 * at compile time against the entity's indexes. The method returns {@code Page<Entity>} and takes, in order:
 * the entity's partition component (if it has one; for a global index, the index's partition component
 * instead), optionally a {@code String} key prefix, and a {@code PageRequest}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The index to list through, as the entity declares it with {@code @Indexed}; empty lists by key. */
  String index() default "";
}
