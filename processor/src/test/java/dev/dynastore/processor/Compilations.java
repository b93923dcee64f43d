package dev.dynastore.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles sources through the real processor, with every lint warning but {@code processing}, as users' builds
 * would. The processor does not claim {@code javax.annotation.processing.Generated}, which its generated sources
 * carry (claiming it would hide it from later processors), so {@code -Xlint:processing} reports it unclaimed when
 * they are compiled, as it does for AutoValue's or Dagger's output: {@code -Xlint:all,-processing} leaves every
 * other warning on, and "not one warning" still means it.
 */
final class Compilations {
  static final String LINT = "-Xlint:all,-processing";

  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new DynastoreProcessor()).withOptions(LINT).compile(sources);
  }

  /** Compiles on the test classpath without {@code jakarta.inject}, as a build without a DI container would. */
  static Compilation compileWithoutInject(JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("jakarta.inject")) {
        classpath.add(new File(entry));
      }
    }
    return javac().withProcessors(new DynastoreProcessor()).withOptions(LINT).withClasspath(classpath)
        .compile(sources);
  }

  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  static List<String> lines(String... lines) {
    return new ArrayList<>(List.of(lines));
  }
}
