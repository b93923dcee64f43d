package dev.dynastore.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a component the sort key of a secondary index: it is copied to a top-level attribute of the item
 * (named like the component, or by {@link Attribute}), and the generated repository gets one typed accessor
 * for the index, e.g. {@code byCreated()} for {@code idx_created}.
 *
 * <p>A local index by default: same partition, sorted by this component. With {@link #partitionBy()}, a
 * global index whose partition is another component's attribute:
 * {@code @Indexed(value = "idx_status", partitionBy = "status") Instant created}. The index name is the
 * name the table defines.
 *
 * <p>On a record component, a field, or a bean's getter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Repeatable(Indexed.List.class)
public @interface Indexed {
  /** The index name, as the table defines it. */
  String value();

  /**
   * For a global secondary index: the attribute of the component that partitions the index. Empty (the
   * default) for a local secondary index.
   */
  String partitionBy() default "";

  /** Holds repeated {@link Indexed} annotations: one component can sort several indexes. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
  @interface List {
    /** The indexes. */
    Indexed[] value();
  }
}
