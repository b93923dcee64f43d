package dev.dynastore.processor.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads Dynastore's annotation mirrors by name into plain records, once, keeping the mirror and value so that
 * errors can point at them. Only discovery reads annotations; later layers work from the records.
 */
final class Annotations {
  private Annotations() {}

  /** The annotation of that qualified name on the element, or null. */
  static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** Dynastore's property annotations on the element, in declaration order. */
  static List<AnnotationMirror> onProperty(Element element) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (AnnotationNames.PROPERTY_ANNOTATIONS.contains(type.getQualifiedName().toString())) {
        found.add(mirror);
      }
    }
    return found;
  }

  /** How an annotation is written in source: {@code @Key}, and {@code @Indexed} for its container. */
  static String written(AnnotationMirror mirror) {
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    return "@" + (type.getQualifiedName().contentEquals(AnnotationNames.INDEXED_LIST)
        ? type.getEnclosingElement().getSimpleName() : type.getSimpleName());
  }

  /** The element's {@code @Partition}, or null. */
  static PartitionAnnotation partition(Element element) {
    AnnotationMirror mirror = find(element, AnnotationNames.PARTITION);
    return mirror == null ? null
        : new PartitionAnnotation(string(mirror, "value", ""), mirror, explicitValue(mirror, "value"),
            integer(mirror, "shards", 1), explicitValue(mirror, "shards"), string(mirror, "table", ""),
            explicitValue(mirror, "table"));
  }

  /** The element's {@code @Attribute}, or null. */
  static AttributeAnnotation attribute(Element element) {
    AnnotationMirror mirror = find(element, AnnotationNames.ATTRIBUTE);
    return mirror == null ? null
        : new AttributeAnnotation(string(mirror, "value", null), mirror, explicitValue(mirror, "value"));
  }

  /** The element's {@code @Convert}, or null. */
  static ConvertAnnotation convert(Element element) {
    AnnotationMirror mirror = find(element, AnnotationNames.CONVERT);
    return mirror == null ? null : new ConvertAnnotation(type(mirror, "value"), mirror, explicitValue(mirror, "value"));
  }

  /** The method's {@code @Query}, or null. */
  static QueryAnnotation query(Element method) {
    AnnotationMirror mirror = find(method, AnnotationNames.QUERY);
    return mirror == null ? null
        : new QueryAnnotation(string(mirror, "index", ""), mirror, explicitValue(mirror, "index"));
  }

  /** The {@code @Indexed} annotations of an element, direct or inside their container. */
  static List<IndexedAnnotation> indexed(Element element) {
    List<AnnotationMirror> all = new ArrayList<>();
    AnnotationMirror single = find(element, AnnotationNames.INDEXED);
    if (single != null) {
      all.add(single);
    }
    AnnotationMirror container = find(element, AnnotationNames.INDEXED_LIST);
    if (container != null) {
      AnnotationValue values = explicitValue(container, "value");
      if (values != null) {
        for (Object item : (List<?>) values.getValue()) {
          all.add((AnnotationMirror) ((AnnotationValue) item).getValue());
        }
      }
    }
    List<IndexedAnnotation> indexed = new ArrayList<>();
    for (AnnotationMirror mirror : all) {
      indexed.add(new IndexedAnnotation(string(mirror, "value", ""), string(mirror, "partitionBy", ""), mirror,
          explicitValue(mirror, "value"), explicitValue(mirror, "partitionBy")));
    }
    return indexed;
  }

  /** The explicitly given value of an annotation member, or null when the default applies. */
  private static AnnotationValue explicitValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** A string member, or {@code defaultValue} when not given. */
  private static String string(AnnotationMirror mirror, String member, String defaultValue) {
    AnnotationValue value = explicitValue(mirror, member);
    return value == null ? defaultValue : (String) value.getValue();
  }

  /** An int member, or {@code defaultValue} when not given. */
  private static int integer(AnnotationMirror mirror, String member, int defaultValue) {
    AnnotationValue value = explicitValue(mirror, member);
    return value != null && value.getValue() instanceof Integer ? (Integer) value.getValue() : defaultValue;
  }

  /** A class member, or null when not given (or not resolvable). */
  private static TypeMirror type(AnnotationMirror mirror, String member) {
    AnnotationValue value = explicitValue(mirror, member);
    return value != null && value.getValue() instanceof TypeMirror ? (TypeMirror) value.getValue() : null;
  }
}
