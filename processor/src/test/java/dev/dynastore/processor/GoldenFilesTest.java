package dev.dynastore.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The generated sources for one rich entity (a record with every kind of component: scalars, an enum, a
 * converted type, a nested record, lists, sets, maps, an optional, ignored, version and expiry components,
 * a renamed attribute, a local and a global index), compared with the golden files in {@code expected/}.
 * The generated code also compiles, with {@code -Xlint:all} and not one warning.
 */
class GoldenFilesTest {
  private final Compilation compilation = Compilations.compile(Compilations.resource("good/Customer.java"),
      Compilations.resource("good/Customers.java"));

  @Test
  void compilesWithoutWarnings() {
    // without a DI container on the classpath, not one warning under -Xlint:all
    assertThat(Compilations.compileWithoutInject(Compilations.resource("good/Customer.java"),
        Compilations.resource("good/Customers.java"))).succeededWithoutWarnings();
  }

  @Test
  void withJakartaInjectTheOnlyWarningIsTheContainersUnclaimedInject() {
    // the DI container's own processor (Dagger) or runtime (Spring, Guice, CDI) handles @Inject
    assertThat(compilation).succeeded();
    org.assertj.core.api.Assertions.assertThat(compilation.warnings()).allSatisfy(warning ->
        org.assertj.core.api.Assertions.assertThat(warning.getMessage(java.util.Locale.ROOT))
            .isEqualTo("No processor claimed any of these annotations: /jakarta.inject.Inject"));
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
  void declaredRepository() {
    assertThat(compilation).generatedSourceFile("test.CustomersImpl")
        .hasSourceEquivalentTo(Compilations.resource("expected/CustomersImpl.java"));
  }

  @Test
  void schema() {
    assertThat(compilation).generatedSourceFile("test.CustomerSchema")
        .hasSourceEquivalentTo(Compilations.resource("expected/CustomerSchema.java"));
  }

  @Test
  void repository() {
    assertThat(compilation).generatedSourceFile("test.CustomerRepository")
        .hasSourceEquivalentTo(Compilations.resource("expected/CustomerRepository.java"));
  }

  @Test
  void nestedSchema() {
    assertThat(compilation).generatedSourceFile("test.Customer_AddressSchema")
        .hasSourceEquivalentTo(Compilations.resource("expected/Customer_AddressSchema.java"));
  }
}
