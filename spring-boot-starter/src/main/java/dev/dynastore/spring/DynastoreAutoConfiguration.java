package dev.dynastore.spring;

import dev.dynastore.Dynastore;
import dev.dynastore.RequestHook;
import dev.dynastore.micrometer.DynastoreMetrics;
import dev.dynastore.micrometer.DynastoreObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Dynastore for Spring Boot: a {@link Dynastore} session over the application's {@link DynamoDbClient} (one is built
 * from {@code dynastore.endpoint} and {@code dynastore.region}, or the SDK's defaults, when it has none), a
 * {@code Table} bean per configured table, every repository in the processor's index registered and bound to its
 * table, the tables checked at start-up, and (with Actuator and Micrometer) a health indicator and metrics.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
    "io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration"})
@ConditionalOnClass(Dynastore.class)
@EnableConfigurationProperties(DynastoreProperties.class)
public class DynastoreAutoConfiguration {

  /** The client, unless the application (or Spring Cloud AWS) defines one. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  DynamoDbClient dynamoDbClient(DynastoreProperties properties) {
    DynamoDbClientBuilder builder = DynamoDbClient.builder();
    if (properties.getEndpoint() != null) {
      builder.endpointOverride(properties.getEndpoint());
    }
    if (properties.getRegion() != null && !properties.getRegion().isBlank()) {
      builder.region(Region.of(properties.getRegion()));
    }
    return builder.build();
  }

  /** The session: the client, the application's {@link Clock} if it has one, and every {@link RequestHook} bean. */
  @Bean
  @ConditionalOnMissingBean
  Dynastore dynastore(DynamoDbClient client, DynastoreProperties properties, ObjectProvider<Clock> clock,
      ObjectProvider<RequestHook> hooks) {
    Dynastore.Builder builder = Dynastore.builder().client(client)
        .clock(clock.getIfUnique(Clock::systemUTC))
        .listingParallelism(properties.getListingParallelism());
    if (properties.getPageTokenKey() != null && !properties.getPageTokenKey().isEmpty()) {
      byte[] key = properties.getPageTokenKey().getBytes(StandardCharsets.UTF_8);
      if (key.length < 16) {
        throw new DynastoreConfigurationException("dynastore.page-token-key has " + key.length + " bytes",
            "use a secret of at least 16 bytes (32 random ones, base64-encoded, say)");
      }
      builder.pageTokenKey(key);
    }
    hooks.orderedStream().forEach(builder::addRequestHook);
    return builder.build();
  }

  /** The tables' and repositories' beans, from the processor's index and {@code dynastore.*}. */
  @Bean
  static RepositoryRegistrar dynastoreRepositoryRegistrar() {
    return new RepositoryRegistrar();
  }

  /**
   * Verifies (or creates) each table at start-up, as {@code dynastore.table-check} says (with
   * {@code spring.main.lazy-initialization} too: Spring Boot never makes a {@code SmartInitializingSingleton} lazy).
   */
  @Bean
  StartupTableCheck dynastoreTableCheck(DynastoreTables tables, DynastoreProperties properties,
      org.springframework.beans.factory.BeanFactory beanFactory) {
    return new StartupTableCheck(tables, properties, beanFactory::getBean);
  }

  /** The health indicator {@code dynastore}: each table reachable and active. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  @ConditionalOnProperty(prefix = "management.health.dynastore", name = "enabled", matchIfMissing = true)
  static class HealthConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "dynastoreHealthIndicator")
    DynastoreHealthIndicator dynastoreHealthIndicator(Dynastore dynastore, DynastoreTables tables) {
      return new DynastoreHealthIndicator(dynastore.client(), tables);
    }
  }

  /** Observations of every request (spans, with Micrometer Tracing), into the application's registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ObservationRegistry.class)
  @ConditionalOnBean(ObservationRegistry.class)
  @ConditionalOnProperty(prefix = "dynastore.observations", name = "enabled", matchIfMissing = true)
  static class ObservationConfiguration {
    @Bean
    @ConditionalOnMissingBean
    DynastoreObservations dynastoreObservations(ObservationRegistry registry) {
      return new DynastoreObservations(registry);
    }
  }

  /** Metrics of every request, into the application's Micrometer registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  @ConditionalOnProperty(prefix = "dynastore.metrics", name = "enabled", matchIfMissing = true)
  static class MetricsConfiguration {
    @Bean
    @ConditionalOnMissingBean
    DynastoreMetrics dynastoreMetrics(MeterRegistry registry) {
      return new DynastoreMetrics(registry);

    }
  }
}
