package dev.dynastore.processor.writing;

import static dev.dynastore.processor.writing.Types.ATTRIBUTES;
import static dev.dynastore.processor.writing.Types.ATTRIBUTE_CONVERTER;
import static dev.dynastore.processor.writing.Types.ATTRIBUTE_CONVERTER_PROVIDER;
import static dev.dynastore.processor.writing.Types.ATTRIBUTE_VALUE;
import static dev.dynastore.processor.writing.Types.ENHANCED_TYPE;
import static dev.dynastore.processor.writing.Types.SDK_BYTES;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.dynastore.processor.model.Names;
import dev.dynastore.processor.validation.StoredType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Turns stored types ({@link StoredType}) into the expressions that convert values to and from attribute values,
 * for one generated schema. Scalars become one call to {@code Attributes}; containers become small static helper
 * methods with a loop, the code a person would write; converters become static fields, created once.
 */
final class ValueCode {
  private final NameAllocator names;
  private final Map<StoredType, String> converterFields = new IdentityHashMap<>();
  private final List<FieldSpec> fields = new ArrayList<>();
  private final Map<String, MethodSpec> helpers = new LinkedHashMap<>();

  ValueCode(NameAllocator names) {
    this.names = names;
  }

  List<FieldSpec> fields() {
    return fields;
  }

  List<MethodSpec> helpers() {
    return new ArrayList<>(helpers.values());
  }

  /**
   * The attribute of an index key: as {@link #toAttribute}, except that an instant must be one whose text sorts
   * (years 0000 to 9999), or the index would list it out of order.
   */
  CodeBlock toKeyAttribute(StoredType stored, CodeBlock value, String hint) {
    if (stored instanceof StoredType.Scalar scalar && scalar.kind() == StoredType.ScalarKind.INSTANT) {
      return CodeBlock.of("$T.instantKey($L)", ATTRIBUTES, value);
    }
    return toAttribute(stored, value, hint);
  }

  /**
   * The bound of a range over an index key: as {@link #toKeyAttribute}, except that an instant outside the years
   * 0000 to 9999 is a bound beyond every stored one.
   */
  CodeBlock toBoundAttribute(StoredType stored, CodeBlock value, String hint) {
    if (stored instanceof StoredType.Scalar scalar && scalar.kind() == StoredType.ScalarKind.INSTANT) {
      return CodeBlock.of("$T.instantBound($L)", ATTRIBUTES, value);
    }
    return toAttribute(stored, value, hint);
  }

  /** An expression turning {@code value} into an attribute value, or null for a null value. */
  CodeBlock toAttribute(StoredType stored, CodeBlock value, String hint) {
    if (stored instanceof StoredType.Scalar scalar) {
      return CodeBlock.of("$T.$L($L)", ATTRIBUTES, writer(scalar.kind()), value);
    }
    if (stored instanceof StoredType.EnumValue) {
      return CodeBlock.of("$T.enumeration($L)", ATTRIBUTES, value);
    }
    if (stored instanceof StoredType.Nested nested) {
      return CodeBlock.of("$T.toAttribute($L)", schemaOf(nested), value);
    }
    if (stored instanceof StoredType.Converted converted) {
      return CodeBlock.of("$T.converted($L, $N)", ATTRIBUTES, value, converterField(converted, hint));
    }
    return CodeBlock.of("$N($L)", toHelper(stored, hint), value);
  }

  /** An expression reading {@code attribute} (possibly null) as its Java type. */
  CodeBlock fromAttribute(StoredType stored, CodeBlock attribute, String hint) {
    if (stored instanceof StoredType.Scalar scalar) {
      return CodeBlock.of("$T.$L($L)", ATTRIBUTES, reader(scalar), attribute);
    }
    if (stored instanceof StoredType.EnumValue enumValue) {
      return CodeBlock.of("$T.asEnum($T.class, $L)", ATTRIBUTES, ClassName.get(enumValue.element()), attribute);
    }
    if (stored instanceof StoredType.Nested nested) {
      return CodeBlock.of("$T.fromAttribute($L)", schemaOf(nested), attribute);
    }
    if (stored instanceof StoredType.Converted converted) {
      return CodeBlock.of("$T.asConverted($L, $N)", ATTRIBUTES, attribute, converterField(converted, hint));
    }
    return CodeBlock.of("$N($L)", fromHelper(stored, hint), attribute);
  }

  private String converterField(StoredType.Converted converted, String hint) {
    String existing = converterFields.get(converted);
    if (existing != null) {
      return existing;
    }
    String name = names.newName(Names.constant(hint) + "_CONVERTER");
    TypeName type = ParameterizedTypeName.get(ATTRIBUTE_CONVERTER, javaType(converted).box());
    fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(converterInitializer(converted)).build());
    converterFields.put(converted, name);
    return name;
  }

  /** Creates the converter: the user's, or the one the Enhanced Client's default provider has for the type. */
  private static CodeBlock converterInitializer(StoredType.Converted converted) {
    if (converted.byDefaultProvider()) {
      return CodeBlock.of("$T.defaultProvider().converterFor($T.of($T.class))", ATTRIBUTE_CONVERTER_PROVIDER,
          ENHANCED_TYPE, javaType(converted));
    }
    return CodeBlock.of("new $T()", TypeName.get(converted.converter()));
  }

  private static TypeName javaType(StoredType stored) {
    return TypeName.get(stored.javaType());
  }

  private static ClassName schemaOf(StoredType.Nested nested) {
    return Types.className(Names.schemaOf(nested.element()));
  }

  private String toHelper(StoredType stored, String hint) {
    String name = names.newName(hint + "ToAttribute");
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ATTRIBUTE_VALUE)
        .addParameter(javaType(stored), "value");
    if (stored instanceof StoredType.ListOf list) {
      TypeName element = javaType(list.element());
      method.beginControlFlow("if (value == null)").addStatement("return null").endControlFlow()
          .addStatement("$T<$T> list = new $T<>(value.size())", List.class, ATTRIBUTE_VALUE, ArrayList.class)
          .beginControlFlow("for ($T element : value)", element)
          .addStatement("list.add($T.orNull($L))", ATTRIBUTES,
              toAttribute(list.element(), CodeBlock.of("element"), hint + "Element"))
          .endControlFlow()
          .addStatement("return $T.createL(list)", ATTRIBUTE_VALUE);
    } else if (stored instanceof StoredType.MapOf map) {
      TypeName valueType = javaType(map.value());
      method.beginControlFlow("if (value == null)").addStatement("return null").endControlFlow()
          .addStatement("$T<$T, $T> map = new $T<>()", Map.class, String.class, ATTRIBUTE_VALUE, LinkedHashMap.class)
          .beginControlFlow("for ($T.Entry<$T, $T> entry : value.entrySet())", Map.class, String.class, valueType)
          .addStatement("map.put(entry.getKey(), $T.orNull($L))", ATTRIBUTES,
              toAttribute(map.value(), CodeBlock.of("entry.getValue()"), hint + "Value"))
          .endControlFlow()
          .addStatement("return $T.createM(map)", ATTRIBUTE_VALUE);
    } else if (stored instanceof StoredType.SetOf set) {
      SetCode code = SetCode.of(set.element().scalarType());
      method.beginControlFlow("if (value == null || value.isEmpty())").addStatement("return null").endControlFlow()
          .addStatement("$T<$T> elements = new $T<>(value.size())", List.class, code.elementType, ArrayList.class)
          .beginControlFlow("for ($T element : value)", javaType(set.element()))
          .addStatement("elements.add($L.$L())", toAttribute(set.element(), CodeBlock.of("element"), hint + "Element"),
              code.part)
          .endControlFlow()
          .addStatement("return $T.$L(elements)", ATTRIBUTE_VALUE, code.factory);
    } else if (stored instanceof StoredType.OptionalOf optional) {
      method.addStatement("return value == null || value.isEmpty() ? null : $L",
          toAttribute(optional.element(), CodeBlock.of("value.get()"), hint + "Value"));
    } else {
      throw new IllegalArgumentException(stored.toString());
    }
    helpers.put(name, method.build());
    return name;
  }

  private String fromHelper(StoredType stored, String hint) {
    String name = names.newName(hint + "FromAttribute");
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(javaType(stored))
        .addParameter(ATTRIBUTE_VALUE, "attribute");
    if (stored instanceof StoredType.ListOf list) {
      method.addStatement("$T<$T> list = $T.asList(attribute)", List.class, ATTRIBUTE_VALUE, ATTRIBUTES)
          .beginControlFlow("if (list == null)").addStatement("return null").endControlFlow()
          .addStatement("$T value = new $T<>(list.size())", javaType(stored), ArrayList.class)
          .beginControlFlow("for ($T element : list)", ATTRIBUTE_VALUE)
          .addStatement("value.add($L)", fromAttribute(list.element(), CodeBlock.of("element"), hint + "Element"))
          .endControlFlow()
          .addStatement("return value");
    } else if (stored instanceof StoredType.MapOf map) {
      method.addStatement("$T<$T, $T> map = $T.asMap(attribute)", Map.class, String.class, ATTRIBUTE_VALUE, ATTRIBUTES)
          .beginControlFlow("if (map == null)").addStatement("return null").endControlFlow()
          .addStatement("$T value = new $T<>()", javaType(stored), LinkedHashMap.class)
          .beginControlFlow("for ($T.Entry<$T, $T> entry : map.entrySet())", Map.class, String.class, ATTRIBUTE_VALUE)
          .addStatement("value.put(entry.getKey(), $L)",
              fromAttribute(map.value(), CodeBlock.of("entry.getValue()"), hint + "Value"))
          .endControlFlow()
          .addStatement("return value");
    } else if (stored instanceof StoredType.SetOf set) {
      SetCode code = SetCode.of(set.element().scalarType());
      method.addStatement("$T<$T> elements = $T.$L(attribute)", List.class, code.elementType, ATTRIBUTES, code.reader)
          .addStatement("$T value = new $T<>()", javaType(stored), LinkedHashSet.class)
          .beginControlFlow("for ($T element : elements)", code.elementType)
          .addStatement("value.add($L)", fromAttribute(set.element(),
              CodeBlock.of("$T.$L(element)", ATTRIBUTE_VALUE, code.single), hint + "Element"))
          .endControlFlow()
          .addStatement("return value");
    } else if (stored instanceof StoredType.OptionalOf optional) {
      method.addStatement("return $T.ofNullable($L)", Optional.class,
          fromAttribute(optional.element(), CodeBlock.of("attribute"), hint + "Value"));
    } else {
      throw new IllegalArgumentException(stored.toString());
    }
    helpers.put(name, method.build());
    return name;
  }

  /** How a DynamoDB set of one scalar type is written and read. */
  private record SetCode(TypeName elementType, String part, String factory, String reader, String single) {
    static SetCode of(String scalarType) {
      switch (scalarType) {
        case "N":
          return new SetCode(ClassName.get(String.class), "n", "createNs", "asNumberSet", "createN");
        case "B":
          return new SetCode(SDK_BYTES, "b", "createBs", "asBytesSet", "createB");
        default:
          return new SetCode(ClassName.get(String.class), "s", "createSs", "asStringSet", "createS");
      }
    }
  }

  private static String writer(StoredType.ScalarKind kind) {
    switch (kind) {
      case STRING:
        return "string";
      case BOOLEAN:
        return "bool";
      case CHAR:
        return "character";
      case UUID:
        return "uuid";
      case INSTANT:
        return "instant";
      case BYTES:
      case SDK_BYTES:
        return "bytes";
      default:
        return "number";
    }
  }

  private static String reader(StoredType.Scalar scalar) {
    boolean primitive = scalar.primitive();
    switch (scalar.kind()) {
      case STRING:
        return "asString";
      case BOOLEAN:
        return primitive ? "booleanValue" : "asBoolean";
      case INT:
        return primitive ? "intValue" : "asInteger";
      case LONG:
        return primitive ? "longValue" : "asLong";
      case SHORT:
        return primitive ? "shortValue" : "asShort";
      case BYTE:
        return primitive ? "byteValue" : "asByte";
      case DOUBLE:
        return primitive ? "doubleValue" : "asDouble";
      case FLOAT:
        return primitive ? "floatValue" : "asFloat";
      case CHAR:
        return primitive ? "charValue" : "asCharacter";
      case BIG_DECIMAL:
        return "asBigDecimal";
      case BIG_INTEGER:
        return "asBigInteger";
      case UUID:
        return "asUuid";
      case INSTANT:
        return "asInstant";
      case BYTES:
        return "asBytes";
      case SDK_BYTES:
        return "asSdkBytes";
      default:
        throw new IllegalArgumentException(scalar.kind().name());
    }
  }
}
