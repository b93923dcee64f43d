package dev.dynastore.processor.discovery;

import dev.dynastore.processor.diagnostics.Diagnostics;
import dev.dynastore.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@code @Repository} interface: its entity, and the abstract methods to implement with their @Query. */
public final class RepositoryScanner {
  private final Elements elements;
  private final Types types;

  public RepositoryScanner(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  public Optional<RepositoryDeclaration> scan(TypeElement type, Diagnostics report) {
    if (type.getKind() != ElementKind.INTERFACE) {
      report.error(type, Message.REPOSITORY_NOT_INTERFACE, type.getSimpleName());
      return Optional.empty();
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, Message.REPOSITORY_GENERIC, type.getSimpleName());
      return Optional.empty();
    }
    TypeElement entity = entityOf(type);
    if (entity == null || Annotations.find(entity, AnnotationNames.PARTITION) == null
        && !hasComponentPartition(entity)) {
      report.error(type, Message.REPOSITORY_NO_ENTITY, type.getSimpleName());
      return Optional.empty();
    }
    List<RepositoryDeclaration.Method> methods = new ArrayList<>();
    List<ExecutableElement> implemented = ElementFilter.methodsIn(
        elements.getTypeElement(AnnotationNames.DYNASTORE_REPOSITORY).getEnclosedElements());
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      QueryAnnotation query = Annotations.query(method);
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        if (query != null) {
          report.error(method, Message.QUERY_NOT_ABSTRACT, method.getSimpleName(),
              method.getModifiers().contains(Modifier.STATIC) ? "static" : "default");
        }
        continue;
      }
      if (isImplemented(method, implemented, type)) {
        continue; // DynastoreRepository's own, perhaps declared again for its Javadoc: implemented anyway
      }
      ExecutableType member = (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method);
      methods.add(new RepositoryDeclaration.Method(method, member, query));
    }
    return report.isClean() ? Optional.of(new RepositoryDeclaration(type, entity, methods)) : Optional.empty();
  }

  private boolean isImplemented(ExecutableElement method, List<ExecutableElement> implemented, TypeElement type) {
    for (ExecutableElement base : implemented) {
      if (method.equals(base) || elements.overrides(method, base, type)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code T} of {@code DynastoreRepository<T>} among the interface's supertypes. */
  private TypeElement entityOf(TypeElement type) {
    for (TypeMirror supertype : types.directSupertypes(type.asType())) {
      if (supertype.getKind() != TypeKind.DECLARED) {
        continue;
      }
      DeclaredType declared = (DeclaredType) supertype;
      TypeElement element = (TypeElement) declared.asElement();
      if (element.getQualifiedName().contentEquals(AnnotationNames.DYNASTORE_REPOSITORY)) {
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED) {
          return (TypeElement) ((DeclaredType) arguments.get(0)).asElement();
        }
        return null;
      }
      if (element.getKind() == ElementKind.INTERFACE) {
        TypeElement inherited = entityOf(element);
        if (inherited != null) {
          return inherited;
        }
      }
    }
    return null;
  }

  private static boolean hasComponentPartition(TypeElement entity) {
    for (Element member : entity.getEnclosedElements()) {
      if (Annotations.find(member, AnnotationNames.PARTITION) != null) {
        return true;
      }
    }
    return false;
  }
}
