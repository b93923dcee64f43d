package dev.dynastore.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Table keys and entity names as Spring Boot binds them from each kind of configuration. */
class TableKeyBindingTest {
  private static final IndexedRepository AUDIT_LOG =
      new IndexedRepository("x.EntryRepository", "x.EntryRepository", "x.Entry", "audit-log");
  private static final IndexedRepository NESTED =
      new IndexedRepository("x.Outer_InnerRepository", "x.Outer_InnerRepository", "x.Outer$Inner", "");

  private static DynastoreProperties bind(PropertySource<?> source) {
    return new Binder(ConfigurationPropertySources.from(source)).bind("dynastore", DynastoreProperties.class)
        .orElseGet(DynastoreProperties::new);
  }

  private static String tableOf(TableBindings bindings, IndexedRepository repository) {
    return bindings.tables().stream().filter(t -> t.repositories().contains(repository)).findFirst().orElseThrow()
        .name();
  }

  @Test
  void aKebabCaseKeyFromAPropertiesFile() {
    DynastoreProperties properties = bind(new MapPropertySource("application.properties",
        Map.of("dynastore.table", "Main", "dynastore.tables.audit-log.name", "AuditLog")));
    assertThat(tableOf(TableBindings.of(properties, List.of(AUDIT_LOG)), AUDIT_LOG)).isEqualTo("AuditLog");
  }

  /**
   * A key with a dash from an environment variable (Kubernetes, 12-factor): Spring binds
   * DYNASTORE_TABLES_AUDITLOG_NAME to the key "auditlog", which the binding matches to "audit-log" (dashes and case
   * aside). DYNASTORE_TABLES_AUDIT_LOG_NAME would bind the key "audit": the README says to leave the dash out.
   */
  @Test
  void aKebabCaseKeyFromAnEnvironmentVariable() {
    DynastoreProperties properties = bind(new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        Map.of("DYNASTORE_TABLE", "Main", "DYNASTORE_TABLES_AUDITLOG_NAME", "AuditLog")));
    TableBindings bindings = TableBindings.of(properties, List.of(AUDIT_LOG));
    assertThat(tableOf(bindings, AUDIT_LOG)).isEqualTo("AuditLog");
    assertThat(bindings.tables()).extracting(TableBindings.BoundTable::name).containsExactly("Main", "AuditLog");
  }

  @Test
  void aNestedEntityNamedEitherWay() {
    for (String name : List.of("x.Outer.Inner", "x.Outer$Inner")) {
      DynastoreProperties properties = bind(new MapPropertySource("application.properties",
          Map.of("dynastore.table", "Main", "dynastore.tables.audit-log.name", "AuditLog",
              "dynastore.tables.audit-log.entities", name)));
      assertThat(tableOf(TableBindings.of(properties, List.of(NESTED, AUDIT_LOG)), NESTED)).as(name)
          .isEqualTo("AuditLog");
    }
  }

  @Test
  void entitiesAsACommaSeparatedListWithSpaces() {
    DynastoreProperties properties = bind(new MapPropertySource("application.properties",
        Map.of("dynastore.table", "Main", "dynastore.tables.audit-log.name", "AuditLog",
            "dynastore.tables.audit-log.entities", "x.Outer.Inner, x.Entry")));
    assertThat(tableOf(TableBindings.of(properties, List.of(NESTED, AUDIT_LOG)), NESTED)).isEqualTo("AuditLog");
  }
}
