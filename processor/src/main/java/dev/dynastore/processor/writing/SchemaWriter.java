package dev.dynastore.processor.writing;

import static dev.dynastore.processor.writing.Types.ATTRIBUTES;
import static dev.dynastore.processor.writing.Types.ATTRIBUTE_VALUE;
import static dev.dynastore.processor.writing.Types.ENTITY_SCHEMA;
import static dev.dynastore.processor.writing.Types.GENERATED_SCHEMA;
import static dev.dynastore.processor.writing.Types.INDEX;
import static dev.dynastore.processor.writing.Types.SCALAR_ATTRIBUTE_TYPE;

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
import dev.dynastore.processor.model.PropertyModel;
import dev.dynastore.processor.model.TypeModel;
import dev.dynastore.processor.model.ValueMapping;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code CustomerSchema}: a reflection-free {@code TableSchema<Customer>} for the entity's payload map
 * and, for an entity, the rest of {@code EntitySchema}: partition, key, index attributes, expiry. Straight-line
 * code: one {@code Attributes} call per property, no reflection, no lambdas.
 */
public final class SchemaWriter {
  private static final String ITEM = "item";

  /** The schema of an entity. */
  public JavaFile entitySchema(EntityModel entity) {
    return write(entity.type(), entity);
  }

  /** The schema of a nested record or bean. */
  public JavaFile nestedSchema(TypeModel type) {
    return write(type, null);
  }

  private JavaFile write(TypeModel type, EntityModel entity) {
    ClassName self = type.schema();
    TypeName item = type.type();
    NameAllocator names = new NameAllocator();
    for (String reserved : List.of("INSTANCE", "PARTITION", "INDEXES")) {
      names.newName(reserved);
    }
    ValueCode values = new ValueCode(names);

    List<CodeBlock> superArguments = new ArrayList<>();
    superArguments.add(CodeBlock.of("$T.class", item));
    for (PropertyModel property : type.stored()) {
      superArguments.add(CodeBlock.of("$S", property.attribute()));
    }
    TypeSpec.Builder schema = TypeSpec.classBuilder(self)
        .addJavadoc("The stored form of {@link $T}: a reflection-free table schema for its value map$L.\n",
            item, entity == null ? "" : ", and where its items live")
        .addAnnotation(Types.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(GENERATED_SCHEMA, item))
        .addOriginatingElement(type.element());
    if (entity != null) {
      schema.addSuperinterface(ParameterizedTypeName.get(ENTITY_SCHEMA, item));
    }
    schema.addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The schema; stateless and thread-safe.\n")
        .initializer("new $T()", self).build());
    if (entity != null) {
      addEntityConstants(schema, entity);
    }
    schema.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addStatement("super($L)", CodeBlock.join(superArguments, ", ")).build());

    schema.addMethod(itemToMap(type, values));
    if (entity == null) {
      schema.addMethod(MethodSpec.methodBuilder("toAttribute")
          .addJavadoc("A {@link $T} as a map attribute, or null.\n", item)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(ATTRIBUTE_VALUE)
          .addParameter(item, "value")
          .addStatement("return value == null ? null : $T.createM(INSTANCE.itemToMap(value, true))", ATTRIBUTE_VALUE)
          .build());
      schema.addMethod(MethodSpec.methodBuilder("fromAttribute")
          .addJavadoc("A {@link $T} from a map attribute, or null when absent or NULL.\n", item)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(item)
          .addParameter(ATTRIBUTE_VALUE, "attribute")
          .addStatement("$T map = $T.asMap(attribute)", map(), ATTRIBUTES)
          .addStatement("return map == null ? null : INSTANCE.mapToItem(map)")
          .build());
      schema.addMethod(MethodSpec.methodBuilder("mapToItem")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(item)
          .addParameter(map(), "map")
          .addCode(construct(type, "map", values, false))
          .build());
    } else {
      schema.addMethod(MethodSpec.methodBuilder("mapToItem")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(item)
          .addParameter(map(), "map")
          .addStatement("return read(map, 0L, null)")
          .build());
      schema.addMethod(MethodSpec.methodBuilder("read")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(item)
          .addParameter(map(), "payload")
          .addParameter(long.class, "version")
          .addParameter(Instant.class, "expires")
          .addCode(construct(type, "payload", values, true))
          .build());
    }
    if (entity != null) {
      addEntityMethods(schema, entity, values);
    }
    values.fields().forEach(schema::addField);
    values.helpers().forEach(schema::addMethod);
    return JavaFile.builder(self.packageName(), schema.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private MethodSpec itemToMap(TypeModel type, ValueCode values) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("itemToMap")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(map())
        .addParameter(type.type(), ITEM)
        .addParameter(boolean.class, "ignoreNulls")
        .addStatement("$T map = new $T<>($L)", map(), HashMap.class, capacity(type.stored().size()));
    for (PropertyModel property : type.stored()) {
      method.addStatement("$T.put(map, $S, $L, ignoreNulls)", ATTRIBUTES, property.attribute(),
          values.toAttribute(property.mapping(), read(property), property.name()));
    }
    return method.addStatement("return map").build();
  }

  /** Creates the item from a map: by constructor for records and constructor classes, by setters for beans. */
  private CodeBlock construct(TypeModel type, String map, ValueCode values, boolean entity) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (type.shape() == TypeDeclaration.Shape.BEAN) {
      code.addStatement("$T $L = new $T()", type.type(), ITEM, type.type());
      for (PropertyModel property : type.properties()) {
        if (property.role() != PropertyModel.Role.IGNORED) {
          code.addStatement("$L.$L($L)", ITEM, property.setter(), value(property, map, values, entity));
        }
      }
      return code.addStatement("return $L", ITEM).build();
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (String name : type.constructorOrder()) {
      arguments.add(value(type.property(name), map, values, entity));
    }
    return code.addStatement("return new $T(\n$L)", type.type(), CodeBlock.join(arguments, ",\n")).build();
  }

  private CodeBlock value(PropertyModel property, String map, ValueCode values, boolean entity) {
    switch (property.role()) {
      case STORED:
        return values.fromAttribute(property.mapping(), CodeBlock.of("$L.get($S)", map, property.attribute()),
            property.name());
      case VERSION:
        return entity ? CodeBlock.of("version") : defaultValue(property.type());
      case EXPIRES:
        return entity ? CodeBlock.of("expires") : defaultValue(property.type());
      default:
        return defaultValue(property.type());
    }
  }

  private static CodeBlock defaultValue(TypeName type) {
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

  // ------------------------------------------------------------------------------------------------ entity part

  private void addEntityConstants(TypeSpec.Builder schema, EntityModel entity) {
    if (entity.partitionComponent() == null) {
      schema.addField(FieldSpec.builder(String.class, "PARTITION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The partition every {@link $T} lives in.\n", entity.type().type())
          .initializer("$S", entity.partitionName()).build());
    }
    List<CodeBlock> indexes = new ArrayList<>();
    for (IndexModel index : entity.indexes()) {
      ValueMapping sort = index.sort().mapping();
      if (index.isGlobal()) {
        indexes.add(CodeBlock.of("$T.global($S, $S, $T.$L, $S, $T.$L)", INDEX, index.name(),
            index.partition().attribute(), SCALAR_ATTRIBUTE_TYPE, index.partition().mapping().scalarType(),
            index.sort().attribute(), SCALAR_ATTRIBUTE_TYPE, sort.scalarType()));
      } else {
        indexes.add(CodeBlock.of("$T.local($S, $S, $T.$L)", INDEX, index.name(), index.sort().attribute(),
            SCALAR_ATTRIBUTE_TYPE, sort.scalarType()));
      }
    }
    schema.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), INDEX), "INDEXES",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The secondary indexes a table needs for {@link $T}.\n", entity.type().type())
        .initializer(indexes.isEmpty() ? CodeBlock.of("$T.of()", List.class)
            : CodeBlock.of("$T.of(\n$>$L$<)", List.class, CodeBlock.join(indexes, ",\n")))
        .build());
  }

  private void addEntityMethods(TypeSpec.Builder schema, EntityModel entity, ValueCode values) {
    TypeName item = entity.type().type();
    PropertyModel component = entity.partitionComponent();
    if (component != null) {
      String prefix = entity.partitionName() == null ? "" : entity.partitionName() + "#";
      schema.addMethod(MethodSpec.methodBuilder("partition")
          .addJavadoc("The partition of the {@link $T}s with this $L.\n", item, component.name())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(String.class)
          .addParameter(component.type(), component.name())
          .addStatement(prefix.isEmpty() ? CodeBlock.of("return $L", keyString(component, false))
              : CodeBlock.of("return $S + $L", prefix, keyString(component, false)))
          .build());
    }
    PropertyModel key = entity.key();
    schema.addMethod(MethodSpec.methodBuilder("key")
        .addJavadoc("The stored key of the {@link $T} with this $L.\n", item, key.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(key.type(), key.name())
        .addStatement("return $L", keyString(key, true))
        .build());
    schema.addMethod(MethodSpec.methodBuilder("partitionOf")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addParameter(item, ITEM)
        .addStatement(component == null ? CodeBlock.of("return PARTITION")
            : CodeBlock.of("return partition($L)", read(component)))
        .build());
    schema.addMethod(MethodSpec.methodBuilder("keyOf")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addParameter(item, ITEM)
        .addStatement("return key($L)", read(key))
        .build());
    schema.addMethod(MethodSpec.methodBuilder("fixedPartition")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(component == null ? "return PARTITION" : "return null")
        .build());
    schema.addMethod(MethodSpec.methodBuilder("partitionPrefix")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(component != null && entity.partitionName() != null
            ? CodeBlock.of("return $S", entity.partitionName() + "#") : CodeBlock.of("return null"))
        .build());
    schema.addMethod(MethodSpec.methodBuilder("indexes")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), INDEX))
        .addStatement("return INDEXES")
        .build());
    MethodSpec.Builder indexAttributes = MethodSpec.methodBuilder("indexAttributes")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(map())
        .addParameter(item, ITEM);
    List<PropertyModel> indexed = indexedProperties(entity);
    if (indexed.isEmpty()) {
      indexAttributes.addStatement("return $T.of()", Map.class);
    } else {
      indexAttributes.addStatement("$T attributes = new $T<>($L)", map(), HashMap.class, capacity(indexed.size()));
      for (PropertyModel property : indexed) {
        indexAttributes.addStatement("$T.put(attributes, $S, $L, true)", ATTRIBUTES, property.attribute(),
            values.toAttribute(property.mapping(), read(property), property.name()));
      }
      indexAttributes.addStatement("return attributes");
    }
    schema.addMethod(indexAttributes.build());
    schema.addMethod(MethodSpec.methodBuilder("expiresOf")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Instant.class)
        .addParameter(item, ITEM)
        .addStatement(entity.expires() == null ? CodeBlock.of("return null")
            : CodeBlock.of("return $L", read(entity.expires())))
        .build());
    schema.addMethod(MethodSpec.methodBuilder("declaresExpiry")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return $L", entity.expires() != null)
        .build());
    boolean version = entity.type().properties().stream()
        .anyMatch(property -> property.role() == PropertyModel.Role.VERSION);
    schema.addMethod(MethodSpec.methodBuilder("declaresVersion")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return $L", version)
        .build());
  }

  /** The properties copied to top-level attributes: index sort keys and global index partitions, each once. */
  static List<PropertyModel> indexedProperties(EntityModel entity) {
    List<PropertyModel> properties = new ArrayList<>();
    for (IndexModel index : entity.indexes()) {
      if (index.partition() != null && !properties.contains(index.partition())) {
        properties.add(index.partition());
      }
      if (!properties.contains(index.sort())) {
        properties.add(index.sort());
      }
    }
    return properties;
  }

  /**
   * The string form of a key or partition component, with a clear message for null. A numeric key is written so
   * that text order is numeric order ({@code Attributes.sortableKey}); a numeric partition only needs to be
   * stable, so it stays decimal.
   */
  private static CodeBlock keyString(PropertyModel property, boolean sorted) {
    TypeName type = property.type();
    String name = property.name();
    boolean numeric = type.equals(TypeName.INT) || type.equals(TypeName.LONG);
    boolean boxed = type.equals(TypeName.INT.box()) || type.equals(TypeName.LONG.box());
    CodeBlock checked = CodeBlock.of("$T.requireNonNull($L, $S)", Objects.class, name, name + " == null");
    if (numeric || boxed) {
      CodeBlock value = numeric ? CodeBlock.of("$L", name) : checked;
      return sorted ? CodeBlock.of("$T.sortableKey($L)", ATTRIBUTES, value)
          : CodeBlock.of("$T.toString($L)", Long.class, value);
    }
    if (type.equals(ClassName.get(String.class))) {
      return checked;
    }
    if (property.mapping() instanceof ValueMapping.EnumValue) {
      return CodeBlock.of("$L.name()", checked);
    }
    return CodeBlock.of("$L.toString()", checked);
  }

  private static CodeBlock read(PropertyModel property) {
    return CodeBlock.of("$L.$L()", ITEM, property.getter());
  }

  private static TypeName map() {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ATTRIBUTE_VALUE);
  }

  private static int capacity(int entries) {
    return Math.max(4, entries * 4 / 3 + 1);
  }
}
