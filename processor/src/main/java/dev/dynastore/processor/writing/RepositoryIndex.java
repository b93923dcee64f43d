package dev.dynastore.processor.writing;

import dev.dynastore.processor.model.EntityModel;
import dev.dynastore.processor.model.RepositoryModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The index of the repositories a compilation generated, written to {@value #PATH} for frameworks to register them
 * without scanning the class path (the Spring Boot starter reads it). One line per repository, tab-separated: the
 * type to inject ({@code CustomerRepository}, or the declared interface {@code Customers}), the class that
 * implements it, the entity, and the entity's table key ({@code @Partition(table = ...)}, empty for the default
 * table); binary names. Lines starting with {@code #} are comments.
 *
 * <p>An incremental build compiles only some sources, so the index already in the output is kept and this
 * compilation's entries replace its lines for the same types; an entry whose classes were deleted since stays, and
 * readers skip it.
 */
public final class RepositoryIndex {
  /** Where the index is written, relative to the class output. */
  public static final String PATH = "META-INF/dynastore/repositories";
  private static final String HEADER =
      "# Dynastore repositories: type, implementation, entity, table key (empty: the default table)";

  private final Elements elements;
  private final Map<String, String> lines = new LinkedHashMap<>();

  public RepositoryIndex(Elements elements) {
    this.elements = elements;
  }

  /** Adds an entity's generated repository. */
  public void entity(EntityModel entity) {
    String repository = entity.repository().qualifiedName();
    add(repository, repository, entity);
  }

  /** Adds a declared repository, implemented for its entity. */
  public void repository(RepositoryModel repository) {
    add(elements.getBinaryName(repository.element()).toString(), repository.implementation().qualifiedName(),
        repository.entity());
  }

  private void add(String type, String implementation, EntityModel entity) {
    String table = entity.tableKey() == null ? "" : entity.tableKey();
    lines.put(type, String.join("\t", type, implementation,
        elements.getBinaryName(entity.type().element()).toString(), table));
  }

  /** Whether nothing was added. */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** Writes the index, merged with the one the output holds from an earlier compilation. */
  public void writeTo(Filer filer) throws IOException {
    Map<String, String> merged = new LinkedHashMap<>();
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (Reader reader = existing.openReader(true); BufferedReader lineReader = new BufferedReader(reader)) {
        for (String line = lineReader.readLine(); line != null; line = lineReader.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            merged.put(line.split("\t", -1)[0], line);
          }
        }
      }
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException none) {
      // no index yet: a clean build
    }
    merged.putAll(lines);
    FileObject index = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (Writer writer = index.openWriter()) {
      writer.write(HEADER + "\n");
      for (String line : merged.values()) {
        writer.write(line + "\n");
      }
    }
  }
}
