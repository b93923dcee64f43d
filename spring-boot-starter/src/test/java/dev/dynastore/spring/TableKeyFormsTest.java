package dev.dynastore.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * One table key written two ways, by an environment variable (key "auditlog", entities bound there) and by
 * {@code @Partition(table = "audit-log")}: one table, with every entity's repositories, so that its start-up check
 * (and creation) has every index; otherwise two checks would each have part of them.
 */
class TableKeyFormsTest {
  private static final IndexedRepository BY_ANNOTATION =
      new IndexedRepository("x.EntryRepository", "x.EntryRepository", "x.Entry", "audit-log");
  private static final IndexedRepository BY_CONFIGURATION =
      new IndexedRepository("x.PaymentRepository", "x.PaymentRepository", "x.Payment", "");

  @Test
  void oneTableKeyWrittenTwoWaysIsOneTable() {
    DynastoreProperties properties = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        Map.of("DYNASTORE_TABLE", "Main", "DYNASTORE_TABLES_AUDITLOG_NAME", "AuditLog",
            "DYNASTORE_TABLES_AUDITLOG_ENTITIES", "x.Payment")))).bind("dynastore", DynastoreProperties.class)
        .get();

    TableBindings bindings = TableBindings.of(properties, List.of(BY_ANNOTATION, BY_CONFIGURATION));

    assertThat(bindings.tables()).extracting(TableBindings.BoundTable::name).containsExactly("Main", "AuditLog");
    assertThat(bindings.tables().get(1).key()).as("as the entity writes it: @Qualifier(\"audit-log\")")
        .isEqualTo("audit-log");
    assertThat(bindings.tables().get(1).repositories()).containsExactlyInAnyOrder(BY_ANNOTATION, BY_CONFIGURATION);
  }
}
