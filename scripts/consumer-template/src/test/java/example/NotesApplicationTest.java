package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The application starts on dynalite with its two tables, its repositories registered by the starter. */
@SpringBootTest(properties = {"dynastore.table-check=create-if-missing", "dynastore.require-ttl=false"})
class NotesApplicationTest {
  private static final LocalDynamoDb DYNAMO = LocalDynamoDb.start(Backend.DYNALITE);

  @Autowired NotesApplication.NoteService service;
  @Autowired HealthEndpoint health;
  @Autowired MeterRegistry meters;
  @Autowired DynamoDbClient client;

  @DynamicPropertySource
  static void dynamo(DynamicPropertyRegistry registry) {
    registry.add("dynastore.endpoint", () -> DYNAMO.endpoint().toString());
    registry.add("dynastore.region", () -> "us-east-1");
    System.setProperty("aws.accessKeyId", "local");
    System.setProperty("aws.secretAccessKey", "local");
  }

  @AfterAll
  static void stop() {
    DYNAMO.close();
  }

  @Test
  void startsWithTwoTablesAndItsRepositories() {
    service.write("n1", "hello");

    assertEquals(1, client.scan(b -> b.tableName("Notes")).count());
    assertEquals(1, client.scan(b -> b.tableName("NotesAudit")).count());
    Health dynastore = (Health) health.healthForPath("dynastore");
    assertEquals(Status.UP, dynastore.getStatus());
    assertEquals(Map.of("Notes", "ACTIVE", "NotesAudit", "ACTIVE"), dynastore.getDetails().get("tables"));
    assertEquals(1, meters.get("dynastore.requests").tags("entity", "AuditEntry", "outcome", "success").timer()
        .count());
  }
}
