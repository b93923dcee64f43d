package dev.dynastore.processor.discovery;

import dev.dynastore.processor.diagnostics.Diagnostics;
import dev.dynastore.processor.diagnostics.Message;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds Dynastore's property annotations on methods that are not where a property is read from, which would
 * otherwise be silently ignored, and reports each on its method, saying where to move it. A class's property is
 * annotated on its field or on the getter discovery reads it with (as Enhanced Client users annotate
 * {@code getId()}); a record's, on its component, which javac copies to the implicit accessor: those copies are
 * expected, an annotation of the accessor's own is not.
 */
final class MisplacedAnnotations {
  private MisplacedAnnotations() {}

  /**
   * Reports the annotated methods of a class and its superclasses that are not its properties' getters.
   *
   * @param fields the properties' fields by name
   * @param getters the getters discovery chose, by property name
   * @return whether none was found
   */
  static boolean checkClass(List<TypeElement> chain, Map<String, VariableElement> fields,
      Map<String, ExecutableElement> getters, Diagnostics report) {
    Collection<ExecutableElement> read = getters.values();
    boolean clean = true;
    for (TypeElement type : chain) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        List<AnnotationMirror> annotations = Annotations.onProperty(method);
        if (annotations.isEmpty() || read.contains(method)) {
          continue;
        }
        String property = propertyName(method.getSimpleName().toString());
        VariableElement field = fields.get(property);
        ExecutableElement getter = getters.get(property);
        String fix = field == null ? "annotate a property on its field or on its getter"
            : "annotate the property once, on the field " + property
                + (getter == null ? "" : " or on its getter " + getter.getSimpleName() + "()");
        String reason;
        if (method.getModifiers().contains(Modifier.STATIC)) {
          reason = "it is static";
        } else if (method.getModifiers().contains(Modifier.PRIVATE)) {
          reason = "it is private";
        } else if (method.getParameters().size() == 1 && method.getSimpleName().toString().startsWith("set")) {
          reason = "it is a setter";
        } else if (!method.getParameters().isEmpty()) {
          reason = "it takes parameters";
        } else if (method.getReturnType().getKind() == TypeKind.VOID) {
          reason = "it returns nothing";
        } else if (field == null) {
          reason = chain.get(chain.size() - 1).getSimpleName() + " has no field " + property
              + ", and Dynastore reads a class's properties from its fields";
          fix = "add a field " + property + ", or " + fix;
        } else if (getter == null) {
          reason = "it is not the getter of property " + property + ", which is a non-private "
              + DeclarationScanner.accessorName(field.asType().getKind() == TypeKind.BOOLEAN ? "is" : "get", property)
              + "() returning " + simpleName(field.asType());
        } else {
          reason = "the getter Dynastore reads for property " + property + " is "
              + getter.getEnclosingElement().getSimpleName() + "." + getter.getSimpleName() + "()";
        }
        String where = type == chain.get(chain.size() - 1) ? signature(method)
            : type.getSimpleName() + "." + signature(method);
        report.error(method, annotations.get(0), null, Message.ANNOTATION_NOT_ON_PROPERTY,
            Annotations.written(annotations.get(0)), where, reason, fix);
        clean = false;
      }
    }
    return clean;
  }

  /**
   * Reports the annotated methods of a record other than its implicit accessors: a method that is no accessor, or
   * an explicitly declared accessor with annotations its component does not have.
   *
   * @param annotated where each component's annotations are read, by component name
   * @return whether none was found
   */
  static boolean checkRecord(TypeElement type, Map<String, Element> annotated, Diagnostics report) {
    Map<String, RecordComponentElement> components = type.getRecordComponents().stream()
        .collect(Collectors.toMap(c -> c.getSimpleName().toString(), c -> c));
    boolean clean = true;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<AnnotationMirror> annotations = Annotations.onProperty(method);
      if (annotations.isEmpty()) {
        continue;
      }
      String name = method.getSimpleName().toString();
      boolean accessor = components.containsKey(name) && method.getParameters().isEmpty()
          && !method.getModifiers().contains(Modifier.STATIC);
      String reason;
      String fix;
      if (!accessor) {
        reason = "it is not the accessor of a component of record " + type.getSimpleName();
        fix = "annotate a record component";
      } else if (copiedFromComponent(annotations, annotated.get(name))) {
        continue;
      } else {
        reason = "it is the explicitly declared accessor of component " + name
            + ", and Dynastore reads a record from its components";
        fix = "annotate the component " + name;
      }
      report.error(method, annotations.get(0), null, Message.ANNOTATION_NOT_ON_PROPERTY,
          Annotations.written(annotations.get(0)), signature(method), reason, fix);
      clean = false;
    }
    return clean;
  }

  /** Whether every annotation is one javac copied from the component (its own carries the same). */
  private static boolean copiedFromComponent(List<AnnotationMirror> annotations, Element component) {
    for (AnnotationMirror mirror : annotations) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (Annotations.find(component, type.getQualifiedName().toString()) == null) {
        return false;
      }
    }
    return true;
  }

  /** The property a method name speaks of: {@code id} for {@code getId}, {@code isActive} or {@code setId}. */
  private static String propertyName(String method) {
    for (String prefix : List.of("get", "set", "is")) {
      if (method.length() > prefix.length() && method.startsWith(prefix)
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        return Character.toLowerCase(method.charAt(prefix.length())) + method.substring(prefix.length() + 1);
      }
    }
    return method;
  }

  /** {@code setId(String)}: the name and the parameters' simple types. */
  private static String signature(ExecutableElement method) {
    return method.getSimpleName() + method.getParameters().stream().map(p -> simpleName(p.asType()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String simpleName(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((DeclaredType) type).asElement().getSimpleName().toString() : type.toString();
  }
}
