package dev.dynastore.processor.validation;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * How one Java type is stored: a scalar, an enum, a nested record or bean, a value through an Enhanced
 * Client converter, or a container of any of these. Decided once, at compile time, by {@link TypeClassifier},
 * so that the generated code calls the one right conversion directly; the writers turn it into code.
 */
public sealed interface StoredType {
  /** The Java type. */
  TypeMirror javaType();

  /** The DynamoDB scalar type this is stored as ({@code S}, {@code N} or {@code B}), or null when not a scalar. */
  default String scalarType() {
    return null;
  }

  /** Built-in scalars, converted by the runtime's attribute helpers. */
  enum ScalarKind {
    STRING("S"), BOOLEAN(null), INT("N"), LONG("N"), SHORT("N"), BYTE("N"), DOUBLE("N"), FLOAT("N"), CHAR("S"),
    BIG_DECIMAL("N"), BIG_INTEGER("N"), UUID("S"), INSTANT("S"), BYTES("B"), SDK_BYTES("B");

    private final String dynamoType;

    ScalarKind(String dynamoType) {
      this.dynamoType = dynamoType;
    }
  }

  /** A built-in scalar; {@code primitive} for {@code int} rather than {@code Integer}. */
  record Scalar(ScalarKind kind, boolean primitive, TypeMirror javaType) implements StoredType {
    @Override
    public String scalarType() {
      return kind.dynamoType;
    }
  }

  /** An enum, stored as its name. */
  record EnumValue(TypeElement element) implements StoredType {
    @Override
    public TypeMirror javaType() {
      return element.asType();
    }

    @Override
    public String scalarType() {
      return "S";
    }
  }

  /** A nested record or bean, stored as a map through its generated schema. */
  record Nested(TypeElement element) implements StoredType {
    @Override
    public TypeMirror javaType() {
      return element.asType();
    }
  }

  /**
   * A value through an Enhanced Client {@code AttributeConverter}, created once per generated schema.
   *
   * @param converter the user's converter class (from {@code @Convert}); null for the converter the Enhanced
   *     Client's default provider has for {@code javaType}
   * @param scalarType known for the default converters of {@code java.time} types, null otherwise
   */
  record Converted(TypeMirror javaType, TypeMirror converter, String scalarType) implements StoredType {
    /** Whether the Enhanced Client's default provider supplies the converter. */
    public boolean byDefaultProvider() {
      return converter == null;
    }
  }

  /** A {@code List}, stored as L. */
  record ListOf(TypeMirror javaType, StoredType element) implements StoredType {}

  /** A {@code Set} of strings, numbers or binaries, stored as SS, NS or BS. */
  record SetOf(TypeMirror javaType, StoredType element) implements StoredType {}

  /** A {@code Map} with string keys, stored as M. */
  record MapOf(TypeMirror javaType, StoredType value) implements StoredType {}

  /** An {@code Optional}, stored as its value or left out. */
  record OptionalOf(TypeMirror javaType, StoredType element) implements StoredType {}
}
