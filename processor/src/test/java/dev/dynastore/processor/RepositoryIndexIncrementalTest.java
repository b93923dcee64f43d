package dev.dynastore.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index across compilations, with javac writing to real directories as build tools do. */
class RepositoryIndexIncrementalTest {
  @TempDir
  Path dir;

  private void write(String relative, String text) throws IOException {
    Path file = dir.resolve("src").resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Compiles these sources to {@code out}, with {@code extraClasspath} first; returns javac's output. */
  private String compile(Path out, String extraClasspath, String... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-implicit:none", "-d",
        out.toString(), "-processor", DynastoreProcessor.class.getName(), "-processorpath",
        System.getProperty("java.class.path"), "-cp",
        (extraClasspath == null ? "" : extraClasspath + File.pathSeparator) + System.getProperty("java.class.path")));
    for (String source : sources) {
      args.add(dir.resolve("src").resolve(source).toString());
    }
    StringWriter output = new StringWriter();
    int rc = javac.run(null, null, null, args.toArray(String[]::new));
    assertThat(rc).as("javac").isZero();
    return output.toString();
  }

  private static String index(Path out) throws IOException {
    return Files.readString(out.resolve("META-INF/dynastore/repositories"));
  }

  @Test
  void compilingOnlyBKeepsA() throws IOException {
    write("a/A.java", "package a; import dev.dynastore.annotations.*;"
        + " @Partition(\"as\") public record A(@Key String id) {}");
    write("b/B.java", "package b; import dev.dynastore.annotations.*;"
        + " @Partition(value = \"bs\", table = \"audit\") public record B(@Key String id) {}");
    Path out = Files.createDirectories(dir.resolve("out"));
    compile(out, null, "a/A.java");
    compile(out, out.toString(), "b/B.java");
    assertThat(index(out)).contains("a.ARepository\ta.ARepository\ta.A\t\n")
        .contains("b.BRepository\tb.BRepository\tb.B\taudit\n");
  }

  /** An entity compiled in another module (a jar): its table key comes from its class file (CLASS retention). */
  @Test
  void aDeclaredRepositoryOverAnEntityFromTheClassPathKeepsItsTableKey() throws IOException {
    write("lib/Event.java", "package lib; import dev.dynastore.annotations.*;"
        + " @Partition(value = \"events\", table = \"audit\") public record Event(@Key String id) {}");
    write("app/Events.java", "package app; import dev.dynastore.*; import dev.dynastore.annotations.*;"
        + " @Repository public interface Events extends DynastoreRepository<lib.Event> {}");
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Path app = Files.createDirectories(dir.resolve("app"));
    compile(lib, null, "lib/Event.java");
    compile(app, lib.toString(), "app/Events.java");
    assertThat(index(app)).contains("app.Events\tapp.EventsImpl\tlib.Event\taudit\n");
  }

  /** A renamed entity: the stale line of the old name stays; the starter skips it only if its class is gone. */
  @Test
  void aChangedTableKeyReplacesTheLine() throws IOException {
    write("a/A.java", "package a; import dev.dynastore.annotations.*;"
        + " @Partition(value = \"as\", table = \"audit\") public record A(@Key String id) {}");
    Path out = Files.createDirectories(dir.resolve("out"));
    compile(out, null, "a/A.java");
    write("a/A.java", "package a; import dev.dynastore.annotations.*;"
        + " @Partition(\"as\") public record A(@Key String id) {}");
    compile(out, out.toString(), "a/A.java");
    assertThat(index(out)).contains("a.ARepository\ta.ARepository\ta.A\t\n").doesNotContain("audit");
  }
}
