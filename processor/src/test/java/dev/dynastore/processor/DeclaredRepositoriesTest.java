package dev.dynastore.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Declared repositories: a signature the README accepts compiles; one it does not is a compile error on the
 * method, never generated code that fails to compile, and never silently ignored.
 */
class DeclaredRepositoriesTest {
  private static final JavaFileObject SHOP = Compilations.source("test.Shop",
      "package test;",
      "import dev.dynastore.annotations.*;",
      "@Partition(\"shops\") public record Shop(",
      "    @Key String id,",
      "    @Indexed(\"idx_city\") String city,",
      "    String owner,",
      "    @Indexed(value = \"idx_owner\", partitionBy = \"owner\") java.time.Instant opened) {}");

  private static JavaFileObject repository(String... methods) {
    String[] lines = new String[methods.length + 4];
    lines[0] = "package test;";
    lines[1] = "import dev.dynastore.*; import dev.dynastore.annotations.*; import java.util.Optional;";
    lines[2] = "@Repository public interface Shops extends DynastoreRepository<Shop> {";
    System.arraycopy(methods, 0, lines, 3, methods.length);
    lines[methods.length + 3] = "}";
    return Compilations.source("test.Shops", lines);
  }

  @Test
  void anEntityOrParameterNamedLikeAGeneratedFieldCompiles() {
    // the generated repository's field is "store", its parameter for an entity Store is "store" too
    JavaFileObject store = Compilations.source("test.Store",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"stores\") public record Store(@Partition String store, @Key String table) {}");
    assertThat(Compilations.compileWithoutInject(store)).succeededWithoutWarnings();
  }

  @Test
  void batchMethodsTakeACollectionOfTheKeyAndSayWhatTheyShouldBe() {
    JavaFileObject shops = repository(
        "  java.util.Map<String, Versioned<Shop>> getAll(java.util.List<String> ids);",
        "  java.util.Map<String, Versioned<Shop>> getAll(java.util.Set<String> ids, Consistency consistency);",
        "  void deleteAll(java.util.Collection<String> ids);");
    assertThat(Compilations.compileWithoutInject(SHOP, shops)).succeededWithoutWarnings();

    JavaFileObject bad = repository(
        "  java.util.Map<Long, Versioned<Shop>> getAll(java.util.List<Long> ids);",
        "  void deleteAll(String id);");
    Compilation compilation = Compilations.compileWithoutInject(SHOP, bad);
    assertThat(compilation).hadErrorContaining("getAll(List<Long> ids) does not fit a getAll by key: declare"
        + " Map<String, Versioned<Shop>> getAll(Collection<String>), optionally with a Consistency")
        .inFile(bad).onLineContaining("getAll(");
    assertThat(compilation).hadErrorContaining("deleteAll(String id) does not fit a deleteAll by key: declare void"
        + " deleteAll(Collection<String>)").inFile(bad).onLineContaining("deleteAll(");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aParameterNamedRepositoryCompiles() {
    // valid signatures: the generated ShopsImpl's field "repository" is shadowed by the parameter
    Compilation compilation = Compilations.compileWithoutInject(SHOP, repository(
        "  @Query(index = \"idx_city\")",
        "  Page<Shop> inCities(KeyRange<String> repository, PageRequest page);",
        "  Optional<Versioned<Shop>> get(String repository);"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aQueryOnADefaultMethodIsAnErrorNotIgnored() {
    // Dynastore does not implement a method with a body: a @Query there would be silently ignored
    JavaFileObject shops = repository(
        "  @Query(index = \"idx_cty\")",
        "  default Page<Shop> inCities(PageRequest page) { return null; }",
        "  @Query(index = \"idx_city\")",
        "  static Page<Shop> inCity(PageRequest page) { return null; }");
    Compilation compilation = Compilations.compileWithoutInject(SHOP, shops);
    assertThat(compilation).hadErrorContaining("@Query on inCities, a default method").inFile(shops)
        .onLineContaining("inCities");
    assertThat(compilation).hadErrorContaining("@Query on inCity, a static method").inFile(shops)
        .onLineContaining("inCity(");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aListingInheritedFromAGenericInterfaceIsCheckedAsAMemberOfTheRepository() {
    JavaFileObject base = Compilations.source("test.Listings",
        "package test;",
        "import dev.dynastore.*;",
        "public interface Listings<E> { Page<E> list(PageRequest page); long count(); }");
    JavaFileObject shops = Compilations.source("test.Shops",
        "package test;",
        "import dev.dynastore.*; import dev.dynastore.annotations.*;",
        "@Repository public interface Shops extends DynastoreRepository<Shop>, Listings<Shop> {}");
    assertThat(Compilations.compileWithoutInject(SHOP, base, shops)).succeededWithoutWarnings();
  }

  @Test
  void redeclaringAnInheritedRepositoryMethodIsNotAnError() {
    // e.g. to document it in the interface: the generated class implements both anyway
    Compilation compilation = Compilations.compileWithoutInject(SHOP, repository(
        "  /** Creates the shop, once. */",
        "  Versioned<Shop> create(Shop entity);",
        "  /** Deletes the version read. */",
        "  void delete(Versioned<Shop> previous);"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** The README's entity ("Then annotate a record") and its Queries and Declared repositories snippets. */
  @Test
  void theReadmeQueriesSnippetsCompileAgainstTheReadmesCustomer() {
    JavaFileObject customer = Compilations.source("test.Customer",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "import java.time.Instant;",
        "import java.util.List;",
        "@Partition(\"customers\")",
        "public record Customer(",
        "    @Key String id,",
        "    String name,",
        "    Status status,",
        "    @Indexed(\"idx_created\") @Indexed(value = \"idx_status\", partitionBy = \"status\") Instant created,",
        "    List<Address> addresses,",
        "    @Version long version) {",
        "  public enum Status { ACTIVE, SUSPENDED }",
        "  public record Address(String street) {}",
        "}");
    JavaFileObject customers = Compilations.source("test.Customers",
        "package test;",
        "import dev.dynastore.*; import dev.dynastore.annotations.*;",
        "import java.time.Instant; import java.util.Optional; import java.util.stream.Stream;",
        "import test.Customer.Status;",
        "@Repository",
        "public interface Customers extends DynastoreRepository<Customer> {",
        "  @Query(index = \"idx_created\")",
        "  Page<Customer> createdIn(KeyRange<Instant> range, PageRequest page);",
        "  @Query(index = \"idx_status\")",
        "  Stream<Customer> withStatus(Status status, PageRequest page);",
        "  @Query(index = \"idx_status\")",
        "  long countWithStatus(Status status, KeyRange<Instant> created);",
        "  Optional<Versioned<Customer>> get(String id);",
        "}");
    JavaFileObject queries = Compilations.source("test.Queries",
        "package test;",
        "import dev.dynastore.*;",
        "import java.time.Instant;",
        "class Queries {",
        "  long suspended(CustomerRepository customers, Instant nov1, Instant nov30) {",
        "    return customers.byStatus(Customer.Status.SUSPENDED).where(KeyRange.between(nov1, nov30)).count();",
        "  }",
        "}");
    assertThat(Compilations.compileWithoutInject(customer, customers, queries)).succeeded();
  }
}
