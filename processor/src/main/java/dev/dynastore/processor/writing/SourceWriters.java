package dev.dynastore.processor.writing;

import com.squareup.javapoet.ClassName;
import dev.dynastore.processor.model.EntityModel;
import dev.dynastore.processor.model.RepositoryModel;
import dev.dynastore.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.util.Elements;

/**
 * The writers, the only classes that touch JavaPoet: from a model, the source files to generate. They report no
 * errors: what they are given was validated.
 */
public final class SourceWriters {
  private final ClassName injectAnnotation;

  /** @param elements to see whether the compile classpath has {@code jakarta.inject}, whose @Inject is then used */
  public SourceWriters(Elements elements) {
    this.injectAnnotation = elements.getTypeElement(Types.INJECT.canonicalName()) == null ? null : Types.INJECT;
  }

  /** An entity's schema and repository, then the schemas of the nested types it stores. */
  public List<SourceFile> entity(EntityModel entity) {
    List<SourceFile> files = new ArrayList<>();
    files.add(new SourceFile(new EntitySchemaWriter().write(entity)));
    files.add(new SourceFile(new RepositoryWriter(injectAnnotation).write(entity)));
    for (TypeModel nested : entity.nestedSchemas()) {
      files.add(new SourceFile(new NestedSchemaWriter().write(nested)));
    }
    return files;
  }

  /** The implementation of a declared repository. */
  public SourceFile repository(RepositoryModel repository) {
    return new SourceFile(new DeclaredRepositoryWriter(injectAnnotation).write(repository));
  }
}
