package dev.dynastore.processor.validation;

import dev.dynastore.processor.diagnostics.Diagnostics;
import dev.dynastore.processor.diagnostics.UnresolvedTypeException;
import dev.dynastore.processor.discovery.AnnotationNames;
import dev.dynastore.processor.discovery.DeclarationScanner;
import dev.dynastore.processor.discovery.PropertyDeclaration;
import dev.dynastore.processor.discovery.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides, at compile time, how each Java type is stored ({@link StoredType}); a type that cannot be stored gets
 * a reason saying what to do. Nested records and beans are scanned (with discovery's scanner) and classified
 * recursively, each once per classifier; a type that contains itself (a tree) resolves, because it counts as
 * storable while it is being classified.
 */
public final class TypeClassifier {
  /** Types the Enhanced Client's default converters store, with the scalar type they are stored as. */
  private static final Map<String, String> DEFAULT_CONVERTED = new LinkedHashMap<>();

  static {
    for (String s : List.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
        "java.time.ZonedDateTime", "java.time.OffsetDateTime")) {
      DEFAULT_CONVERTED.put(s, "S"); // ISO-8601 strings that sort by time: usable as index keys
    }
    for (String other : List.of("java.time.Duration", "java.time.Period", "java.time.ZoneId", "java.time.ZoneOffset",
        "java.time.MonthDay", "java.util.Locale", "java.net.URI", "java.net.URL", "java.lang.StringBuilder",
        "java.lang.StringBuffer", "java.lang.CharSequence", "java.util.concurrent.atomic.AtomicBoolean",
        "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
        "software.amazon.awssdk.core.SdkNumber", "java.nio.ByteBuffer", "java.util.OptionalInt",
        "java.util.OptionalLong", "java.util.OptionalDouble")) {
      DEFAULT_CONVERTED.put(other, null);
    }
  }

  private final Elements elements;
  private final Types types;
  private final DeclarationScanner scanner;
  /** Nested types classified so far: valid ones, and why the others cannot be stored. */
  private final Map<String, ValidType> nestedTypes = new HashMap<>();
  private final Map<String, String> nestedFailures = new HashMap<>();
  /** The placeholder: nested types being classified, which count as storable meanwhile. */
  private final Set<String> classifying = new HashSet<>();

  public TypeClassifier(Elements elements, Types types, DeclarationScanner scanner) {
    this.elements = elements;
    this.types = types;
    this.scanner = scanner;
  }

  /** A stored type, or why there is none ({@code problem} may be null when the reason was reported already). */
  public record Result(StoredType stored, String problem) {
    static Result of(StoredType stored) {
      return new Result(stored, null);
    }

    static Result fail(String problem) {
      return new Result(null, problem);
    }

    public boolean ok() {
      return stored != null;
    }
  }

  /** How a property is stored, honouring its {@code @Convert}. */
  public Result classify(PropertyDeclaration property) {
    if (property.convert() != null) {
      TypeMirror converter = property.convert().converter();
      if (converter == null || !isConverterFor(converter, property.type())) {
        return Result.fail(null);
      }
      return Result.of(new StoredType.Converted(property.type(), converter, null));
    }
    return classify(property.type());
  }

  /** How a type is stored. */
  public Result classify(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        throw new UnresolvedTypeException(type);
      case BOOLEAN:
        return primitive(StoredType.ScalarKind.BOOLEAN, type);
      case INT:
        return primitive(StoredType.ScalarKind.INT, type);
      case LONG:
        return primitive(StoredType.ScalarKind.LONG, type);
      case SHORT:
        return primitive(StoredType.ScalarKind.SHORT, type);
      case BYTE:
        return primitive(StoredType.ScalarKind.BYTE, type);
      case DOUBLE:
        return primitive(StoredType.ScalarKind.DOUBLE, type);
      case FLOAT:
        return primitive(StoredType.ScalarKind.FLOAT, type);
      case CHAR:
        return primitive(StoredType.ScalarKind.CHAR, type);
      case ARRAY:
        if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
          return Result.of(new StoredType.Scalar(StoredType.ScalarKind.BYTES, false, type));
        }
        return Result.fail("arrays other than byte[] are not supported; use a List");
      case DECLARED:
        return declared((DeclaredType) type);
      default:
        return Result.fail("use a supported type (see the README)");
    }
  }

  /** The valid nested types reachable from a type's stored properties, each once, the type itself excluded. */
  public List<ValidType> nestedTypesOf(ValidType type) {
    Map<String, ValidType> found = new LinkedHashMap<>();
    collect(type, found);
    found.remove(type.element().getQualifiedName().toString());
    return new ArrayList<>(found.values());
  }

  private void collect(ValidType type, Map<String, ValidType> found) {
    for (StoredType stored : type.stored().values()) {
      collect(stored, found);
    }
  }

  private void collect(StoredType stored, Map<String, ValidType> found) {
    if (stored instanceof StoredType.Nested nested) {
      String name = nested.element().getQualifiedName().toString();
      if (found.containsKey(name)) {
        return;
      }
      ValidType type = Objects.requireNonNull(nestedTypes.get(name), name);
      found.put(name, type);
      collect(type, found);
    } else if (stored instanceof StoredType.ListOf list) {
      collect(list.element(), found);
    } else if (stored instanceof StoredType.SetOf set) {
      collect(set.element(), found);
    } else if (stored instanceof StoredType.MapOf map) {
      collect(map.value(), found);
    } else if (stored instanceof StoredType.OptionalOf optional) {
      collect(optional.element(), found);
    }
  }

  private Result primitive(StoredType.ScalarKind kind, TypeMirror type) {
    return Result.of(new StoredType.Scalar(kind, true, type));
  }

  private Result declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    StoredType.ScalarKind boxed = boxedScalar(name);
    if (boxed != null) {
      return Result.of(new StoredType.Scalar(boxed, false, type));
    }
    if (element.getKind() == ElementKind.ENUM) {
      return Result.of(new StoredType.EnumValue(element));
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    switch (name) {
      case "java.util.List":
        return container(arguments, type, "List");
      case "java.util.Set":
        return set(arguments, type);
      case "java.util.Optional":
        return container(arguments, type, "Optional");
      case "java.util.Map":
        return map(arguments, type);
      default:
        break;
    }
    if (DEFAULT_CONVERTED.containsKey(name)) {
      return Result.of(new StoredType.Converted(type, null, DEFAULT_CONVERTED.get(name)));
    }
    if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("software.amazon.")) {
      return Result.fail("it is not among the supported types; name an AttributeConverter with @Convert");
    }
    return nested(element);
  }

  private Result container(List<? extends TypeMirror> arguments, TypeMirror type, String kind) {
    if (arguments.size() != 1) {
      return Result.fail("give the " + kind + " its element type");
    }
    Result element = classify(arguments.get(0));
    if (!element.ok()) {
      return element;
    }
    return Result.of(kind.equals("List") ? new StoredType.ListOf(type, element.stored())
        : new StoredType.OptionalOf(type, element.stored()));
  }

  private Result set(List<? extends TypeMirror> arguments, TypeMirror type) {
    if (arguments.size() != 1) {
      return Result.fail("give the Set its element type");
    }
    Result element = classify(arguments.get(0));
    if (!element.ok()) {
      return element;
    }
    String scalar = element.stored().scalarType();
    if (scalar == null || element.stored() instanceof StoredType.Converted) {
      return Result.fail("a Set is stored as a DynamoDB set of strings, numbers or binaries; for other elements"
          + " use a List");
    }
    return Result.of(new StoredType.SetOf(type, element.stored()));
  }

  private Result map(List<? extends TypeMirror> arguments, TypeMirror type) {
    if (arguments.size() != 2 || !isString(arguments.get(0))) {
      return Result.fail("a Map is stored as a DynamoDB map, whose keys are strings: use Map<String, V>");
    }
    Result value = classify(arguments.get(1));
    return value.ok() ? Result.of(new StoredType.MapOf(type, value.stored())) : value;
  }

  private Result nested(TypeElement element) {
    String name = element.getQualifiedName().toString();
    if (!classifying.contains(name) && !nestedTypes.containsKey(name) && !nestedFailures.containsKey(name)) {
      classifyNested(element);
    }
    if (nestedFailures.containsKey(name)) {
      return Result.fail(nestedFailures.get(name) + "; or name an AttributeConverter with @Convert");
    }
    return Result.of(new StoredType.Nested(element));
  }

  /** Scans and classifies a nested record or bean: valid, or a failure saying why not. */
  private void classifyNested(TypeElement element) {
    String name = element.getQualifiedName().toString();
    classifying.add(name);
    try {
      Diagnostics diagnostics = new Diagnostics();
      Optional<TypeDeclaration> declaration = scanner.scan(element, diagnostics);
      if (declaration.isEmpty()) {
        nestedFailures.put(name, element.getSimpleName() + " cannot be stored as a nested record or bean: "
            + String.join("; ", diagnostics.messages()));
        return;
      }
      Map<String, StoredType> stored = new LinkedHashMap<>();
      for (PropertyDeclaration property : declaration.get().properties()) {
        if (property.ignore() != null) {
          continue;
        }
        Result result = classify(property);
        if (!result.ok()) {
          nestedFailures.put(name, "property " + property.name() + " of " + element.getSimpleName() + " has type "
              + property.type() + ", which cannot be stored"
              + (result.problem() == null ? "" : ": " + result.problem()));
          return;
        }
        stored.put(property.name(), result.stored());
      }
      nestedTypes.put(name, new ValidType(declaration.get(), stored));
    } finally {
      classifying.remove(name);
    }
  }

  /**
   * Whether {@code converter} is a class implementing {@code AttributeConverter<type>} with a public no-arg
   * constructor.
   */
  public boolean isConverterFor(TypeMirror converter, TypeMirror type) {
    TypeElement converterInterface = elements.getTypeElement(AnnotationNames.ATTRIBUTE_CONVERTER);
    if (converterInterface == null || converter.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) converter).asElement();
    if (element.getKind() != ElementKind.CLASS || element.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    boolean publicNoArg = false;
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      publicNoArg |= constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC);
    }
    TypeMirror boxed = type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
    return publicNoArg && types.isAssignable(converter, types.getDeclaredType(converterInterface, boxed));
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  private static StoredType.ScalarKind boxedScalar(String name) {
    switch (name) {
      case "java.lang.String":
        return StoredType.ScalarKind.STRING;
      case "java.lang.Boolean":
        return StoredType.ScalarKind.BOOLEAN;
      case "java.lang.Integer":
        return StoredType.ScalarKind.INT;
      case "java.lang.Long":
        return StoredType.ScalarKind.LONG;
      case "java.lang.Short":
        return StoredType.ScalarKind.SHORT;
      case "java.lang.Byte":
        return StoredType.ScalarKind.BYTE;
      case "java.lang.Double":
        return StoredType.ScalarKind.DOUBLE;
      case "java.lang.Float":
        return StoredType.ScalarKind.FLOAT;
      case "java.lang.Character":
        return StoredType.ScalarKind.CHAR;
      case "java.math.BigDecimal":
        return StoredType.ScalarKind.BIG_DECIMAL;
      case "java.math.BigInteger":
        return StoredType.ScalarKind.BIG_INTEGER;
      case "java.util.UUID":
        return StoredType.ScalarKind.UUID;
      case "java.time.Instant":
        return StoredType.ScalarKind.INSTANT;
      case "software.amazon.awssdk.core.SdkBytes":
        return StoredType.ScalarKind.SDK_BYTES;
      default:
        return null;
    }
  }
}
