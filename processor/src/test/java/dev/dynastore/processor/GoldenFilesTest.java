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
  private final Compilation compilation = Compilations.compile(Compilations.resource("good/Customer.java"));

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
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
