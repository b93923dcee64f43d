package dev.dynastore.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public type name is used twice across the packages users import: with {@code import dev.dynastore.kv.*} and
 * {@code import dev.dynastore.annotations.*}, a {@code Partition} in both was an ambiguity error (after two
 * misleading processor errors). Read from the sources of every module a user depends on.
 */
class PublicNamesTest {
  private static final List<String> USER_MODULES = List.of("annotations", "runtime", "testing");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("^public (?:(?:final|abstract|sealed|non-sealed) )*(?:class|interface|enum|record|@interface) (\\w+)",
          Pattern.MULTILINE);

  @Test
  void everyPublicTypeNameIsUnique() throws IOException {
    Map<String, List<String>> packagesByName = new TreeMap<>();
    for (String module : USER_MODULES) {
      Path sources = Path.of("..", module, "src", "main", "java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String source = Files.readString(file);
          Matcher type = PUBLIC_TYPE.matcher(source);
          if (type.find()) {
            packagesByName.computeIfAbsent(type.group(1), name -> new ArrayList<>())
                .add(sources.relativize(file.getParent()).toString().replace('/', '.'));
          }
        }
      }
    }
    assertThat(packagesByName).as("public types found").containsKeys("Dynastore", "KVPartition", "Partition");
    assertThat(packagesByName).allSatisfy((name, packages) ->
        assertThat(packages).as("public type %s", name).hasSize(1));
  }
}
