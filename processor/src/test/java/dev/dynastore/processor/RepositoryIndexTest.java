package dev.dynastore.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The index of generated repositories the processor writes to {@code META-INF/dynastore/repositories}, which the
 * Spring Boot starter reads to register them without scanning the class path.
 */
class RepositoryIndexTest {
  @Test
  void listsEachGeneratedAndDeclaredRepositoryWithItsEntityAndTable() throws IOException {
    Compilation compilation = Compilations.compile(Compilations.resource("good/Customer.java"),
        Compilations.resource("good/Customers.java"),
        Compilations.source("audit.Event",
            "package audit;",
            "import dev.dynastore.annotations.*;",
            "public class Event {",
            "  @Partition(value = \"events\", table = \"audit-log\")",
            "  public record Entry(@Key String id, String what) {}",
            "}"));

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/dynastore/repositories")
        .contentsAsUtf8String().isEqualTo(
            "# Dynastore repositories: type, implementation, entity, table key (empty: the default table)\n"
            + "test.CustomerRepository\ttest.CustomerRepository\ttest.Customer\t\n"
            + "audit.Event_EntryRepository\taudit.Event_EntryRepository\taudit.Event$Entry\taudit-log\n"
            + "test.Customers\ttest.CustomersImpl\ttest.Customer\t\n");
  }

  @Test
  void noIndexWithoutRepositories() {
    Compilation compilation = Compilations.compile(Compilations.source("test.Plain", "package test;",
        "public record Plain(String id) {}"));

    assertThat(compilation).succeeded();
    org.assertj.core.api.Assertions.assertThat(compilation.generatedFiles())
        .noneMatch(file -> file.getName().contains("META-INF"));
  }
}
