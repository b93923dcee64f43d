package dev.dynastore.processor.model;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.dynastore.processor.diagnostics.Diagnostics;
import dev.dynastore.processor.diagnostics.UnresolvedTypeException;
import dev.dynastore.processor.discovery.DeclarationScanner;
import dev.dynastore.processor.discovery.PropertyDeclaration;
import dev.dynastore.processor.discovery.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides, at compile time, how each Java type is stored ({@link ValueMapping}), and builds the models of the
 * nested records and beans it meets. A type that cannot be stored gets a reason saying what to do.
 */
public final class ValueMappings {
  private static final ClassName PROVIDER =
      ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "AttributeConverterProvider");
  private static final ClassName ENHANCED_TYPE = ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "EnhancedType");
  private static final String CONVERTER = "software.amazon.awssdk.enhanced.dynamodb.AttributeConverter";

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
  private final Map<String, Optional<TypeModel>> nestedModels = new HashMap<>();
  private final Map<String, String> nestedFailures = new HashMap<>();

  public ValueMappings(Elements elements, Types types, DeclarationScanner scanner) {
    this.elements = elements;
    this.types = types;
    this.scanner = scanner;
  }

  /** A mapping, or why there is none. */
  public record Result(ValueMapping mapping, String problem) {
    static Result of(ValueMapping mapping) {
      return new Result(mapping, null);
    }

    static Result fail(String problem) {
      return new Result(null, problem);
    }

    public boolean ok() {
      return mapping != null;
    }
  }

  /** How a property is stored, honouring its {@code @Convert}. */
  public Result forProperty(PropertyDeclaration property) {
    if (property.convert() != null) {
      TypeMirror converter = property.convert().converter();
      if (converter == null || !isConverterFor(converter, property.type())) {
        return Result.fail(null);
      }
      return Result.of(new ValueMapping.Converted(TypeName.get(property.type()),
          CodeBlock.of("new $T()", TypeName.get(converter)), null));
    }
    return forType(property.type());
  }

  /** How a type is stored. */
  public Result forType(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        throw new UnresolvedTypeException(type);
      case BOOLEAN:
        return primitive(ValueMapping.ScalarKind.BOOLEAN, type);
      case INT:
        return primitive(ValueMapping.ScalarKind.INT, type);
      case LONG:
        return primitive(ValueMapping.ScalarKind.LONG, type);
      case SHORT:
        return primitive(ValueMapping.ScalarKind.SHORT, type);
      case BYTE:
        return primitive(ValueMapping.ScalarKind.BYTE, type);
      case DOUBLE:
        return primitive(ValueMapping.ScalarKind.DOUBLE, type);
      case FLOAT:
        return primitive(ValueMapping.ScalarKind.FLOAT, type);
      case CHAR:
        return primitive(ValueMapping.ScalarKind.CHAR, type);
      case ARRAY:
        if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
          return Result.of(new ValueMapping.Scalar(ValueMapping.ScalarKind.BYTES, false, TypeName.get(type)));
        }
        return Result.fail("arrays other than byte[] are not supported; use a List");
      case DECLARED:
        return declared((DeclaredType) type);
      default:
        return Result.fail("use a supported type (see the README)");
    }
  }

  private Result primitive(ValueMapping.ScalarKind kind, TypeMirror type) {
    return Result.of(new ValueMapping.Scalar(kind, true, TypeName.get(type)));
  }

  private Result declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    TypeName javaType = TypeName.get(type);
    ValueMapping.ScalarKind boxed = boxedScalar(name);
    if (boxed != null) {
      return Result.of(new ValueMapping.Scalar(boxed, false, javaType));
    }
    if (element.getKind() == ElementKind.ENUM) {
      return Result.of(new ValueMapping.EnumValue(ClassName.get(element)));
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    switch (name) {
      case "java.util.List":
        return container(arguments, javaType, "List");
      case "java.util.Set":
        return set(arguments, javaType);
      case "java.util.Optional":
        return container(arguments, javaType, "Optional");
      case "java.util.Map":
        return map(arguments, javaType);
      default:
        break;
    }
    if (DEFAULT_CONVERTED.containsKey(name)) {
      return Result.of(new ValueMapping.Converted(javaType,
          CodeBlock.of("$T.defaultProvider().converterFor($T.of($T.class))", PROVIDER, ENHANCED_TYPE, javaType),
          DEFAULT_CONVERTED.get(name)));
    }
    if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("software.amazon.")) {
      return Result.fail("it is not among the supported types; name an AttributeConverter with @Convert");
    }
    return nested(element);
  }

  private Result container(List<? extends TypeMirror> arguments, TypeName javaType, String kind) {
    if (arguments.size() != 1) {
      return Result.fail("give the " + kind + " its element type");
    }
    Result element = forType(arguments.get(0));
    if (!element.ok()) {
      return element;
    }
    return Result.of(kind.equals("List") ? new ValueMapping.ListOf(javaType, element.mapping())
        : new ValueMapping.OptionalOf(javaType, element.mapping()));
  }

  private Result set(List<? extends TypeMirror> arguments, TypeName javaType) {
    if (arguments.size() != 1) {
      return Result.fail("give the Set its element type");
    }
    Result element = forType(arguments.get(0));
    if (!element.ok()) {
      return element;
    }
    String scalar = element.mapping().scalarType();
    if (scalar == null || element.mapping() instanceof ValueMapping.Converted) {
      return Result.fail("a Set is stored as a DynamoDB set of strings, numbers or binaries; for other elements"
          + " use a List");
    }
    return Result.of(new ValueMapping.SetOf(javaType, element.mapping()));
  }

  private Result map(List<? extends TypeMirror> arguments, TypeName javaType) {
    if (arguments.size() != 2 || !isString(arguments.get(0))) {
      return Result.fail("a Map is stored as a DynamoDB map, whose keys are strings: use Map<String, V>");
    }
    Result value = forType(arguments.get(1));
    return value.ok() ? Result.of(new ValueMapping.MapOf(javaType, value.mapping())) : value;
  }

  private Result nested(TypeElement element) {
    String name = element.getQualifiedName().toString();
    Optional<TypeModel> model = nestedModel(element);
    if (model.isPresent()) {
      return Result.of(new ValueMapping.Nested(ClassName.get(element), model.get().schema()));
    }
    return Result.fail(nestedFailures.getOrDefault(name, name + " is not a usable record or bean")
        + "; or name an AttributeConverter with @Convert");
  }

  /** The model of a nested record or bean, built once; empty when the type cannot be stored. */
  public Optional<TypeModel> nestedModel(TypeElement element) {
    String name = element.getQualifiedName().toString();
    Optional<TypeModel> known = nestedModels.get(name);
    if (known != null) {
      return known;
    }
    ClassName schema = Names.schemaOf(element);
    // placeholder first, so that a type containing itself (a tree) resolves
    nestedModels.put(name, Optional.of(new TypeModel(element, ClassName.get(element), schema,
        TypeDeclaration.Shape.RECORD, List.of(), List.of())));
    Diagnostics report = new Diagnostics();
    Optional<TypeDeclaration> declaration = scanner.scan(element, report);
    if (declaration.isEmpty()) {
      nestedModels.put(name, Optional.empty());
      nestedFailures.put(name, element.getSimpleName() + " cannot be stored as a nested record or bean: "
          + String.join("; ", report.messages()));
      return Optional.empty();
    }
    List<PropertyModel> properties = new ArrayList<>();
    for (PropertyDeclaration property : declaration.get().properties()) {
      if (property.ignore() != null) {
        properties.add(new PropertyModel(property.name(), property.attributeName(), TypeName.get(property.type()),
            PropertyModel.Role.IGNORED, null, property.getter(), property.setter(), property.type()));
        continue;
      }
      Result result = forProperty(property);
      if (!result.ok()) {
        nestedModels.put(name, Optional.empty());
        nestedFailures.put(name, "property " + property.name() + " of " + element.getSimpleName() + " has type "
            + property.type() + ", which cannot be stored"
            + (result.problem() == null ? "" : ": " + result.problem()));
        return Optional.empty();
      }
      properties.add(new PropertyModel(property.name(), property.attributeName(), TypeName.get(property.type()),
          PropertyModel.Role.STORED, result.mapping(), property.getter(), property.setter(), property.type()));
    }
    Optional<TypeModel> built = Optional.of(new TypeModel(element, ClassName.get(element), schema,
        declaration.get().shape(), properties, declaration.get().constructorOrder()));
    nestedModels.put(name, built);
    return built;
  }

  /** The model of a nested type resolved earlier. */
  public Optional<TypeModel> nestedModelByName(ClassName type) {
    Optional<TypeModel> model = nestedModels.get(type.canonicalName());
    return model == null ? Optional.empty() : model;
  }

  /** Whether {@code converter} is a class implementing {@code AttributeConverter<type>} with a public no-arg constructor. */
  public boolean isConverterFor(TypeMirror converter, TypeMirror type) {
    TypeElement converterInterface = elements.getTypeElement(CONVERTER);
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
    TypeMirror boxed = type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type)
        .asType() : type;
    return publicNoArg && types.isAssignable(converter, types.getDeclaredType(converterInterface, boxed));
  }

  private boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  private static ValueMapping.ScalarKind boxedScalar(String name) {
    switch (name) {
      case "java.lang.String":
        return ValueMapping.ScalarKind.STRING;
      case "java.lang.Boolean":
        return ValueMapping.ScalarKind.BOOLEAN;
      case "java.lang.Integer":
        return ValueMapping.ScalarKind.INT;
      case "java.lang.Long":
        return ValueMapping.ScalarKind.LONG;
      case "java.lang.Short":
        return ValueMapping.ScalarKind.SHORT;
      case "java.lang.Byte":
        return ValueMapping.ScalarKind.BYTE;
      case "java.lang.Double":
        return ValueMapping.ScalarKind.DOUBLE;
      case "java.lang.Float":
        return ValueMapping.ScalarKind.FLOAT;
      case "java.lang.Character":
        return ValueMapping.ScalarKind.CHAR;
      case "java.math.BigDecimal":
        return ValueMapping.ScalarKind.BIG_DECIMAL;
      case "java.math.BigInteger":
        return ValueMapping.ScalarKind.BIG_INTEGER;
      case "java.util.UUID":
        return ValueMapping.ScalarKind.UUID;
      case "java.time.Instant":
        return ValueMapping.ScalarKind.INSTANT;
      case "software.amazon.awssdk.core.SdkBytes":
        return ValueMapping.ScalarKind.SDK_BYTES;
      default:
        return null;
    }
  }
}
