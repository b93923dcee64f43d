package dev.dynastore.processor.writing;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import dev.dynastore.processor.discovery.AnnotationNames;
import dev.dynastore.processor.model.GeneratedName;

/**
 * The runtime and SDK types generated code uses, in one place. The runtime types that validation also checks
 * declared repositories against (Page, PageRequest, Versioned, Consistency) take their names from
 * {@link AnnotationNames}, so each name is written once.
 */
final class Types {
  static final ClassName ATTRIBUTES = ClassName.get("dev.dynastore.internal", "Attributes");
  static final ClassName ENTITY_SCHEMA = ClassName.get("dev.dynastore.internal", "EntitySchema");
  static final ClassName GENERATED_SCHEMA = ClassName.get("dev.dynastore.internal", "GeneratedSchema");
  static final ClassName ENTITY_STORE = ClassName.get("dev.dynastore.internal", "EntityStore");
  static final ClassName INDEX = ClassName.get("dev.dynastore.kv", "Index");
  static final ClassName TABLE = ClassName.get("dev.dynastore", "Table");
  static final ClassName VERSIONED = ClassName.bestGuess(AnnotationNames.VERSIONED);
  static final ClassName PAGE = ClassName.bestGuess(AnnotationNames.PAGE);
  static final ClassName PAGE_REQUEST = ClassName.bestGuess(AnnotationNames.PAGE_REQUEST);
  static final ClassName CONSISTENCY = ClassName.bestGuess(AnnotationNames.CONSISTENCY);
  static final ClassName LISTING = ClassName.bestGuess(AnnotationNames.LISTING);
  static final ClassName KEY_RANGE = ClassName.bestGuess(AnnotationNames.KEY_RANGE);
  /** Named in the generated Javadoc's {@code @throws} lines. */
  static final ClassName KEY_EXISTS_EXCEPTION = ClassName.get("dev.dynastore", "KeyExistsException");
  static final ClassName KEY_MODIFIED_EXCEPTION = ClassName.get("dev.dynastore", "KeyModifiedException");
  static final ClassName KEY_NOT_FOUND_EXCEPTION = ClassName.get("dev.dynastore", "KeyNotFoundException");
  static final ClassName OUTCOME_UNKNOWN_EXCEPTION = ClassName.get("dev.dynastore", "OutcomeUnknownException");
  static final ClassName DYNASTORE_REPOSITORY = ClassName.get("dev.dynastore", "DynastoreRepository");
  static final ClassName ENTITY_KEY = ClassName.get("dev.dynastore", "EntityKey");
  static final ClassName STORE_BACKED = ClassName.get("dev.dynastore.internal", "StoreBacked");
  static final ClassName BATCH_INCOMPLETE_EXCEPTION = ClassName.get("dev.dynastore", "BatchIncompleteException");
  static final ClassName TABLE_DEFINITION = ClassName.get("dev.dynastore", "TableDefinition");
  static final ClassName TABLE_MISMATCH_EXCEPTION = ClassName.get("dev.dynastore", "TableMismatchException");

  static final ClassName ATTRIBUTE_VALUE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
  static final ClassName SCALAR_ATTRIBUTE_TYPE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ScalarAttributeType");
  static final ClassName SDK_BYTES = ClassName.get("software.amazon.awssdk.core", "SdkBytes");
  static final ClassName ATTRIBUTE_CONVERTER = ClassName.bestGuess(AnnotationNames.ATTRIBUTE_CONVERTER);
  static final ClassName ATTRIBUTE_CONVERTER_PROVIDER =
      ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "AttributeConverterProvider");
  static final ClassName ENHANCED_TYPE = ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "EnhancedType");

  /** Put on repository constructors when the compile classpath has it, so DI containers can build them. */
  static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.dynastore.processor.DynastoreProcessor";

  private Types() {}

  /** {@code @Generated("dev.dynastore.processor.DynastoreProcessor")}: the processor's name, no timestamp. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }

  /** The class name of a generated class. */
  static ClassName className(GeneratedName name) {
    return ClassName.get(name.packageName(), name.simpleName());
  }
}
