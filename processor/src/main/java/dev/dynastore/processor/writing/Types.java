package dev.dynastore.processor.writing;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;

/** The runtime and SDK types generated code uses. */
final class Types {
  static final ClassName ATTRIBUTES = ClassName.get("dev.dynastore.internal", "Attributes");
  static final ClassName ENTITY_SCHEMA = ClassName.get("dev.dynastore.internal", "EntitySchema");
  static final ClassName GENERATED_SCHEMA = ClassName.get("dev.dynastore.internal", "GeneratedSchema");
  static final ClassName ENTITY_STORE = ClassName.get("dev.dynastore.internal", "EntityStore");
  static final ClassName INDEX = ClassName.get("dev.dynastore.kv", "Index");
  static final ClassName TABLE = ClassName.get("dev.dynastore", "Table");
  static final ClassName VERSIONED = ClassName.get("dev.dynastore", "Versioned");
  static final ClassName PAGE = ClassName.get("dev.dynastore", "Page");
  static final ClassName PAGE_REQUEST = ClassName.get("dev.dynastore", "PageRequest");
  static final ClassName CONSISTENCY = ClassName.get("dev.dynastore", "Consistency");
  static final ClassName ATTRIBUTE_VALUE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
  static final ClassName SCALAR_ATTRIBUTE_TYPE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ScalarAttributeType");
  static final ClassName SDK_BYTES = ClassName.get("software.amazon.awssdk.core", "SdkBytes");
  static final ClassName ATTRIBUTE_CONVERTER =
      ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "AttributeConverter");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.dynastore.processor.DynastoreProcessor";

  private Types() {}

  /** {@code @Generated("dev.dynastore.processor.DynastoreProcessor")}: the processor's name, no timestamp. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }
}
