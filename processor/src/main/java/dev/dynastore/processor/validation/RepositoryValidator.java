package dev.dynastore.processor.validation;

import dev.dynastore.processor.diagnostics.Diagnostics;
import dev.dynastore.processor.diagnostics.Message;
import dev.dynastore.processor.discovery.AnnotationNames;
import dev.dynastore.processor.discovery.PropertyDeclaration;
import dev.dynastore.processor.discovery.QueryAnnotation;
import dev.dynastore.processor.discovery.RepositoryDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks each method of a declared repository against its valid entity: a {@code @Query} names an index the
 * entity declares and takes the parameters that index needs; {@code get}, {@code exists}, {@code delete} and
 * {@code list} take the entity's key. Each method that fits is classified; each that does not gets an error
 * naming what would fit.
 */
public final class RepositoryValidator {
  private final Elements elements;
  private final Types types;

  public RepositoryValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The repository with its classified methods; empty when the diagnostics have errors. */
  public Optional<ValidRepository> validate(RepositoryDeclaration repository, ValidEntity entity,
      Diagnostics report) {
    List<ValidRepository.Method> methods = new ArrayList<>();
    for (RepositoryDeclaration.Method declared : repository.methods()) {
      ExecutableElement method = declared.element();
      String name = method.getSimpleName().toString();
      ValidRepository.Method classified;
      if (declared.query() != null) {
        classified = listing(method, declared.query(), entity, report);
      } else if (name.equals("list")) {
        classified = listing(method, null, entity, report);
      } else if (name.equals("get") || name.equals("exists") || name.equals("delete")) {
        classified = byKey(method, ValidRepository.Kind.valueOf(name.toUpperCase(Locale.ROOT)), entity, report);
      } else {
        report.error(method, Message.METHOD_UNSUPPORTED, signature(method));
        classified = null;
      }
      if (classified != null) {
        methods.add(classified);
      }
    }
    return report.isClean() ? Optional.of(new ValidRepository(repository, methods)) : Optional.empty();
  }

  private ValidRepository.Method listing(ExecutableElement method, QueryAnnotation query, ValidEntity entity,
      Diagnostics report) {
    ValidIndex index = null;
    String indexName = query == null ? "" : query.index();
    if (!indexName.isEmpty()) {
      index = entity.index(indexName);
      if (index == null) {
        report.error(method, query.mirror(), query.value(), Message.QUERY_UNKNOWN_INDEX, indexName,
            entitySimpleName(entity), entity.indexes().stream().map(ValidIndex::name).collect(Collectors.toList()));
        return null;
      }
    }
    TypeMirror page = types.getDeclaredType(type(AnnotationNames.PAGE), entity.type().element().asType());
    if (!types.isSameType(method.getReturnType(), page)) {
      report.error(method, Message.QUERY_RETURN_TYPE, signature(method), method.getReturnType(),
          entitySimpleName(entity));
      return null;
    }
    List<TypeMirror> leading = new ArrayList<>(partitionTypes(entity));
    if (index != null && index.isGlobal()) {
      leading.add(index.partition().type()); // a tenant's items only: the global index holds every partition's
    }
    boolean prefixAllowed = index == null || "S".equals(entity.type().storedType(index.sort()).scalarType());
    List<TypeMirror> withoutPrefix = new ArrayList<>(leading);
    withoutPrefix.add(type(AnnotationNames.PAGE_REQUEST).asType());
    List<TypeMirror> withPrefix = new ArrayList<>(leading);
    withPrefix.add(type("java.lang.String").asType());
    withPrefix.add(type(AnnotationNames.PAGE_REQUEST).asType());
    String indexOrNull = index == null ? null : index.name();
    if (parametersAre(method, withoutPrefix)) {
      return new ValidRepository.Method(method, ValidRepository.Kind.LIST, indexOrNull, false, false);
    }
    if (prefixAllowed && parametersAre(method, withPrefix)) {
      return new ValidRepository.Method(method, ValidRepository.Kind.LIST, indexOrNull, true, false);
    }
    report.error(method, Message.QUERY_PARAMETERS, signature(method), parameterList(method),
        describe(withoutPrefix) + (prefixAllowed ? "), or (" + describe(withPrefix) : ""));
    return null;
  }

  private ValidRepository.Method byKey(ExecutableElement method, ValidRepository.Kind kind, ValidEntity entity,
      Diagnostics report) {
    List<TypeMirror> key = new ArrayList<>(partitionTypes(entity));
    key.add(entity.key().type());
    List<TypeMirror> consistent = new ArrayList<>(key);
    consistent.add(type(AnnotationNames.CONSISTENCY).asType());
    TypeMirror expectedReturn = expectedReturn(kind, entity);
    boolean returnFits = types.isSameType(method.getReturnType(), expectedReturn);
    if (returnFits && parametersAre(method, key)) {
      return new ValidRepository.Method(method, kind, null, false, false);
    }
    if (returnFits && kind != ValidRepository.Kind.DELETE && parametersAre(method, consistent)) {
      return new ValidRepository.Method(method, kind, null, false, true);
    }
    String name = method.getSimpleName().toString();
    report.error(method, Message.KEY_METHOD_SIGNATURE, signature(method), name,
        expectedReturn + " " + name + "(" + describe(key) + ")"
            + (kind == ValidRepository.Kind.DELETE ? "" : ", optionally with a Consistency"));
    return null;
  }

  private TypeMirror expectedReturn(ValidRepository.Kind kind, ValidEntity entity) {
    switch (kind) {
      case GET:
        TypeMirror versioned = types.getDeclaredType(type(AnnotationNames.VERSIONED),
            entity.type().element().asType());
        return types.getDeclaredType(type("java.util.Optional"), versioned);
      case EXISTS:
        return types.getPrimitiveType(TypeKind.BOOLEAN);
      default:
        return types.getNoType(TypeKind.VOID);
    }
  }

  private static List<TypeMirror> partitionTypes(ValidEntity entity) {
    PropertyDeclaration component = entity.partitionComponent();
    return component == null ? List.of() : List.of(component.type());
  }

  private boolean parametersAre(ExecutableElement method, List<TypeMirror> expected) {
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.size() != expected.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!types.isSameType(parameters.get(i).asType(), expected.get(i))) {
        return false;
      }
    }
    return true;
  }

  private TypeElement type(String name) {
    return elements.getTypeElement(name);
  }

  private static String entitySimpleName(ValidEntity entity) {
    return entity.type().element().getSimpleName().toString();
  }

  private static String signature(ExecutableElement method) {
    return method.getSimpleName() + "(" + parameterList(method) + ")";
  }

  private static String parameterList(ExecutableElement method) {
    return method.getParameters().stream().map(p -> simple(p.asType()) + " " + p.getSimpleName())
        .collect(Collectors.joining(", "));
  }

  private static String describe(List<TypeMirror> types) {
    return types.stream().map(RepositoryValidator::simple).collect(Collectors.joining(", "));
  }

  private static String simple(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getSimpleName().toString();
    if (declared.getTypeArguments().isEmpty()) {
      return name;
    }
    return name + "<" + declared.getTypeArguments().stream().map(RepositoryValidator::simple)
        .collect(Collectors.joining(", ")) + ">";
  }
}
