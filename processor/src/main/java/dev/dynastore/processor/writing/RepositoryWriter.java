package dev.dynastore.processor.writing;

import static dev.dynastore.processor.writing.Types.BATCH_INCOMPLETE_EXCEPTION;
import static dev.dynastore.processor.writing.Types.CONSISTENCY;
import static dev.dynastore.processor.writing.Types.DYNASTORE_REPOSITORY;
import static dev.dynastore.processor.writing.Types.ENTITY_KEY;
import static dev.dynastore.processor.writing.Types.ENTITY_STORE;
import static dev.dynastore.processor.writing.Types.KEY_EXISTS_EXCEPTION;
import static dev.dynastore.processor.writing.Types.KEY_MODIFIED_EXCEPTION;
import static dev.dynastore.processor.writing.Types.KEY_NOT_FOUND_EXCEPTION;
import static dev.dynastore.processor.writing.Types.LISTING;
import static dev.dynastore.processor.writing.Types.OUTCOME_UNKNOWN_EXCEPTION;
import static dev.dynastore.processor.writing.Types.PAGE;
import static dev.dynastore.processor.writing.Types.PAGE_REQUEST;
import static dev.dynastore.processor.writing.Types.STORE_BACKED;
import static dev.dynastore.processor.writing.Types.TABLE;
import static dev.dynastore.processor.writing.Types.TABLE_DEFINITION;
import static dev.dynastore.processor.writing.Types.TABLE_MISMATCH_EXCEPTION;
import static dev.dynastore.processor.writing.Types.VERSIONED;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynastore.processor.model.EntityModel;
import dev.dynastore.processor.model.IndexModel;
import dev.dynastore.processor.model.Names;
import dev.dynastore.processor.model.PropertyModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code CustomerRepository}: a final class with the typed operations, each one call to the runtime's
 * {@code EntityStore}, and one accessor per declared index, so that listing an index the entity does not
 * declare does not compile.
 */
final class RepositoryWriter {
  private final ClassName injectAnnotation;

  /** @param injectAnnotation {@code jakarta.inject.Inject} when on the classpath, else null */
  RepositoryWriter(ClassName injectAnnotation) {
    this.injectAnnotation = injectAnnotation;
  }

  JavaFile write(EntityModel entity) {
    ClassName item = ClassName.get(entity.type().element());
    ClassName self = Types.className(entity.repository());
    ClassName schema = Types.className(entity.type().schema());
    TypeName store = ParameterizedTypeName.get(ENTITY_STORE, item);
    TypeName versioned = ParameterizedTypeName.get(VERSIONED, item);
    TypeName page = ParameterizedTypeName.get(PAGE, item);
    String entityName = lowerFirst(entity.type().element().getSimpleName().toString());

    TypeSpec.Builder repository = TypeSpec.classBuilder(self)
        .addJavadoc("Typed, versioned access to {@link $T} items: create, read, update with a version check,\n"
            + "delete and list$L.\n", item, entity.indexes().isEmpty() ? "" : ", by key or through its indexes")
        .addAnnotation(Types.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(entity.type().element())
        .addSuperinterface(ParameterizedTypeName.get(DYNASTORE_REPOSITORY, item))
        .addSuperinterface(ParameterizedTypeName.get(STORE_BACKED, item))
        .addField(store, "store", Modifier.PRIVATE, Modifier.FINAL);

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addJavadoc(entity.indexes().isEmpty()
            ? CodeBlock.of("A repository over {@code table}, which must have Dynastore's key schema.\n")
            : CodeBlock.of("A repository over {@code table}, which must have Dynastore's key schema and the indexes\n"
                + "in {@link $T#INDEXES}.\n", schema))
        .addModifiers(Modifier.PUBLIC)
        .addParameter(TABLE, "table")
        .addStatement("this.store = new $T<>(table, $T.INSTANCE)", ENTITY_STORE, schema);
    if (injectAnnotation != null) {
      constructor.addAnnotation(injectAnnotation);
    }
    repository.addMethod(constructor.build());

    repository.addMethod(MethodSpec.methodBuilder("createTableIfMissing")
        .addJavadoc("Creates the table unless it exists, with the indexes of every entity type whose repository this\n"
            + "session has made over it so far; if it exists, checks it has this entity's. For tests, samples\n"
            + "and first runs. Returns whether it was created. To create or verify a table of several types:\n"
            + "{@link $T}.\n"
            + "@throws $T if the table exists without an index this entity needs\n", TABLE_DEFINITION,
            TABLE_MISMATCH_EXCEPTION)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return this.store.createTableIfMissing()")
        .build());

    // writes
    String unknown = "@throws " + OUTCOME_UNKNOWN_EXCEPTION.canonicalName()
        + " if it may or may not have been applied\n";
    String exists = "@throws " + KEY_EXISTS_EXCEPTION.canonicalName() + " if a live item has its key\n";
    writeMethods(repository, "create", "Creates the $L if its key is absent (or expired: an expired item is"
        + " replaced whole).", exists + unknown, item, entityName, versioned);
    writeMethods(repository, "put", "Writes the $L unconditionally, replacing the stored one, its expiry"
        + " too (attributes other programs added beside it stay).", unknown, item, entityName, versioned);
    for (boolean withTtl : new boolean[] {false, true}) {
      MethodSpec.Builder update = MethodSpec.methodBuilder("update")
          .addJavadoc("Replaces {@code previous} with {@code next}, only if the stored item is still {@code previous}."
              + (withTtl ? " It then expires {@code ttl} from now, unless an {@code @Expires} component says when."
                  : " The stored expiry stays, unless an {@code @Expires} component says it.")
              + "\n@throws " + KEY_MODIFIED_EXCEPTION.canonicalName()
              + " if it was written, deleted or expired since\n" + unknown)
          .addModifiers(Modifier.PUBLIC)
          .returns(versioned)
          .addParameter(versioned, "previous")
          .addParameter(item, "next");
      if (withTtl) {
        update.addParameter(Duration.class, "ttl");
      }
      repository.addMethod(update.addStatement("return this.store.update(previous, next, $L)", withTtl ? "ttl" : "null")
          .build());
    }

    // reads by key
    List<ParameterSpec> keyParameters = keyParameters(entity);
    CodeBlock partition = partitionExpression(entity);
    CodeBlock key = CodeBlock.of("$T.key($N)", schema, entity.key().name());
    TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), versioned);
    for (String read : new String[] {"get", "exists"}) {
      for (boolean withConsistency : new boolean[] {false, true}) {
        CodeBlock consistency = withConsistency ? CodeBlock.of("consistency")
            : CodeBlock.of("$T.EVENTUAL", CONSISTENCY);
        String eventually = withConsistency ? "" : " Eventually consistent.";
        repository.addMethod(keyRead(read, read.equals("get") ? optional : TypeName.BOOLEAN, keyParameters,
                withConsistency)
            .addJavadoc(read.equals("get") ? "Reads the $L; empty when absent or expired.$L\n"
                : "Whether a live $L is stored under the key.$L\n", entityName, eventually)
            .addStatement("return this.store.$L($L, $L, $L)", read, partition, key, consistency)
            .build());
      }
    }
    repository.addMethod(MethodSpec.methodBuilder("delete")
        .addJavadoc("Deletes the $L under the key, whatever version is stored.\n", entityName)
        .addModifiers(Modifier.PUBLIC)
        .addParameters(keyParameters)
        .addStatement("this.store.delete($L, $L)", partition, key)
        .build());
    repository.addMethod(MethodSpec.methodBuilder("delete")
        .addJavadoc("Deletes the $L only if the stored item is still {@code previous}.\n"
            + "@throws $L if another version is stored\n"
            + "@throws $L if none is\n", entityName, KEY_MODIFIED_EXCEPTION.canonicalName(),
            KEY_NOT_FOUND_EXCEPTION.canonicalName())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(versioned, "previous")
        .addStatement("this.store.delete(previous)")
        .build());

    repository.addMethod(MethodSpec.methodBuilder("key")
        .addJavadoc("The key of one $L, to read it in a snapshot with others ({@code store.snapshot(...)}).\n",
            entityName)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ENTITY_KEY, item))
        .addParameters(keyParameters)
        .addStatement("return this.store.key($L, $L)", partition, key)
        .build());
    repository.addMethod(MethodSpec.methodBuilder("entityStore")
        .addJavadoc("The store behind this repository, for Dynastore's transactions: not for your code.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(store)
        .addStatement("return this.store")
        .build());

    // batches
    List<ParameterSpec> partitionParameters = partitionParameters(entity);
    addBatchMethods(repository, entity, partitionParameters, partition, item, entityName, versioned);

    // listings
    NameAllocator schemaNames = SchemaCode.entityNames(entity);
    PropertyModel keyProperty = entity.key();
    repository.addMethod(MethodSpec.methodBuilder("listing")
        .addJavadoc("The $Ls in the order of their keys: narrow it with {@code where}, then list, stream or count"
            + " it.\n", entityName)
        .addModifiers(Modifier.PUBLIC)
        .returns(listingOf(item, keyProperty))
        .addParameters(partitionParameters)
        .addStatement("return this.store.listing($L, null, $T::$N)", partition, schema,
            schemaNames.get(SchemaCode.sortKeyTag(keyProperty)))
        .build());
    repository.addMethod(MethodSpec.methodBuilder("list")
        .addJavadoc("Lists the $Ls by key: one page.\n", entityName)
        .addModifiers(Modifier.PUBLIC)
        .returns(page)
        .addParameters(partitionParameters)
        .addParameter(PAGE_REQUEST, "request")
        .addStatement("return listing($L).list(request)", arguments(partitionParameters))
        .build());
    for (IndexModel index : entity.indexes()) {
      CodeBlock constant = CodeBlock.of("$T.$L", schema, schemaNames.get(index.name()));
      CodeBlock sortKey = CodeBlock.of("$T::$N", schema, schemaNames.get(SchemaCode.sortKeyTag(index.sort())));
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(index.accessor())
          .addModifiers(Modifier.PUBLIC)
          .returns(listingOf(item, index.sort()))
          .addParameters(partitionParameters);
      if (index.isGlobal()) {
        // the global index holds every partition's items: the listing keeps only this one's (a tenant's, say)
        PropertyModel by = index.partition();
        CodeBlock value = CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, by.name(), by.name() + " == null");
        accessor.addJavadoc("The $Ls whose {@code $L} is given, in the order of {@code $L}, through the global index"
                + " {@code $L}.\n", entityName, by.name(), index.sort().name(), index.name())
            .addParameter(TypeName.get(by.type()), by.name())
            .addStatement("return this.store.globalListing($L, $L, $L, $L)", constant,
                new ValueCode(new NameAllocator()).toAttribute(by.stored(), value, by.name()), partition, sortKey);
      } else {
        accessor.addJavadoc("The $Ls in the order of {@code $L}, through the local index {@code $L}.\n", entityName,
                index.sort().name(), index.name())
            .addStatement("return this.store.listing($L, $L, $L)", partition, constant, sortKey);
      }
      repository.addMethod(accessor.build());
    }
    return JavaFile.builder(self.packageName(), repository.build()).skipJavaLangImports(true).indent("  ").build();
  }

  /**
   * {@code getAll}, {@code putAll} and {@code deleteAll}: DynamoDB's batch requests, with and without a consistency
   * or a TTL.
   */
  private void addBatchMethods(TypeSpec.Builder repository, EntityModel entity, List<ParameterSpec> partitionParameters,
      CodeBlock partition, TypeName item, String entityName, TypeName versioned) {
    ClassName schema = Types.className(entity.type().schema());
    TypeName keyType = TypeName.get(entity.key().type()).box();
    String keysName = entity.key().name() + "s";
    if (!partitionParameters.isEmpty() && partitionParameters.get(0).name.equals(keysName)) {
      keysName = "keys";
    }
    ParameterSpec keys = ParameterSpec.builder(ParameterizedTypeName.get(ClassName.get(Collection.class), keyType),
        keysName).build();
    String incomplete = "@throws " + BATCH_INCOMPLETE_EXCEPTION.canonicalName() + " if DynamoDB left some unprocessed"
        + " through every retry\n";
    for (boolean withConsistency : new boolean[] {false, true}) {
      MethodSpec.Builder getAll = MethodSpec.methodBuilder("getAll")
          .addJavadoc("Reads the $Ls of these keys, 100 per request: the live ones, keyed as given; an absent or"
              + " expired\nkey is missing from the map.$L\n" + incomplete, entityName,
              withConsistency ? "" : " Eventually consistent.")
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(ClassName.get(Map.class), keyType, versioned))
          .addParameters(partitionParameters)
          .addParameter(keys);
      if (withConsistency) {
        getAll.addParameter(CONSISTENCY, "consistency");
      }
      repository.addMethod(getAll.addStatement("return this.store.getAll($L, $N, $T::key, $L)", partition, keys,
          schema, withConsistency ? CodeBlock.of("consistency") : CodeBlock.of("$T.EVENTUAL", CONSISTENCY)).build());
    }
    TypeName entities = ParameterizedTypeName.get(ClassName.get(Collection.class), item);
    String plural = plural(entityName);
    for (boolean withTtl : new boolean[] {false, true}) {
      MethodSpec.Builder putAll = MethodSpec.methodBuilder("putAll")
          .addJavadoc("Writes the $Ls unconditionally, 25 per request: each replaces the whole stored item\n"
              + "(attributes other programs added are lost) and starts again at version 1. Not versioned and not\n"
              + "atomic: when it fails, some may be written. For either, use a transaction.$L\n" + incomplete,
              entityName, withTtl ? "\nThey expire {@code ttl} from now, unless an {@code @Expires} component says"
                  + " when." : "")
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(ClassName.get(List.class), versioned))
          .addParameter(entities, plural);
      if (withTtl) {
        putAll.addParameter(Duration.class, "ttl");
      }
      repository.addMethod(putAll.addStatement("return this.store.putAll($N, $L)", plural, withTtl ? "ttl" : "null")
          .build());
    }
    repository.addMethod(MethodSpec.methodBuilder("deleteAll")
        .addJavadoc("Deletes the $Ls of these keys unconditionally, 25 per request. Not atomic.\n" + incomplete,
            entityName)
        .addModifiers(Modifier.PUBLIC)
        .addParameters(partitionParameters)
        .addParameter(keys)
        .addStatement("this.store.deleteAll($L, $N, $T::key)", partition, keys, schema)
        .build());
  }

  private static MethodSpec.Builder keyRead(String name, TypeName returns, List<ParameterSpec> keyParameters,
      boolean withConsistency) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addParameters(keyParameters);
    return withConsistency ? method.addParameter(CONSISTENCY, "consistency") : method;
  }

  /** A write with and without a TTL; the Javadoc is the summary, the TTL sentence, then the throws lines. */
  private void writeMethods(TypeSpec.Builder repository, String name, String summary, String throwsLines,
      TypeName item, String entityName, TypeName versioned) {
    for (boolean withTtl : new boolean[] {false, true}) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addJavadoc(summary + (withTtl ? " It expires {@code ttl} from now, unless its {@code @Expires} component"
              + " says when." : "") + "\n" + throwsLines, entityName)
          .addModifiers(Modifier.PUBLIC)
          .returns(versioned)
          .addParameter(item, entityName);
      if (withTtl) {
        method.addParameter(Duration.class, "ttl");
      }
      repository.addMethod(method.addStatement("return this.store.$L($N, $L)", name, entityName, withTtl ? "ttl" : "null")
          .build());
    }
  }

  private static List<ParameterSpec> keyParameters(EntityModel entity) {
    List<ParameterSpec> parameters = new ArrayList<>(partitionParameters(entity));
    parameters.add(ParameterSpec.builder(TypeName.get(entity.key().type()), entity.key().name()).build());
    return parameters;
  }

  private static List<ParameterSpec> partitionParameters(EntityModel entity) {
    PropertyModel component = entity.partitionComponent();
    return component == null ? List.of()
        : List.of(ParameterSpec.builder(TypeName.get(component.type()), component.name()).build());
  }

  private static CodeBlock partitionExpression(EntityModel entity) {
    PropertyModel component = entity.partitionComponent();
    ClassName schema = Types.className(entity.type().schema());
    return component == null ? CodeBlock.of("$T.PARTITION", schema)
        : CodeBlock.of("$T.partition($N)", schema, component.name());
  }

  /** {@code Listing<Customer, Instant>}: the entity's listings sorted by {@code sorted}. */
  private static TypeName listingOf(ClassName item, PropertyModel sorted) {
    return ParameterizedTypeName.get(LISTING, item, TypeName.get(sorted.type()).box());
  }

  private static CodeBlock arguments(List<ParameterSpec> parameters) {
    List<CodeBlock> names = new ArrayList<>();
    for (ParameterSpec parameter : parameters) {
      names.add(CodeBlock.of("$N", parameter));
    }
    return CodeBlock.join(names, ", ");
  }

  /** {@code customers} for {@code customer}, {@code addresses} for {@code address}, {@code categories}. */
  static String plural(String name) {
    if (name.matches(".*(s|x|z|ch|sh)")) {
      return name + "es";
    }
    if (name.matches(".*[^aeiou]y")) {
      return name.substring(0, name.length() - 1) + "ies";
    }
    return name + "s";
  }

  private static String lowerFirst(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
