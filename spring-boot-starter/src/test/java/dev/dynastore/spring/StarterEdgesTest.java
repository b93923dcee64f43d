package dev.dynastore.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Table;
import dev.dynastore.spring.app.CustomerRepository;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.LocalDynamoDb;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** The starter against what Spring Boot applications do: their own beans, health under trouble, lone tables. */
class StarterEdgesTest {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static LocalDynamoDb dynamo;

  private final String main = "EdgeMain" + TABLES.incrementAndGet();
  private final String audit = "EdgeAudit" + TABLES.get();

  @BeforeAll
  static void start() {
    dynamo = LocalDynamoDb.start(Backend.DYNALITE);
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DynastoreAutoConfiguration.class))
        .withBean(DynamoDbClient.class, dynamo::newClient)
        .withPropertyValues("dynastore.table=" + main, "dynastore.tables.audit.name=" + audit,
            "dynastore.table-check=create-if-missing", "dynastore.require-ttl=false");
  }

  /** A service of the application that takes the repository. */
  static final class NeedsCustomers {
    NeedsCustomers(CustomerRepository customers) {
    }
  }

  /** The application's own repository bean, under the name the starter would give it. */
  @Configuration(proxyBeanMethods = false)
  static class OwnRepositorySameName {
    @Bean
    CustomerRepository customerRepository(Table table) {
      return new CustomerRepository(table);
    }
  }

  /** The application's own repository bean, under a name of its own. */
  @Configuration(proxyBeanMethods = false)
  static class OwnRepositoryOtherName {
    @Bean
    CustomerRepository myCustomers(Table table) {
      return new CustomerRepository(table);
    }
  }

  /** The application's own bean of a repository's type, under the starter's name: the starter adds none. */
  @Test
  void anOwnRepositoryBeanOfTheSameNameIsLeftAlone() {
    runner().withUserConfiguration(OwnRepositorySameName.class).withBean(NeedsCustomers.class).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBeanNamesForType(CustomerRepository.class)).containsExactly("customerRepository");
    });
  }

  /** The application's own bean of a repository's type, under a name of its own: the starter adds none. */
  @Test
  void anOwnRepositoryBeanUnderAnotherNameIsLeftAlone() {
    runner().withUserConfiguration(OwnRepositoryOtherName.class).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBeanNamesForType(CustomerRepository.class)).containsExactly("myCustomers");
    });
  }

  /** A client whose every DescribeTable is refused with AccessDeniedException (a missing IAM permission). */
  private static DynamoDbClient deniedClient() {
    ExecutionInterceptor deny = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (attributes.getAttribute(software.amazon.awssdk.core.interceptor.SdkExecutionAttribute.OPERATION_NAME)
            .equals("DescribeTable")) {
          throw DynamoDbException.builder().statusCode(400).message("User: arn:aws:iam::123:user/app is not"
              + " authorized to perform: dynamodb:DescribeTable")
              .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDeniedException").build()).build();
        }
      }
    };
    return dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(c -> c.addExecutionInterceptor(deny)).build();
  }

  /** Access denied (a missing IAM permission): down, each table named with the error's code. */
  @Test
  void healthNamesEachTableWhenDescribeTableIsDenied() {
    runner().withPropertyValues("dynastore.table-check=none").withBean("denied", DynamoDbClient.class,
            StarterEdgesTest::deniedClient, b -> b.setPrimary(true))
        .run(context -> {
          assertThat(context).hasNotFailed();
          Health health = context.getBean(DynastoreHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsKey("tables");
          @SuppressWarnings("unchecked")
          Map<String, Object> tables = (Map<String, Object>) health.getDetails().get("tables");
          assertThat(tables).containsEntry(main, "ERROR: AccessDeniedException")
              .containsEntry(audit, "ERROR: AccessDeniedException");
        });
  }

  /**
   * A throttled DescribeTable: the check answers down within its timeout per table, rather than after the SDK's whole
   * retry budget (up to 9 attempts with back-off, about 50 s), which no probe waits for.
   */
  @Test
  void healthAnswersPromptlyWhenDescribeTableIsThrottled() {
    FaultInjector faults = new FaultInjector();
    FaultInjector.Fault[] throttles = new FaultInjector.Fault[40];
    java.util.Arrays.fill(throttles, FaultInjector.Fault.THROTTLE);
    faults.inject("DescribeTable", throttles);
    runner().withPropertyValues("dynastore.table-check=none").withBean("throttled", DynamoDbClient.class,
            () -> dynamo.configure(DynamoDbClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(faults)).build(), b -> b.setPrimary(true))
        .run(context -> {
          long start = System.nanoTime();
          Health health = context.getBean(DynastoreHealthIndicator.class).health();
          Duration took = Duration.ofNanos(System.nanoTime() - start);
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(took).isLessThan(DynastoreHealthIndicator.TIMEOUT.multipliedBy(2).plusSeconds(1));
        });
  }

  /** An application on the K/V API alone (or making its repositories itself): its configured tables are created. */
  @Test
  void createIfMissingCreatesATableWithoutRepositories() {
    DynamoDbClient client = dynamo.newClient();
    runner().withPropertyValues("dynastore.register-repositories=false").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(client.listTables().tableNames()).contains(main, audit);
    });
  }

  /** A table of locks has Dynastore's key schema and no TTL (locks never expire by TTL): verify lets it start. */
  @Test
  void aLocksOnlyTableWithoutTtlPassesTheDefaultStartUpCheck() {
    String locks = "EdgeLocks" + TABLES.incrementAndGet();
    try (DynamoDbClient client = dynamo.newClient()) {
      dev.dynastore.Dynastore.builder().client(client).build().table(locks)
          .createIfMissing(dev.dynastore.TableDefinition.withoutIndexes().withoutTtl());
    }
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DynastoreAutoConfiguration.class))
        .withBean(DynamoDbClient.class, dynamo::newClient)
        .withPropertyValues("dynastore.register-repositories=false", "dynastore.tables.locks.name=" + locks)
        .run(context -> assertThat(context).hasNotFailed());
  }
}
