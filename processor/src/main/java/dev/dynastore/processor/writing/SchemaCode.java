package dev.dynastore.processor.writing;

import static dev.dynastore.processor.writing.Types.ATTRIBUTES;
import static dev.dynastore.processor.writing.Types.ATTRIBUTE_VALUE;
import static dev.dynastore.processor.writing.Types.GENERATED_SCHEMA;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynastore.processor.discovery.TypeDeclaration;
import dev.dynastore.processor.model.EntityModel;
import dev.dynastore.processor.model.IndexModel;
import dev.dynastore.processor.model.Names;
import dev.dynastore.processor.model.PropertyModel;
import dev.dynastore.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * What the entity-schema and nested-schema writers share for one generated schema: the class with its
 * {@code INSTANCE}, the constructor, {@code itemToMap}, creating the item from a map, and the converter fields
 * and helper methods its conversions need. Straight-line code: one {@code Attributes} call per property, no
 * reflection, no lambdas.
 */
final class SchemaCode {
  static final String ITEM = "item";
  /** The static fields every schema may declare; generated names never take them. */
  private static final List<String> RESERVED = List.of("INSTANCE", "PARTITION", "SHARDS", "INDEXES");

  private final TypeModel type;
  private final ClassName self;
  private final ClassName item;
  private final ValueCode values;

  /** @param names the schema's names, from {@link #names()} or {@link #entityNames} */
  SchemaCode(TypeModel type, NameAllocator names) {
    this.type = type;
    this.self = Types.className(type.schema());
    this.item = ClassName.get(type.element());
    this.values = new ValueCode(names);
  }

  /** A name allocator for one schema, with its fixed static fields taken. */
  static NameAllocator names() {
    NameAllocator names = new NameAllocator();
    for (String reserved : RESERVED) {
      names.newName(reserved);
    }
    return names;
  }

  /**
   * A name allocator for an entity schema: its fixed static fields, then one constant per index ({@code IDX_CREATED}
   * for {@code idx_created}), tagged with the index name. Taken in the same order each time, so the entity schema
   * that declares the constants and the repositories that refer to them agree on every name.
   */
  static NameAllocator entityNames(EntityModel entity) {
    NameAllocator names = names();
    for (IndexModel index : entity.indexes()) {
      names.newName(Names.constant(index.name()), index.name());
    }
    for (PropertyModel sorted : sortKeyProperties(entity)) {
      names.newName(sorted.name() + "SortKey", sortKeyTag(sorted));
    }
    return names;
  }

  /** The properties listings are sorted by: the key, then each index's sort key, each once. */
  static List<PropertyModel> sortKeyProperties(EntityModel entity) {
    List<PropertyModel> properties = new ArrayList<>();
    properties.add(entity.key());
    for (IndexModel index : entity.indexes()) {
      if (!properties.contains(index.sort())) {
        properties.add(index.sort());
      }
    }
    return properties;
  }

  /** The name tag of a property's sort-key method ({@code createdSortKey}) in the schema's allocator. */
  static String sortKeyTag(PropertyModel property) {
    return "sortKey:" + property.name();
  }

  ClassName self() {
    return self;
  }

  ClassName item() {
    return item;
  }

  ValueCode values() {
    return values;
  }

  /**
   * The schema class: Javadoc, {@code @Generated}, {@code GeneratedSchema<T>}, its one originating element (the
   * stored type), and {@code INSTANCE}.
   */
  TypeSpec.Builder begin(String javadocTail) {
    return TypeSpec.classBuilder(self)
        .addJavadoc("The stored form of {@link $T}: a reflection-free table schema for its value map$L.\n", item,
            javadocTail)
        .addAnnotation(Types.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(GENERATED_SCHEMA, item))
        .addOriginatingElement(type.element())
        .addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The schema; stateless and thread-safe.\n")
            .initializer("new $T()", self).build());
  }

  /** The private constructor, passing the item class and the stored attribute names. */
  MethodSpec constructor() {
    List<CodeBlock> superArguments = new ArrayList<>();
    superArguments.add(CodeBlock.of("$T.class", item));
    for (PropertyModel property : type.stored()) {
      superArguments.add(CodeBlock.of("$S", property.attribute()));
    }
    return MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addStatement("super($L)", CodeBlock.join(superArguments, ", ")).build();
  }

  MethodSpec itemToMap() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("itemToMap")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(map())
        .addParameter(item, ITEM)
        .addParameter(boolean.class, "ignoreNulls")
        .addStatement("$T map = new $T<>($L)", map(), HashMap.class, capacity(type.stored().size()));
    for (PropertyModel property : type.stored()) {
      method.addStatement("$T.put(map, $S, $L, ignoreNulls)", ATTRIBUTES, property.attribute(),
          values.toAttribute(property.stored(), read(property), property.name()));
    }
    return method.addStatement("return map").build();
  }

  /**
   * Creates the item from the map named {@code map}: by constructor for records and constructor classes, by
   * setters for beans. With {@code entity}, the version and expiry come from the parameters of that name.
   */
  CodeBlock construct(String map, boolean entity) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (type.shape() == TypeDeclaration.Shape.BEAN) {
      code.addStatement("$T $L = new $T()", item, ITEM, item);
      for (PropertyModel property : type.properties()) {
        if (property.role() != PropertyModel.Role.IGNORED) {
          code.addStatement("$L.$L($L)", ITEM, property.setter(), value(property, map, entity));
        }
      }
      return code.addStatement("return $L", ITEM).build();
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (String name : type.constructorOrder()) {
      arguments.add(value(type.property(name), map, entity));
    }
    return code.addStatement("return new $T(\n$L)", item, CodeBlock.join(arguments, ",\n")).build();
  }

  /** The schema, with the converter fields and helper methods its conversions needed. */
  JavaFile finish(TypeSpec.Builder schema) {
    values.fields().forEach(schema::addField);
    values.helpers().forEach(schema::addMethod);
    return JavaFile.builder(self.packageName(), schema.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private CodeBlock value(PropertyModel property, String map, boolean entity) {
    switch (property.role()) {
      case STORED:
        return values.fromAttribute(property.stored(), CodeBlock.of("$L.get($S)", map, property.attribute()),
            property.name());
      case VERSION:
        return entity ? CodeBlock.of("version") : defaultValue(property);
      case EXPIRES:
        return entity ? CodeBlock.of("expires") : defaultValue(property);
      default:
        return defaultValue(property);
    }
  }

  private static CodeBlock defaultValue(PropertyModel property) {
    TypeName type = TypeName.get(property.type());
    if (!type.isPrimitive()) {
      return CodeBlock.of("null");
    }
    if (type.equals(TypeName.BOOLEAN)) {
      return CodeBlock.of("false");
    }
    if (type.equals(TypeName.CHAR)) {
      return CodeBlock.of("'\\0'");
    }
    return CodeBlock.of("($T) 0", type);
  }

  /** {@code item.name()}: the property read with its getter. */
  static CodeBlock read(PropertyModel property) {
    return CodeBlock.of("$L.$L()", ITEM, property.getter());
  }

  /** {@code Map<String, AttributeValue>}. */
  static TypeName map() {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ATTRIBUTE_VALUE);
  }

  /** A {@code HashMap} capacity that holds the entries without rehashing. */
  static int capacity(int entries) {
    return Math.max(4, entries * 4 / 3 + 1);
  }
}
