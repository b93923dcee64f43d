package dev.dynastore.processor.discovery;

import dev.dynastore.processor.diagnostics.Diagnostics;
import dev.dynastore.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a record, bean or constructor class into a {@link TypeDeclaration}: which properties it has, how
 * generated code reads and creates it, and the values of the Dynastore annotations on it, read once into plain
 * records. A class's property is annotated on its field or on its getter; a record's, on its component. Structural
 * problems (generic, abstract, inner, private, no usable constructor or accessor) are reported on the type, and
 * annotations where no property is read from (on both a field and its getter, on a setter or another method) on
 * the method; nothing about Dynastore's rules is checked here.
 */
public final class DeclarationScanner {
  private final Elements elements;
  private final Types types;

  public DeclarationScanner(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The declaration, or empty when the type cannot be used (the report says why). */
  public Optional<TypeDeclaration> scan(TypeElement type, Diagnostics report) {
    String name = type.getQualifiedName().toString();
    boolean usable = true;
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, Message.TYPE_GENERIC, name);
      usable = false;
    }
    if (type.getKind() != ElementKind.RECORD && type.getKind() != ElementKind.CLASS
        || type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.error(type, Message.TYPE_ABSTRACT, name);
      return Optional.empty();
    }
    if (type.getNestingKind().isNested() && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      report.error(type, Message.TYPE_INNER, name);
      usable = false;
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        report.error(type, Message.TYPE_PRIVATE, name);
        usable = false;
        break;
      }
    }
    if (!usable) {
      return Optional.empty();
    }
    return type.getKind() == ElementKind.RECORD ? scanRecord(type, report) : scanClass(type, report);
  }

  private Optional<TypeDeclaration> scanRecord(TypeElement type, Diagnostics report) {
    // Dynastore's annotations target fields too, so they sit on each component's private field, which javac
    // (unlike the component itself, on JDK 17) can point errors at. They target methods too, so javac also copies
    // them to the implicit accessors: those copies are not read again.
    Map<String, VariableElement> fields = new HashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      fields.put(field.getSimpleName().toString(), field);
    }
    List<PropertyDeclaration> properties = new ArrayList<>();
    List<String> order = new ArrayList<>();
    Map<String, Element> annotatedByName = new HashMap<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      Element annotated = fields.containsKey(name) ? fields.get(name) : component;
      annotatedByName.put(name, annotated);
      properties.add(property(name, component.asType(), annotated, component.getAccessor().getSimpleName().toString(),
          null));
      order.add(name);
    }
    if (!MisplacedAnnotations.checkRecord(type, annotatedByName, report)) {
      return Optional.empty();
    }
    return Optional.of(
        new TypeDeclaration(type, TypeDeclaration.Shape.RECORD, properties, order, Annotations.partition(type)));
  }

  private Optional<TypeDeclaration> scanClass(TypeElement type, Diagnostics report) {
    List<TypeElement> chain = superclassChain(type);
    List<VariableElement> fields = instanceFields(chain);
    Map<String, ExecutableElement> methods = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getModifiers().contains(Modifier.PRIVATE) && !method.getModifiers().contains(Modifier.STATIC)) {
        methods.putIfAbsent(method.getSimpleName() + "/" + method.getParameters().size(), method);
      }
    }
    List<ExecutableElement> constructors = new ArrayList<>();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (!constructor.getModifiers().contains(Modifier.PRIVATE)) {
        constructors.add(constructor);
      }
    }
    boolean hasNoArgConstructor = constructors.stream().anyMatch(c -> c.getParameters().isEmpty());
    ExecutableElement allFields = hasNoArgConstructor ? null : constructorTakingAll(constructors, fields);
    if (!hasNoArgConstructor && allFields == null) {
      report.error(type, Message.TYPE_NO_CONSTRUCTOR, type.getQualifiedName());
      return Optional.empty();
    }

    List<PropertyDeclaration> properties = new ArrayList<>();
    Map<String, VariableElement> fieldsByName = new HashMap<>();
    Map<String, ExecutableElement> getters = new HashMap<>();
    boolean usable = true;
    for (VariableElement field : fields) {
      String name = field.getSimpleName().toString();
      ExecutableElement getter = getter(methods, field, hasNoArgConstructor);
      fieldsByName.put(name, field);
      if (getter != null) {
        getters.put(name, getter);
      }
      Element annotated = annotated(field, getter, type, report);
      if (annotated == null) {
        usable = false;
        continue;
      }
      boolean ignored = Annotations.find(annotated, AnnotationNames.IGNORE) != null;
      ExecutableElement setter = methods.get(accessorName("set", name) + "/1");
      if (getter == null && !ignored) {
        report.error(field, Message.PROPERTY_NO_GETTER, name, type.getSimpleName(),
            accessorName(isBoolean(field.asType()) ? "is" : "get", name));
        usable = false;
        continue;
      }
      if (hasNoArgConstructor && setter == null && !ignored) {
        report.error(field, Message.PROPERTY_NO_SETTER, name, type.getSimpleName(), accessorName("set", name));
        usable = false;
        continue;
      }
      properties.add(property(name, field.asType(), annotated,
          getter == null ? null : getter.getSimpleName().toString(),
          hasNoArgConstructor && setter != null ? setter.getSimpleName().toString() : null));
    }
    if (!MisplacedAnnotations.checkClass(chain, fieldsByName, getters, report) || !usable) {
      return Optional.empty();
    }
    List<String> order = new ArrayList<>();
    if (allFields != null) {
      for (VariableElement parameter : allFields.getParameters()) {
        order.add(parameter.getSimpleName().toString());
      }
    }
    return Optional.of(new TypeDeclaration(type,
        hasNoArgConstructor ? TypeDeclaration.Shape.BEAN : TypeDeclaration.Shape.CONSTRUCTOR, properties, order,
        Annotations.partition(type)));
  }

  private PropertyDeclaration property(String name, TypeMirror type, Element element, String getter, String setter) {
    return new PropertyDeclaration(name, type, element, getter, setter,
        Annotations.partition(element),
        Annotations.find(element, AnnotationNames.KEY),
        Annotations.indexed(element),
        Annotations.attribute(element),
        Annotations.find(element, AnnotationNames.IGNORE),
        Annotations.find(element, AnnotationNames.EXPIRES),
        Annotations.find(element, AnnotationNames.VERSION),
        Annotations.convert(element));
  }

  /**
   * Where a class's property is annotated: its field, or its getter when only the getter is (as Enhanced Client
   * users annotate {@code getId()}); null, reported on the getter, when both are.
   */
  private static Element annotated(VariableElement field, ExecutableElement getter, TypeElement type,
      Diagnostics report) {
    List<AnnotationMirror> onGetter = getter == null ? List.of() : Annotations.onProperty(getter);
    if (onGetter.isEmpty()) {
      return field;
    }
    if (!Annotations.onProperty(field).isEmpty()) {
      report.error(getter, onGetter.get(0), null, Message.PROPERTY_ANNOTATED_TWICE, field.getSimpleName(),
          type.getSimpleName(), getter.getSimpleName());
      return null;
    }
    return getter;
  }

  /** The type and its superclasses up to {@code Object}, superclasses first. */
  private List<TypeElement> superclassChain(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      chain.add(0, t);
    }
    return chain;
  }

  /** Instance fields of the chain's types, superclass fields first. */
  private static List<VariableElement> instanceFields(List<TypeElement> chain) {
    Map<String, VariableElement> fields = new LinkedHashMap<>();
    for (TypeElement t : chain) {
      for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          fields.put(field.getSimpleName().toString(), field);
        }
      }
    }
    return new ArrayList<>(fields.values());
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }

  private ExecutableElement constructorTakingAll(List<ExecutableElement> constructors, List<VariableElement> fields) {
    for (ExecutableElement constructor : constructors) {
      if (constructor.getParameters().size() != fields.size()) {
        continue;
      }
      Map<String, TypeMirror> byName = new HashMap<>();
      for (VariableElement field : fields) {
        byName.put(field.getSimpleName().toString(), field.asType());
      }
      boolean matches = true;
      for (VariableElement parameter : constructor.getParameters()) {
        TypeMirror fieldType = byName.remove(parameter.getSimpleName().toString());
        if (fieldType == null || !types.isSameType(fieldType, parameter.asType())) {
          matches = false;
          break;
        }
      }
      if (matches) {
        return constructor;
      }
    }
    return null;
  }

  private ExecutableElement getter(Map<String, ExecutableElement> methods, VariableElement field,
      boolean bean) {
    String name = field.getSimpleName().toString();
    ExecutableElement getter = methods.get(accessorName("get", name) + "/0");
    if (getter == null && isBoolean(field.asType())) {
      getter = methods.get(accessorName("is", name) + "/0");
    }
    if (getter == null && !bean) {
      getter = methods.get(name + "/0");
    }
    if (getter != null && !types.isSameType(getter.getReturnType(), field.asType())) {
      return null;
    }
    return getter;
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN;
  }

  static String accessorName(String prefix, String property) {
    return prefix + Character.toUpperCase(property.charAt(0)) + property.substring(1);
  }
}
