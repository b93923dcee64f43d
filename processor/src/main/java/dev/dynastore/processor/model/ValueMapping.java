package dev.dynastore.processor.model;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;

/**
 * How one Java type is stored: a scalar, an enum, a nested record or bean, a value through an Enhanced
 * Client converter, or a container of any of these. Resolved at compile time, so the generated code calls
 * the one right conversion directly.
 */
public sealed interface ValueMapping {
  /** The Java type. */
  TypeName javaType();

  /** The DynamoDB scalar type this is stored as, or null when not a scalar (lists, maps, ...). */
  default String scalarType() {
    return null;
  }

  /** Built-in scalars, converted by {@code dev.dynastore.Attributes}. */
  enum ScalarKind {
    STRING("S"), BOOLEAN(null), INT("N"), LONG("N"), SHORT("N"), BYTE("N"), DOUBLE("N"), FLOAT("N"), CHAR("S"),
    BIG_DECIMAL("N"), BIG_INTEGER("N"), UUID("S"), INSTANT("S"), BYTES("B"), SDK_BYTES("B");

    final String dynamoType;

    ScalarKind(String dynamoType) {
      this.dynamoType = dynamoType;
    }
  }

  /** A built-in scalar; {@code primitive} for {@code int} rather than {@code Integer}. */
  record Scalar(ScalarKind kind, boolean primitive, TypeName javaType) implements ValueMapping {
    @Override
    public String scalarType() {
      return kind.dynamoType;
    }
  }

  /** An enum, stored as its name. */
  record EnumValue(ClassName javaType) implements ValueMapping {
    @Override
    public String scalarType() {
      return "S";
    }
  }

  /** A nested record or bean, stored as a map through its generated schema. */
  record Nested(ClassName javaType, ClassName schema) implements ValueMapping {}

  /**
   * A value through an Enhanced Client {@code AttributeConverter}: {@code initializer} creates it once, in a
   * static field of the generated schema. {@code scalarType} is known for the default converters of
   * {@code java.time} types, null otherwise.
   */
  record Converted(TypeName javaType, CodeBlock initializer, String scalarType)
      implements ValueMapping {}

  /** A {@code List}, stored as L. */
  record ListOf(TypeName javaType, ValueMapping element) implements ValueMapping {}

  /** A {@code Set} of strings, numbers or binaries, stored as SS, NS or BS. */
  record SetOf(TypeName javaType, ValueMapping element) implements ValueMapping {}

  /** A {@code Map} with string keys, stored as M. */
  record MapOf(TypeName javaType, ValueMapping value) implements ValueMapping {}

  /** An {@code Optional}, stored as its value or left out. */
  record OptionalOf(TypeName javaType, ValueMapping element) implements ValueMapping {}
}
