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
import javax.lang.model.type.PrimitiveType;
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
        classified = listing(declared, declared.query(), entity, report);
      } else if (name.equals("list") || name.equals("count")) {
        classified = listing(declared, null, entity, report);
      } else if (name.equals("getAll") || name.equals("deleteAll")) {
        classified = batchByKey(declared, name.equals("getAll") ? ValidRepository.Kind.GET_ALL
            : ValidRepository.Kind.DELETE_ALL, entity, report);
      } else if (name.equals("get") || name.equals("exists") || name.equals("delete")) {
        classified = byKey(declared, ValidRepository.Kind.valueOf(name.toUpperCase(Locale.ROOT)), entity, report);
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

  /**
   * A listing: by key ({@code list} or {@code count}, or {@code @Query} without an index) or through the {@code @Query}'s index. It
   * returns a page, a stream (of entities or of versioned ones), a count, or the {@code Listing} itself; it takes
   * the partition values, then optionally a {@code KeyRange} of the sort key's type (or, on a text sort key, a
   * prefix), then a {@code PageRequest} (pages and streams) or optionally a {@code Consistency} (counts).
   */
  private ValidRepository.Method listing(RepositoryDeclaration.Method declared, QueryAnnotation query,
      ValidEntity entity, Diagnostics report) {
    ExecutableElement method = declared.element();
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
    PropertyDeclaration sorted = index == null ? entity.key() : index.sort();
    TypeMirror sortType = boxed(sorted.type());
    String sortedBy = (index == null ? entitySimpleName(entity) + " is listed by its key" : "index " + index.name()
        + " is sorted by") + " " + simple(sortType) + " " + sorted.name();
    ValidRepository.Kind kind = listingKind(declared, entity, sortType, sortedBy, report);
    if (kind == null) {
      return null;
    }
    List<TypeMirror> leading = new ArrayList<>(partitionTypes(entity));
    if (index != null && index.isGlobal()) {
      leading.add(index.partition().type()); // a tenant's items only: the global index holds every partition's
    }
    List<? extends VariableElement> parameters = method.getParameters();
    List<? extends TypeMirror> parameterTypes = declared.type().getParameterTypes();
    if (!startsWith(parameterTypes, leading)) {
      report.error(method, Message.QUERY_PARAMETERS, signature(method), parameterList(method),
          accepted(kind, leading, sortType));
      return null;
    }
    List<? extends VariableElement> rest = parameters.subList(leading.size(), parameters.size());
    List<? extends TypeMirror> restTypes = parameterTypes.subList(leading.size(), parameterTypes.size());
    ValidRepository.Narrowing narrowing = ValidRepository.Narrowing.NONE;
    if (!rest.isEmpty() && kind != ValidRepository.Kind.LISTING) {
      TypeMirror first = restTypes.get(0);
      if (isKeyRange(first)) {
        TypeMirror bound = ((DeclaredType) first).getTypeArguments().isEmpty() ? null
            : ((DeclaredType) first).getTypeArguments().get(0);
        if (bound == null || !types.isSameType(bound, sortType)) {
          report.error(rest.get(0), Message.QUERY_RANGE_TYPE, "parameter " + rest.get(0).getSimpleName(),
              signature(method), simple(first), sortedBy, "KeyRange", simple(sortType));
          return null;
        }
        narrowing = ValidRepository.Narrowing.RANGE;
        restTypes = restTypes.subList(1, restTypes.size());
      } else if (isString(first) && isString(sortType)) {
        narrowing = ValidRepository.Narrowing.PREFIX;
        restTypes = restTypes.subList(1, restTypes.size());
      }
    }
    boolean withConsistency = false;
    boolean fits;
    switch (kind) {
      case LISTING:
        fits = restTypes.isEmpty();
        break;
      case COUNT:
        withConsistency = restTypes.size() == 1 && isType(restTypes.get(0), AnnotationNames.CONSISTENCY);
        fits = restTypes.isEmpty() || withConsistency;
        break;
      default:
        fits = restTypes.size() == 1 && isType(restTypes.get(0), AnnotationNames.PAGE_REQUEST);
    }
    if (!fits) {
      report.error(method, Message.QUERY_PARAMETERS, signature(method), parameterList(method),
          accepted(kind, leading, sortType));
      return null;
    }
    return new ValidRepository.Method(method, declared.type(), kind, index == null ? null : index.name(), narrowing,
        withConsistency);
  }

  /** What a listing method returns, or null after reporting a return type no listing has. */
  private ValidRepository.Kind listingKind(RepositoryDeclaration.Method declared, ValidEntity entity,
      TypeMirror sortType, String sortedBy, Diagnostics report) {
    ExecutableElement method = declared.element();
    TypeMirror entityType = entity.type().element().asType();
    TypeMirror returned = declared.type().getReturnType();
    TypeMirror versioned = types.getDeclaredType(type(AnnotationNames.VERSIONED), entityType);
    TypeElement stream = type("java.util.stream.Stream");
    if (types.isSameType(returned, types.getDeclaredType(type(AnnotationNames.PAGE), entityType))) {
      return ValidRepository.Kind.PAGE;
    }
    if (types.isSameType(returned, types.getDeclaredType(stream, entityType))) {
      return ValidRepository.Kind.STREAM;
    }
    if (types.isSameType(returned, types.getDeclaredType(stream, versioned))) {
      return ValidRepository.Kind.STREAM_VERSIONED;
    }
    if (returned.getKind() == TypeKind.LONG) {
      return ValidRepository.Kind.COUNT;
    }
    if (isType(returned, AnnotationNames.LISTING)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) returned).getTypeArguments();
      if (arguments.size() == 2 && types.isSameType(arguments.get(0), entityType)) {
        if (types.isSameType(arguments.get(1), sortType)) {
          return ValidRepository.Kind.LISTING;
        }
        report.error(method, Message.QUERY_RANGE_TYPE, "the listing", signature(method), simple(returned),
            sortedBy, "Listing", entitySimpleName(entity) + ", " + simple(sortType));
        return null;
      }
    }
    String name = entitySimpleName(entity);
    report.error(method, Message.QUERY_RETURN_TYPE, signature(method), returned, name, name, name, name,
        simple(sortType));
    return null;
  }

  /** The parameter lists a listing of this kind accepts, for the error message. */
  private String accepted(ValidRepository.Kind kind, List<TypeMirror> leading, TypeMirror sortType) {
    String before = leading.isEmpty() ? "" : describe(leading) + ", ";
    String range = "KeyRange<" + simple(sortType) + ">";
    String narrowings = "[" + range + (isString(sortType) ? " or String prefix" : "") + "]";
    switch (kind) {
      case LISTING:
        return "(" + describe(leading) + ")";
      case COUNT:
        return "(" + before + narrowings + ", [Consistency])";
      default:
        return "(" + before + narrowings + ", PageRequest)";
    }
  }

  private boolean startsWith(List<? extends TypeMirror> parameters, List<TypeMirror> expected) {
    if (parameters.size() < expected.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!types.isSameType(parameters.get(i), expected.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean isKeyRange(TypeMirror type) {
    return isType(type, AnnotationNames.KEY_RANGE);
  }

  private boolean isType(TypeMirror type, String name) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
  }

  private boolean isString(TypeMirror type) {
    return isType(type, "java.lang.String");
  }

  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
  }

  private ValidRepository.Method byKey(RepositoryDeclaration.Method declared, ValidRepository.Kind kind,
      ValidEntity entity, Diagnostics report) {
    ExecutableElement method = declared.element();
    List<TypeMirror> key = new ArrayList<>(partitionTypes(entity));
    key.add(entity.key().type());
    List<TypeMirror> consistent = new ArrayList<>(key);
    consistent.add(type(AnnotationNames.CONSISTENCY).asType());
    TypeMirror expectedReturn = expectedReturn(kind, entity);
    boolean returnFits = types.isSameType(declared.type().getReturnType(), expectedReturn);
    if (returnFits && parametersAre(declared, key)) {
      return new ValidRepository.Method(method, declared.type(), kind, null, ValidRepository.Narrowing.NONE, false);
    }
    if (returnFits && kind != ValidRepository.Kind.DELETE && parametersAre(declared, consistent)) {
      return new ValidRepository.Method(method, declared.type(), kind, null, ValidRepository.Narrowing.NONE, true);
    }
    String name = method.getSimpleName().toString();
    report.error(method, Message.KEY_METHOD_SIGNATURE, signature(method), name,
        expectedReturn + " " + name + "(" + describe(key) + ")"
            + (kind == ValidRepository.Kind.DELETE ? "" : ", optionally with a Consistency"));
    return null;
  }

  /**
   * {@code getAll} or {@code deleteAll}: the partition values, then a collection of keys (any {@code Collection} of
   * the key's boxed type), then for {@code getAll} optionally a {@code Consistency}; {@code getAll} returns
   * {@code Map<Key, Versioned<E>>}.
   */
  private ValidRepository.Method batchByKey(RepositoryDeclaration.Method declared, ValidRepository.Kind kind,
      ValidEntity entity, Diagnostics report) {
    ExecutableElement method = declared.element();
    List<TypeMirror> leading = new ArrayList<>(partitionTypes(entity));
    TypeMirror key = boxed(entity.key().type());
    TypeMirror keys = types.getDeclaredType(type("java.util.Collection"), key);
    TypeMirror versioned = types.getDeclaredType(type(AnnotationNames.VERSIONED), entity.type().element().asType());
    TypeMirror expectedReturn = kind == ValidRepository.Kind.GET_ALL
        ? types.getDeclaredType(type("java.util.Map"), key, versioned) : types.getNoType(TypeKind.VOID);
    List<? extends TypeMirror> parameters = declared.type().getParameterTypes();
    int rest = parameters.size() - leading.size();
    boolean fits = types.isSameType(declared.type().getReturnType(), expectedReturn) && rest >= 1
        && startsWith(parameters, leading) && types.isAssignable(parameters.get(leading.size()), keys);
    boolean withConsistency = fits && rest == 2 && kind == ValidRepository.Kind.GET_ALL
        && isType(parameters.get(leading.size() + 1), AnnotationNames.CONSISTENCY);
    if (fits && (rest == 1 || withConsistency)) {
      return new ValidRepository.Method(method, declared.type(), kind, null, ValidRepository.Narrowing.NONE,
          withConsistency);
    }
    String name = method.getSimpleName().toString();
    String before = leading.isEmpty() ? "" : describe(leading) + ", ";
    report.error(method, Message.KEY_METHOD_SIGNATURE, signature(method), name,
        simple(expectedReturn) + " " + name + "(" + before + "Collection<" + simple(key) + ">)"
            + (kind == ValidRepository.Kind.GET_ALL ? ", optionally with a Consistency" : ""));
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

  private boolean parametersAre(RepositoryDeclaration.Method declared, List<TypeMirror> expected) {
    List<? extends TypeMirror> parameters = declared.type().getParameterTypes();
    return parameters.size() == expected.size() && startsWith(parameters, expected);
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
