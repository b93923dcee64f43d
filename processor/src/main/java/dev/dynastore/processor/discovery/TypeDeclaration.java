package dev.dynastore.processor.discovery;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A record or class as Dynastore reads it: its shape, its properties in declaration order, for records and
 * constructor classes the order in which the constructor takes them, and its type-level {@code @Partition}.
 *
 * @param partition the {@code @Partition} on the type, or null (a nested type, or a partition component alone)
 */
public record TypeDeclaration(TypeElement element, Shape shape, List<PropertyDeclaration> properties,
    List<String> constructorOrder, PartitionAnnotation partition) {

  /** How instances are made. */
  public enum Shape {
    /** A record: the canonical constructor, accessors named like the components. */
    RECORD,
    /** A JavaBean: a no-argument constructor, getters and setters. */
    BEAN,
    /** An immutable class: a constructor taking every field, and getters. */
    CONSTRUCTOR
  }
}
