package dev.dynastore.processor.writing;

import static dev.dynastore.processor.writing.Types.ENTITY_STORE;
import static dev.dynastore.processor.writing.Types.KEY_RANGE;
import static dev.dynastore.processor.writing.Types.STORE_BACKED;
import static dev.dynastore.processor.writing.Types.TABLE;
import static dev.dynastore.processor.writing.Types.VERSIONED;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import dev.dynastore.processor.model.RepositoryModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * Writes {@code CustomersImpl} for a declared {@code @Repository interface Customers}: every method one call
 * to the generated entity repository, so the declared and the generated repository behave the same.
 */
final class DeclaredRepositoryWriter {
  private final ClassName injectAnnotation;

  /** @param injectAnnotation {@code jakarta.inject.Inject} when on the classpath, else null */
  DeclaredRepositoryWriter(ClassName injectAnnotation) {
    this.injectAnnotation = injectAnnotation;
  }

  JavaFile write(RepositoryModel repository) {
    ClassName self = Types.className(repository.implementation());
    ClassName entityRepository = Types.className(repository.entity().repository());
    TypeName entity = ClassName.get(repository.entity().type().element());
    TypeName versioned = ParameterizedTypeName.get(VERSIONED, entity);

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addJavadoc("An implementation over {@code table}.\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(TABLE, "table")
        .addStatement("this.repository = new $T(table)", entityRepository);
    if (injectAnnotation != null) {
      constructor.addAnnotation(injectAnnotation);
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("The implementation of {@link $T}, generated from its declaration.\n", repository.element())
        .addAnnotation(Types.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ClassName.get(repository.element()))
        .addSuperinterface(ParameterizedTypeName.get(STORE_BACKED, entity))
        // one originating element, as Gradle's isolating processors must declare: the interface it implements
        .addOriginatingElement(repository.element())
        .addField(entityRepository, "repository", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor.build());

    type.addMethod(base("create", versioned).addParameter(entity, "entity")
        .addStatement("return this.repository.create(entity)").build());
    type.addMethod(base("create", versioned).addParameter(entity, "entity").addParameter(Duration.class, "ttl")
        .addStatement("return this.repository.create(entity, ttl)").build());
    type.addMethod(base("put", versioned).addParameter(entity, "entity")
        .addStatement("return this.repository.put(entity)").build());
    type.addMethod(base("entityStore", ParameterizedTypeName.get(ENTITY_STORE, entity))
        .addJavadoc("The store behind this repository, for Dynastore's transactions: not for your code.\n")
        .addStatement("return this.repository.entityStore()").build());
    type.addMethod(base("putAll", ParameterizedTypeName.get(ClassName.get(List.class), versioned))
        .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class), entity), "entities")
        .addStatement("return this.repository.putAll(entities)").build());
    type.addMethod(base("update", versioned).addParameter(versioned, "previous").addParameter(entity, "next")
        .addStatement("return this.repository.update(previous, next)").build());
    type.addMethod(base("delete", TypeName.VOID).addParameter(versioned, "previous")
        .addStatement("this.repository.delete(previous)").build());
    type.addMethod(base("createTableIfMissing", TypeName.BOOLEAN)
        .addStatement("return this.repository.createTableIfMissing()").build());

    for (RepositoryModel.Method method : repository.methods()) {
      type.addMethod(declared(repository, method));
    }
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private static MethodSpec.Builder base(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private MethodSpec declared(RepositoryModel repository, RepositoryModel.Method method) {
    MethodSpec.Builder spec = overriding(method);
    List<CodeBlock> arguments = new ArrayList<>();
    for (VariableElement parameter : method.element().getParameters()) {
      arguments.add(CodeBlock.of("$N", parameter.getSimpleName().toString()));
    }
    switch (method.kind()) {
      case GET:
        return spec.addStatement("return this.repository.get($L)", CodeBlock.join(arguments, ", ")).build();
      case EXISTS:
        return spec.addStatement("return this.repository.exists($L)", CodeBlock.join(arguments, ", ")).build();
      case DELETE:
        return spec.addStatement("this.repository.delete($L)", CodeBlock.join(arguments, ", ")).build();
      case GET_ALL:
        return spec.addStatement("return this.repository.getAll($L)", CodeBlock.join(arguments, ", ")).build();
      case DELETE_ALL:
        return spec.addStatement("this.repository.deleteAll($L)", CodeBlock.join(arguments, ", ")).build();
      default:
        return spec.addStatement("return $L", listing(repository, method, arguments)).build();
    }
  }

  /**
   * The method's signature as the repository sees it: an inherited generic interface's {@code Page<E>} is
   * {@code Page<Shop>} here.
   */
  private static MethodSpec.Builder overriding(RepositoryModel.Method method) {
    ExecutableElement element = method.element();
    ExecutableType type = method.type();
    MethodSpec.Builder spec = MethodSpec.methodBuilder(element.getSimpleName().toString())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.get(type.getReturnType()))
        .varargs(element.isVarArgs());
    for (TypeVariable variable : type.getTypeVariables()) {
      spec.addTypeVariable(TypeVariableName.get(variable));
    }
    for (int i = 0; i < element.getParameters().size(); i++) {
      spec.addParameter(TypeName.get(type.getParameterTypes().get(i)),
          element.getParameters().get(i).getSimpleName().toString());
    }
    for (TypeMirror thrown : type.getThrownTypes()) {
      spec.addException(TypeName.get(thrown));
    }
    return spec;
  }

  /**
   * A listing method as one chain on the generated repository: its listing (by key or index, with the partition
   * values), narrowed, then paged, streamed or counted.
   */
  private static CodeBlock listing(RepositoryModel repository, RepositoryModel.Method method,
      List<CodeBlock> arguments) {
    int leading = (repository.entity().partitionComponent() == null ? 0 : 1)
        + (method.index() != null && method.index().isGlobal() ? 1 : 0);
    String accessor = method.index() == null ? "listing" : method.index().accessor();
    CodeBlock chain = CodeBlock.of("this.repository.$N($L)", accessor, CodeBlock.join(arguments.subList(0, leading), ", "));
    int next = leading;
    switch (method.narrowing()) {
      case PREFIX:
        chain = CodeBlock.of("$L.where($T.beginsWith($L))", chain, KEY_RANGE, arguments.get(next++));
        break;
      case RANGE:
        chain = CodeBlock.of("$L.where($L)", chain, arguments.get(next++));
        break;
      default:
        break;
    }
    switch (method.kind()) {
      case PAGE:
        return CodeBlock.of("$L.list($L)", chain, arguments.get(next));
      case STREAM:
        return CodeBlock.of("$L.stream($L)", chain, arguments.get(next));
      case STREAM_VERSIONED:
        return CodeBlock.of("$L.streamVersioned($L)", chain, arguments.get(next));
      case COUNT:
        return method.withConsistency() ? CodeBlock.of("$L.count($L)", chain, arguments.get(next))
            : CodeBlock.of("$L.count()", chain);
      default:
        return chain;
    }
  }
}
