package dev.dynastore.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Versioned;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Spring context builds the service with the generated repository, which the starter registered and bound to
 * the configured table, against dynalite; the starter creates the table at start-up.
 */
@SpringBootTest(properties = {"dynastore.table-check=create-if-missing", "dynastore.require-ttl=false"})
class CustomerServiceTest {
  private static LocalDynamoDb dynamo;

  @Autowired CustomerService service;
  @Autowired Customers customers;

  @BeforeAll
  static void startDynamoDb() {
    dynamo = LocalDynamoDb.start(Backend.DYNALITE);
    // what the default credentials and region chains read; a real deployment gets them from its role
    System.setProperty("aws.region", "us-east-1");
    System.setProperty("aws.accessKeyId", "local");
    System.setProperty("aws.secretAccessKey", "local");
  }

  @AfterAll
  static void stopDynamoDb() {
    dynamo.close();
  }

  @DynamicPropertySource
  static void endpoint(DynamicPropertyRegistry registry) {
    registry.add("dynastore.endpoint", () -> dynamo.endpoint().toString());
  }

  @Test
  void theInjectedRepositoryWorks() {
    assertThat(customers).isInstanceOf(CustomersImpl.class);

    Versioned<Customer> ada = service.register("Ada");
    service.register("Bob");
    Versioned<Customer> active = service.activate(ada.value().id());

    assertThat(active.version()).isEqualTo(2);
    assertThat(active.value().status()).isEqualTo("active");
    List<Customer> newest = service.newest(10);
    assertThat(newest).extracting(Customer::name).containsExactly("Bob", "Ada");
  }
}
