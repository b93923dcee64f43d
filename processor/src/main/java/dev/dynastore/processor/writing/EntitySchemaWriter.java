package dev.dynastore.processor.writing;

import static dev.dynastore.processor.writing.SchemaCode.ITEM;
import static dev.dynastore.processor.writing.SchemaCode.capacity;
import static dev.dynastore.processor.writing.SchemaCode.map;
import static dev.dynastore.processor.writing.SchemaCode.read;
import static dev.dynastore.processor.writing.Types.ATTRIBUTES;
import static dev.dynastore.processor.writing.Types.ATTRIBUTE_VALUE;
import static dev.dynastore.processor.writing.Types.ENTITY_SCHEMA;
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
import dev.dynastore.processor.model.EntityModel;
import dev.dynastore.processor.model.IndexModel;
import dev.dynastore.processor.model.PropertyModel;
import dev.dynastore.processor.validation.StoredType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code CustomerSchema}: a reflection-free {@code TableSchema<Customer>} for the entity's payload map,
 * and the rest of {@code EntitySchema}: partition, key, indexes and their attributes, version and expiry.
 */
final class EntitySchemaWriter {
  JavaFile write(EntityModel entity) {
    NameAllocator names = SchemaCode.entityNames(entity);
    SchemaCode code = new SchemaCode(entity.type(), names);
    ClassName item = code.item();
    TypeSpec.Builder schema = code.begin(", and where its items live")
        .addSuperinterface(ParameterizedTypeName.get(ENTITY_SCHEMA, item));
    addConstants(schema, entity, names);
    schema.addMethod(code.constructor());
    schema.addMethod(code.itemToMap());
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
        .addCode(code.construct("payload", true))
        .build());
    addEntityMethods(schema, entity, code.values());
    addSortKeyMethods(schema, entity, names, code.values());
    return code.finish(schema);
  }

  /** {@code PARTITION} for a fixed partition, one constant per index, and {@code INDEXES}. */
  private void addConstants(TypeSpec.Builder schema, EntityModel entity, NameAllocator names) {
    ClassName item = ClassName.get(entity.type().element());
    if (entity.partitionComponent() == null) {
      schema.addField(FieldSpec.builder(String.class, "PARTITION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The partition every {@link $T} lives in.\n", item)
          .initializer("$S", entity.partitionName()).build());
    }
    if (entity.shards() > 1) {
      schema.addField(FieldSpec.builder(int.class, "SHARDS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("How many physical partitions ({@code $L#0} to {@code $L#$L}) the items are spread over.\n",
              entity.partitionName(), entity.partitionName(), entity.shards() - 1)
          .initializer("$L", entity.shards()).build());
    }
    List<CodeBlock> constants = new ArrayList<>();
    for (IndexModel index : entity.indexes()) {
      String constant = names.get(index.name());
      String sort = index.sort().stored().scalarType();
      FieldSpec.Builder field = FieldSpec.builder(INDEX, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
      if (index.isGlobal()) {
        field.addJavadoc("The global index {@code $L}: partitioned by {@code $L}, sorted by {@code $L}.\n",
                index.name(), index.partition().attribute(), index.sort().attribute())
            .initializer("$T.global($S, $S, $T.$L, $S, $T.$L)", INDEX, index.name(), index.partition().attribute(),
                SCALAR_ATTRIBUTE_TYPE, index.partition().stored().scalarType(), index.sort().attribute(),
                SCALAR_ATTRIBUTE_TYPE, sort);
      } else {
        field.addJavadoc("The local index {@code $L}: sorted by {@code $L}.\n", index.name(), index.sort().attribute())
            .initializer("$T.local($S, $S, $T.$L)", INDEX, index.name(), index.sort().attribute(),
                SCALAR_ATTRIBUTE_TYPE, sort);
      }
      schema.addField(field.build());
      constants.add(CodeBlock.of("$N", constant));
    }
    schema.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), INDEX), "INDEXES",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The secondary indexes a table needs for {@link $T}.\n", item)
        .initializer("$T.of($L)", List.class, CodeBlock.join(constants, ", "))
        .build());
  }

  /**
   * One static method per sort key ({@code createdSortKey(Instant)}): a value as it is stored, for the bounds of a
   * listing's range. Taking the boxed type, as a listing's key type is.
   */
  private void addSortKeyMethods(TypeSpec.Builder schema, EntityModel entity, NameAllocator names,
      ValueCode values) {
    for (PropertyModel property : SchemaCode.sortKeyProperties(entity)) {
      TypeName type = TypeName.get(property.type()).box();
      CodeBlock value = CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, property.name(),
          property.name() + " == null");
      CodeBlock stored = property == entity.key()
          ? CodeBlock.of("$T.fromS(key($L))", ATTRIBUTE_VALUE, value)
          : values.toBoundAttribute(property.stored(), value, property.name());
      schema.addMethod(MethodSpec.methodBuilder(names.get(SchemaCode.sortKeyTag(property)))
          .addJavadoc("A {@code $L} as it is stored, for the bounds of a listing sorted by it.\n", property.name())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(ATTRIBUTE_VALUE)
          .addParameter(type, property.name())
          .addStatement("return $L", stored)
          .build());
    }
  }

  private void addEntityMethods(TypeSpec.Builder schema, EntityModel entity, ValueCode values) {
    ClassName item = ClassName.get(entity.type().element());
    PropertyModel component = entity.partitionComponent();
    if (component != null) {
      String prefix = entity.partitionName() == null ? "" : entity.partitionName() + "#";
      schema.addMethod(MethodSpec.methodBuilder("partition")
          .addJavadoc("The partition of the {@link $T}s with this $L.\n", item, component.name())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(String.class)
          .addParameter(TypeName.get(component.type()), component.name())
          .addStatement(prefix.isEmpty() ? CodeBlock.of("return $L", keyString(component, false))
              : CodeBlock.of("return $S + $L", prefix, keyString(component, false)))
          .build());
    }
    PropertyModel key = entity.key();
    schema.addMethod(MethodSpec.methodBuilder("key")
        .addJavadoc("The stored key of the {@link $T} with this $L.\n", item, key.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(TypeName.get(key.type()), key.name())
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
    schema.addMethod(MethodSpec.methodBuilder("partitionName")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S", entity.partitionName())
        .build());
    if (entity.shards() > 1) {
      schema.addMethod(MethodSpec.methodBuilder("shards")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(int.class)
          .addStatement("return SHARDS")
          .build());
    }
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
            values.toKeyAttribute(property.stored(), read(property), property.name()));
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
    schema.addMethod(MethodSpec.methodBuilder("declaresVersion")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return $L", entity.declaresVersion())
        .build());
  }

  /** The properties copied to top-level attributes: index sort keys and global index partitions, each once. */
  private static List<PropertyModel> indexedProperties(EntityModel entity) {
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
    TypeName type = TypeName.get(property.type());
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
    if (property.stored() instanceof StoredType.EnumValue) {
      return CodeBlock.of("$L.name()", checked);
    }
    return CodeBlock.of("$L.toString()", checked);
  }
}
