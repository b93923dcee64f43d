package dev.dynastore.processor.discovery;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One component of a record, or property of a bean or constructor class, as written: its type, how to read
 * and set it, and the Dynastore annotations on it, read once (null when absent). The marker annotations
 * ({@code @Key}, {@code @Ignore}, {@code @Expires}, {@code @Version}) have no values: their mirrors are kept
 * for errors to point at.
 *
 * @param name the Java name
 * @param type the declared type
 * @param element where the annotations are, and where errors point: the field (a record component's too), or the
 *     getter of a class's property annotated there
 * @param getter the method that reads it ({@code id} for a record, {@code getId} for a bean)
 * @param setter the bean setter, or null
 * @param indexed every {@code @Indexed} on it, in declaration order
 */
public record PropertyDeclaration(
    String name,
    TypeMirror type,
    Element element,
    String getter,
    String setter,
    PartitionAnnotation partition,
    AnnotationMirror key,
    List<IndexedAnnotation> indexed,
    AttributeAnnotation attribute,
    AnnotationMirror ignore,
    AnnotationMirror expires,
    AnnotationMirror version,
    ConvertAnnotation convert) {

  /** The attribute name the property is stored under. */
  public String attributeName() {
    return attribute == null || attribute.name() == null ? name : attribute.name();
  }
}
