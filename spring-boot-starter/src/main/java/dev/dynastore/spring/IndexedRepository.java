package dev.dynastore.spring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * One repository Dynastore's processor generated, as its index ({@value #INDEX}) lists it: the type to inject, the
 * class implementing it, its entity, and the entity's table key ({@code @Partition(table = ...)}, empty for the
 * default table); binary class names.
 */
record IndexedRepository(String type, String implementation, String entity, String tableKey) {
  /** Where the processor writes its index in each compiled module. */
  static final String INDEX = "META-INF/dynastore/repositories";
  private static final Logger LOG = LoggerFactory.getLogger(IndexedRepository.class);

  /**
   * Every repository the indexes on the class path list whose classes are present, each type once (an index left by
   * an earlier incremental build may name classes deleted since: skipped).
   */
  static List<IndexedRepository> readAll(ClassLoader classLoader) {
    Map<String, IndexedRepository> byType = new LinkedHashMap<>();
    try {
      Enumeration<URL> indexes = classLoader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        for (IndexedRepository repository : read(index)) {
          if (ClassUtils.isPresent(repository.implementation, classLoader)) {
            byType.putIfAbsent(repository.type, repository);
          } else {
            LOG.debug("skipping {} listed in {}: its class is not on the class path", repository.implementation,
                index);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read Dynastore's repository index " + INDEX, e);
    }
    return List.copyOf(byType.values());
  }

  private static List<IndexedRepository> read(URL index) throws IOException {
    List<IndexedRepository> repositories = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < 4) {
          throw new IllegalStateException("unreadable line in Dynastore's repository index " + index + ": \"" + line
              + "\"; rebuild the module with this version of dynastore-processor");
        }
        repositories.add(new IndexedRepository(fields[0], fields[1], fields[2], fields[3]));
      }
    }
    return repositories;
  }

  /** The bean name: the type's simple name, uncapitalized ({@code customers}, {@code customerRepository}). */
  String beanName() {
    String simple = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    return org.springframework.util.StringUtils.uncapitalizeAsProperty(simple);
  }

  /** The entity's name as written in source: {@code com.example.Outer.Inner}. */
  String entityCanonicalName() {
    return entity.replace('$', '.');
  }
}
