package dev.dynastore.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The generated sources for one rich entity (a record with every kind of component: scalars, an enum, a
 * converted type, a nested record, lists, sets, maps, an optional, ignored, version and expiry components,
 * a renamed attribute, a local and a global index), compared with the golden files in {@code expected/}.
 * The generated code also compiles, with {@code -Xlint:all,-processing} (see {@link Compilations}) and not one
 * warning.
 */
class GoldenFilesTest {
  private final Compilation compilation = Compilations.compile(Compilations.resource("good/Customer.java"),
      Compilations.resource("good/Customers.java"));

  @Test
  void compilesWithoutWarnings() {
    // without a DI container on the classpath, not one warning under -Xlint:all,-processing
    assertThat(Compilations.compileWithoutInject(Compilations.resource("good/Customer.java"),
        Compilations.resource("good/Customers.java"))).succeededWithoutWarnings();
  }

  @Test
  void underAllLintTheOnlyWarningIsTheUnclaimedInjectAndGenerated() {
    // the DI container's own processor (Dagger) or runtime (Spring, Guice, CDI) handles @Inject; @Generated is
    // left for whoever wants it. -Xlint:processing reports both unclaimed, and nothing else may be reported
    Compilation all = com.google.testing.compile.Compiler.javac().withProcessors(new DynastoreProcessor())
        .withOptions("-Xlint:all").compile(Compilations.resource("good/Customer.java"),
            Compilations.resource("good/Customers.java"));
    assertThat(all).succeeded();
    String unclaimed = "No processor claimed any of these annotations: ";
    org.assertj.core.api.Assertions.assertThat(all.warnings()).isNotEmpty().allSatisfy(warning -> {
      String message = warning.getMessage(java.util.Locale.ROOT);
      org.assertj.core.api.Assertions.assertThat(message).startsWith(unclaimed);
      org.assertj.core.api.Assertions.assertThat(message.substring(unclaimed.length()).split(","))
          .containsExactlyInAnyOrder("/jakarta.inject.Inject", "java.compiler/javax.annotation.processing.Generated");
    });
  }

  @Test
  void repositoriesGetInjectOnlyWhenJakartaInjectIsOnTheClasspath() throws java.io.IOException {
    assertThat(compilation).generatedSourceFile("test.CustomerRepository").contentsAsUtf8String()
        .contains("@Inject\n  public CustomerRepository(Table table)");
    Compilation plain = Compilations.compileWithoutInject(Compilations.resource("good/Customer.java"),
        Compilations.resource("good/Customers.java"));
    assertThat(plain).generatedSourceFile("test.CustomerRepository").contentsAsUtf8String()
        .doesNotContain("jakarta.inject");
    assertThat(plain).generatedSourceFile("test.CustomersImpl").contentsAsUtf8String()
        .contains("  public CustomersImpl(Table table)");
  }

  @Test
  void declaredRepository() throws java.io.IOException {
    assertMatchesGoldenFile("CustomersImpl");
  }

  @Test
  void schema() throws java.io.IOException {
    assertMatchesGoldenFile("CustomerSchema");
  }

  @Test
  void repository() throws java.io.IOException {
    assertMatchesGoldenFile("CustomerRepository");
  }

  @Test
  void nestedSchema() throws java.io.IOException {
    assertMatchesGoldenFile("Customer_AddressSchema");
  }

  @Test
  void indexConstantsAreUniqueJavaNamesAndRepositoriesReferToThem() throws java.io.IOException {
    // "idx-rank" and "idx_rank" both become IDX_RANK; "instance" would take the schema's INSTANCE
    javax.tools.JavaFileObject source = Compilations.source("test.Ranked",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"ranked\") public record Ranked(",
        "    @Key String id,",
        "    @Indexed(\"idx-rank\") String rank,",
        "    @Indexed(\"idx_rank\") String rankAgain,",
        "    @Indexed(\"instance\") String other) {}");
    Compilation ranked = Compilations.compileWithoutInject(source);
    assertThat(ranked).succeededWithoutWarnings();
    assertThat(ranked).generatedSourceFile("test.RankedSchema").contentsAsUtf8String()
        .contains("public static final List<Index> INDEXES = List.of(IDX_RANK, IDX_RANK_, INSTANCE_);");
    assertThat(ranked).generatedSourceFile("test.RankedRepository").contentsAsUtf8String()
        .contains("store.listing(RankedSchema.PARTITION, RankedSchema.IDX_RANK_, RankedSchema::rankAgainSortKey)");
    assertThat(ranked).generatedSourceFile("test.RankedRepository").contentsAsUtf8String()
        .doesNotContain("INDEXES.get(");
  }

  @Test
  void everyJavadocTagLineHoldsOnlyItsTag() throws java.io.IOException {
    // a sentence appended after "@throws X if ..." reads as part of the throws clause
    for (javax.tools.JavaFileObject file : compilation.generatedSourceFiles()) {
      for (String line : file.getCharContent(false).toString().split("\n")) {
        if (line.trim().startsWith("* @")) {
          org.assertj.core.api.Assertions.assertThat(line).as(file.getName())
              .doesNotContainPattern("([.!?]|\\b[a-z]+) +[A-Z][a-z]+ ");
        }
      }
    }
  }

  /**
   * Compares a generated source with its golden file. After an intended change to the generated code, run
   * {@code mvn -pl processor test -Ddynastore.updateGoldenFiles} to rewrite the golden files, and review the diff.
   */
  private void assertMatchesGoldenFile(String simpleName) throws java.io.IOException {
    if (System.getProperty("dynastore.updateGoldenFiles") != null) {
      String generated = compilation.generatedSourceFile("test." + simpleName).orElseThrow()
          .getCharContent(false).toString();
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/test/resources/expected/" + simpleName + ".java"), generated);
    }
    assertThat(compilation).generatedSourceFile("test." + simpleName)
        .hasSourceEquivalentTo(Compilations.resource("expected/" + simpleName + ".java"));
  }
}
