package dev.dynastore.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.KeyExistsException;
import dev.dynastore.spring.app.CheckoutService;
import dev.dynastore.spring.app.ShopApplication;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.LocalDynamoDb;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A whole Spring Boot application on the starter, against dynalite: no Dynastore wiring of its own, two tables,
 * repositories injected into its service, Actuator's health endpoint and meter registry.
 */
@SpringBootTest(classes = ShopApplication.class, properties = {
    "dynastore.table=ShopMain", "dynastore.tables.audit.name=ShopAudit", "dynastore.table-check=create-if-missing",
    "dynastore.require-ttl=false", "management.endpoint.health.show-details=always"})
class ShopApplicationTest {
  private static final LocalDynamoDb DYNAMO = LocalDynamoDb.start(Backend.DYNALITE);

  @Autowired
  private CheckoutService checkout;
  @Autowired
  private HealthEndpoint health;
  @Autowired
  private MeterRegistry meters;
  @Autowired
  private DynamoDbClient client;

  @DynamicPropertySource
  static void dynamo(DynamicPropertyRegistry registry) {
    DynalitePropertySource.register(registry, DYNAMO);
  }

  @AfterAll
  static void stop() {
    DYNAMO.close();
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @Test
  void servesTwoTablesWithHealthAndMetrics() {
    checkout.register("c1", "Ada");
    checkout.pay("p1", 1250);
    assertThatThrownBy(() -> checkout.register("c1", "Ada again")).isInstanceOf(KeyExistsException.class);

    assertThat(client.scan(b -> b.tableName("ShopMain")).count()).as("the customer and the payment").isEqualTo(2);
    assertThat(client.scan(b -> b.tableName("ShopAudit")).count()).as("the audit event").isEqualTo(1);

    Health dynastore = (Health) health.healthForPath("dynastore");
    assertThat(dynastore.getStatus()).isEqualTo(Status.UP);
    assertThat(dynastore.getDetails()).containsEntry("tables", Map.of("ShopMain", "ACTIVE", "ShopAudit", "ACTIVE"));

    assertThat(meters.get("dynastore.requests").tags("operation", "AtomicPut", "entity", "Customer", "table",
        "ShopMain", "outcome", "success").timer().count()).isEqualTo(1);
    assertThat(meters.get("dynastore.requests").tags("operation", "AtomicPut", "entity", "AuditEvent", "table",
        "ShopAudit", "outcome", "success").timer().count()).isEqualTo(1);
    assertThat(meters.get("dynastore.conflicts").tags("entity", "Customer").counter().count()).isEqualTo(1);
    assertThat(meters.get("dynastore.capacity").tags("entity", "Payment", "type", "write").counter().count())
        .isGreaterThanOrEqualTo(1.0);

    // each request is an observation too: Boot's registry times observations as "dynastore.request"
    assertThat(meters.get("dynastore.request").tags("operation", "AtomicPut", "entity", "Payment").timer().count())
        .isEqualTo(1);

    client.deleteTable(b -> b.tableName("ShopAudit"));
    Health down = (Health) health.healthForPath("dynastore");
    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
    assertThat(down.getDetails()).containsEntry("tables", Map.of("ShopMain", "ACTIVE", "ShopAudit", "NOT_FOUND"));
  }
}
