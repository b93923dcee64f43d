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

/** Reads annotation mirrors by name, so that errors can point at the exact annotation and value. */
public final class Annotations {
  private Annotations() {}

  /** The annotation of that qualified name on the element, or null. */
  public static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The explicitly given value of an annotation member, or null when the default applies. */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** A string member, or {@code defaultValue} when not given. */
  public static String string(AnnotationMirror mirror, String member, String defaultValue) {
    AnnotationValue value = explicitValue(mirror, member);
    return value == null ? defaultValue : (String) value.getValue();
  }

  /** A class member, or null when not given (or not resolvable). */
  public static TypeMirror type(AnnotationMirror mirror, String member) {
    AnnotationValue value = explicitValue(mirror, member);
    return value != null && value.getValue() instanceof TypeMirror ? (TypeMirror) value.getValue() : null;
  }

  /** The {@code @Indexed} annotations of an element, direct or inside their container. */
  public static List<AnnotationMirror> indexed(Element element) {
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
    return all;
  }
}
