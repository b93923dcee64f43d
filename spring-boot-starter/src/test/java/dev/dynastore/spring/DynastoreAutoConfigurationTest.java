package dev.dynastore.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Dynastore;
import dev.dynastore.RequestHook;
import dev.dynastore.Table;
import dev.dynastore.TableNotFoundException;
import dev.dynastore.internal.StoreBacked;
import dev.dynastore.spring.app.AuditEvent;
import dev.dynastore.spring.app.AuditEventRepository;
import dev.dynastore.spring.app.Customer;
import dev.dynastore.spring.app.CustomerRepository;
import dev.dynastore.spring.app.Customers;
import dev.dynastore.spring.app.PaymentRepository;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The auto-configuration in application contexts over dynalite: repositories from the processor's index bound to
 * their tables, the start-up check, the client, and the configuration errors. Each test uses tables of its own.
 */
class DynastoreAutoConfigurationTest {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static LocalDynamoDb dynamo;
  private static DynamoDbClient client;

  private final String main = "Main" + TABLES.incrementAndGet();
  private final String audit = "Audit" + TABLES.get();

  @BeforeAll
  static void start() {
    dynamo = LocalDynamoDb.start(Backend.DYNALITE);
    client = dynamo.newClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    dynamo.close();
  }

  private ApplicationContextRunner runner() {
    return withoutClient().withBean(DynamoDbClient.class, dynamo::newClient);
  }

  private ApplicationContextRunner withoutClient() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DynastoreAutoConfiguration.class))
        .withPropertyValues("dynastore.table=" + main, "dynastore.tables.audit.name=" + audit,
            "dynastore.table-check=create-if-missing", "dynastore.require-ttl=false");
  }

  @Test
  void registersEveryRepositoryBoundToItsTable() {
    runner().withBean(QualifiedTable.class).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasBean("customers").hasBean("customerRepository").hasBean("auditEventRepository")
          .hasBean("paymentRepository");
      assertThat(tableOf(context.getBean(Customers.class))).isEqualTo(main);
      assertThat(tableOf(context.getBean(CustomerRepository.class))).isEqualTo(main);
      assertThat(tableOf(context.getBean(PaymentRepository.class))).isEqualTo(main);
      assertThat(tableOf(context.getBean(AuditEventRepository.class))).as("by @Partition(table = \"audit\")")
          .isEqualTo(audit);
      assertThat(context.getBean(Table.class).name()).as("the default table is the primary Table bean")
          .isEqualTo(main);
      assertThat(context.getBean(QualifiedTable.class).table.name()).isEqualTo(audit);

      // the writes land in their tables
      context.getBean(Customers.class).create(new Customer("c1", "Ada", Instant.parse("2026-11-26T10:00:00Z")));
      context.getBean(AuditEventRepository.class).create(new AuditEvent("e1", "ada", "signed up"));
      assertThat(client.scan(b -> b.tableName(main)).count()).isEqualTo(1);
      assertThat(client.scan(b -> b.tableName(audit)).count()).isEqualTo(1);
    });
  }

  @Test
  void configurationBindsAnEntityToAnotherTable() {
    runner().withPropertyValues("dynastore.tables.audit.entities=dev.dynastore.spring.app.Payment").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(tableOf(context.getBean(PaymentRepository.class))).isEqualTo(audit);
      assertThat(tableOf(context.getBean(Customers.class))).isEqualTo(main);
    });
  }

  @Test
  void tablesOfTheApplicationItselfDoNotBreakStartUp() {
    runner().withUserConfiguration(TwoTablesOfItsOwn.class).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBeansOfType(Table.class)).hasSize(4);
      assertThat(tableOf(context.getBean(Customers.class))).isEqualTo(main);
    });
  }

  @Test
  void createIfMissingCreatesEachTableWithItsEntitiesIndexes() {
    runner().run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(indexNames(client.describeTable(b -> b.tableName(main)).table())).contains("idx_created");
      assertThat(indexNames(client.describeTable(b -> b.tableName(audit)).table())).contains("idx_actor")
          .doesNotContain("idx_created");
    });
  }

  @Test
  void verifyFailsStartUpWhenATableIsMissing() {
    runner().withPropertyValues("dynastore.table-check=verify").run(context -> {
      assertThat(context).hasFailed();
      assertThat(rootOf(context.getStartupFailure())).isInstanceOf(TableNotFoundException.class)
          .hasMessageContaining(main);
    });
  }

  @Test
  void lazyInitializationDoesNotSkipTheCheck() {
    runner().withPropertyValues("dynastore.table-check=verify")
        .withInitializer(context -> context.addBeanFactoryPostProcessor(
            new org.springframework.boot.LazyInitializationBeanFactoryPostProcessor()))
        .run(context -> assertThat(rootOf(context.getStartupFailure())).isInstanceOf(TableNotFoundException.class));
  }

  @Test
  void noneSendsNoRequestAtStartUp() {
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    runner().withPropertyValues("dynastore.table-check=none")
        .withBean(RequestHook.class, () -> (operation, request) -> sent.add(operation))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(sent).isEmpty();
          assertThat(client.listTables().tableNames()).doesNotContain(main);
        });
  }

  @Test
  void usesTheApplicationsClientAndHooks() {
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    DynamoDbClient own = dynamo.newClient();
    withoutClient().withBean(DynamoDbClient.class, () -> own).withBean("recording", RequestHook.class, () -> (operation, request) -> sent.add(operation))
        .run(context -> {
          assertThat(context.getBean(Dynastore.class).client()).isSameAs(own);
          context.getBean(Customers.class).create(new Customer("c2", "Bo", Instant.EPOCH));
          assertThat(sent).contains("AtomicPut");
        });
  }

  @Test
  void buildsAClientFromItsPropertiesWhenTheApplicationHasNone() {
    System.setProperty("aws.accessKeyId", "local");
    System.setProperty("aws.secretAccessKey", "local");
    try {
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DynastoreAutoConfiguration.class))
          .withPropertyValues("dynastore.endpoint=" + dynamo.endpoint(), "dynastore.region=eu-west-1",
              "dynastore.table=" + main, "dynastore.tables.audit.name=" + audit,
              "dynastore.table-check=create-if-missing", "dynastore.require-ttl=false")
          .run(context -> {
            assertThat(context).hasNotFailed();
            DynamoDbClient built = context.getBean(DynamoDbClient.class);
            assertThat(built).isNotSameAs(client);
            assertThat(built.serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
            assertThat(built.serviceClientConfiguration().endpointOverride()).contains(dynamo.endpoint());
            context.getBean(Customers.class).create(new Customer("c3", "Cy", Instant.EPOCH));
            assertThat(client.scan(b -> b.tableName(main)).count()).isEqualTo(1);
          });
    } finally {
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }
  }

  @Test
  void aPageTokenKeyFromConfigurationSignsTokens() {
    runner().withPropertyValues("dynastore.page-token-key=a secret of thirty-two bytes....").run(first -> {
      assertThat(first).hasNotFailed();
      Customers customers = first.getBean(Customers.class);
      for (int i = 0; i < 3; i++) {
        customers.create(new Customer("p" + i, "n", Instant.EPOCH.plusSeconds(i)));
      }
      String token = customers.newest(dev.dynastore.PageRequest.first(1)).nextToken().orElseThrow();
      runner().withPropertyValues("dynastore.table-check=none").run(otherKey -> {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> otherKey.getBean(Customers.class)
            .newest(dev.dynastore.PageRequest.first(1).after(token)))
            .isInstanceOf(dev.dynastore.InvalidPageTokenException.class);
      });
      assertThat(customers.newest(dev.dynastore.PageRequest.first(1).after(token)).items()).hasSize(1);
    });
  }

  @Test
  void metricsAndObservationsJoinTheSessionWhenTheApplicationHasRegistries() {
    runner().withBean(io.micrometer.core.instrument.MeterRegistry.class,
            io.micrometer.core.instrument.simple.SimpleMeterRegistry::new)
        .withBean(io.micrometer.observation.ObservationRegistry.class,
            io.micrometer.observation.ObservationRegistry::create)
        .run(context -> {
          assertThat(context).hasSingleBean(dev.dynastore.micrometer.DynastoreMetrics.class)
              .hasSingleBean(dev.dynastore.micrometer.DynastoreObservations.class);
          context.getBean(Customers.class).create(new Customer("m1", "Mo", Instant.EPOCH));
          assertThat(context.getBean(io.micrometer.core.instrument.MeterRegistry.class).get("dynastore.requests")
              .tags("entity", "Customer", "operation", "AtomicPut").timer().count()).isEqualTo(1);
        });
    runner().withBean(io.micrometer.core.instrument.MeterRegistry.class,
            io.micrometer.core.instrument.simple.SimpleMeterRegistry::new)
        .withPropertyValues("dynastore.metrics.enabled=false", "management.health.dynastore.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(dev.dynastore.micrometer.DynastoreMetrics.class)
            .doesNotHaveBean(DynastoreHealthIndicator.class));
    runner().run(context -> assertThat(context).doesNotHaveBean(dev.dynastore.micrometer.DynastoreMetrics.class)
        .hasSingleBean(DynastoreHealthIndicator.class));
  }

  @Test
  void configurationErrorsFailStartUpSayingWhatToSet() {
    assertFailure(new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(DynastoreAutoConfiguration.class)).withBean(DynamoDbClient.class, dynamo::newClient)
            .withPropertyValues("dynastore.tables.audit.name=" + audit),
        "bound to the default table; set dynastore.table to the default table's name");
    assertFailure(new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(DynastoreAutoConfiguration.class)).withBean(DynamoDbClient.class, dynamo::newClient)
            .withPropertyValues("dynastore.table=" + main),
        "no table named for key \"audit\", which dev.dynastore.spring.app.AuditEvent is bound to (its"
            + " @Partition(table = \"audit\")); set dynastore.tables.audit.name");
    assertFailure(runner().withPropertyValues("dynastore.tables.audit.entities=com.example.Nothing"),
        "dynastore.tables.audit.entities names com.example.Nothing, which has no Dynastore repository");
    assertFailure(runner().withPropertyValues("dynastore.tables.audit.entities=dev.dynastore.spring.app.Payment",
            "dynastore.tables.other.name=Other", "dynastore.tables.other.entities=dev.dynastore.spring.app.Payment"),
        "entity dev.dynastore.spring.app.Payment is bound to two tables");
    assertFailure(runner().withPropertyValues("dynastore.page-token-key=short"),
        "dynastore.page-token-key has 5 bytes; use a secret of at least 16 bytes");
  }

  private static void assertFailure(ApplicationContextRunner runner, String message) {
    runner.run(context -> {
      assertThat(context).hasFailed();
      assertThat(rootOf(context.getStartupFailure())).isInstanceOf(DynastoreConfigurationException.class)
          .hasMessageContaining(message);
    });
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String tableOf(Object repository) {
    return ((StoreBacked<?>) repository).entityStore().table().name();
  }

  private static List<String> indexNames(TableDescription table) {
    List<String> names = new ArrayList<>();
    table.localSecondaryIndexes().forEach(index -> names.add(index.indexName()));
    table.globalSecondaryIndexes().forEach(index -> names.add(index.indexName()));
    return names;
  }

  /** A bean taking the table configured under the key {@code audit}. */
  static final class QualifiedTable {
    final Table table;

    QualifiedTable(@Qualifier("audit") Table table) {
      this.table = table;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoTablesOfItsOwn {
    @Bean
    Table ordersTable(Dynastore dynastore) {
      return dynastore.table("Orders");
    }

    @Bean
    Table archiveTable(Dynastore dynastore) {
      return dynastore.table("Archive");
    }
  }
}
