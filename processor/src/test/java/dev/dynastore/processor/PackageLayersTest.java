package dev.dynastore.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor runs one way: discovery, validation, model, writing. Each package may use only the packages
 * before it in {@link #LAYERS} ({@code diagnostics} first, so every step can report), the processor class may use
 * them all, and only {@code writing} touches JavaPoet. Read from the sources, so that a new import breaks the build.
 */
class PackageLayersTest {
  /** The packages under {@code dev.dynastore.processor}, each allowed to use only those before it. */
  private static final List<String> LAYERS = List.of("diagnostics", "discovery", "validation", "model", "writing");
  private static final String ROOT = "(root)";
  private static final Path SOURCES = Path.of("src/main/java/dev/dynastore/processor");
  /** A processor package named in code: an import, or a qualified name. */
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.dynastore\\.processor\\.([a-z]\\w*)\\b");
  private static final Pattern ROOT_REFERENCE = Pattern.compile("\\bdev\\.dynastore\\.processor\\.[A-Z]");
  /** String literals, and comments, which may name packages without using them. */
  private static final Pattern NOT_CODE = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|//[^\\n]*|/\\*(?s:.*?)\\*/");

  @Test
  void eachPackageUsesOnlyThePackagesBeforeIt() {
    Map<String, Set<String>> uses = uses();
    uses.forEach((from, to) -> System.out.println("processor layers: " + from + " -> " + to));

    assertThat(uses.keySet()).containsAll(LAYERS);
    for (String layer : LAYERS) {
      List<String> allowed = LAYERS.subList(0, LAYERS.indexOf(layer));
      assertThat(uses.get(layer)).as("packages %s uses", layer).isSubsetOf(allowed);
    }
    assertThat(uses.keySet()).as("processor packages").isSubsetOf(withRoot(LAYERS));
  }

  @Test
  void thePackagesHaveNoCycle() {
    Map<String, Set<String>> uses = uses();
    for (String start : uses.keySet()) {
      assertThat(reachable(start, uses)).as("packages reachable from %s", start).doesNotContain(start);
    }
  }

  @Test
  void noPackageUsesTheProcessorClass() {
    sources().forEach(file -> {
      if (!packageOf(file).equals(ROOT)) {
        assertThat(ROOT_REFERENCE.matcher(code(file)).find()).as(file.toString()).isFalse();
      }
    });
  }

  @Test
  void onlyWritingTouchesJavaPoet() {
    sources().forEach(file -> {
      if (!packageOf(file).equals("writing")) {
        assertThat(code(file)).as(file.toString()).doesNotContain("com.squareup.javapoet");
      }
    });
  }

  /** For each package, the other processor packages its code names. */
  private static Map<String, Set<String>> uses() {
    Map<String, Set<String>> uses = new TreeMap<>();
    sources().forEach(file -> {
      String from = packageOf(file);
      Set<String> to = uses.computeIfAbsent(from, key -> new TreeSet<>());
      Matcher reference = REFERENCE.matcher(code(file));
      while (reference.find()) {
        if (!reference.group(1).equals(from)) {
          to.add(reference.group(1));
        }
      }
    });
    return uses;
  }

  private static Set<String> reachable(String start, Map<String, Set<String>> uses) {
    Set<String> seen = new TreeSet<>();
    List<String> work = new ArrayList<>(uses.getOrDefault(start, Set.of()));
    while (!work.isEmpty()) {
      String next = work.remove(work.size() - 1);
      if (seen.add(next)) {
        work.addAll(uses.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  private static List<Path> sources() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
      assertThat(sources).isNotEmpty();
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageOf(Path file) {
    Path relative = SOURCES.relativize(file);
    return relative.getNameCount() == 1 ? ROOT : relative.getName(0).toString();
  }

  private static String code(Path file) {
    try {
      return NOT_CODE.matcher(Files.readString(file)).replaceAll(" ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> withRoot(List<String> layers) {
    List<String> all = new ArrayList<>(layers);
    all.add(ROOT);
    return all;
  }
}
