package dev.dynastore.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.spring.app.CheckoutService;
import dev.dynastore.spring.app.Customers;
import dev.dynastore.spring.app.ShopApplication;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.LocalDynamoDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A test that mocks one repository (@MockitoBean, as Spring Boot tests commonly do) while the others run on a local
 * DynamoDB with create-if-missing: the start-up check takes the mocked entity's indexes from its other repository.
 */
@SpringBootTest(classes = ShopApplication.class, properties = {
    "dynastore.table=MockMain", "dynastore.tables.audit.name=MockAudit", "dynastore.table-check=create-if-missing",
    "dynastore.require-ttl=false"})
class MockedRepositoryTest {
  private static final LocalDynamoDb DYNAMO = LocalDynamoDb.start(Backend.DYNALITE);

  @MockitoBean
  private Customers customers;
  @Autowired
  private CheckoutService checkout;
  @Autowired
  private software.amazon.awssdk.services.dynamodb.DynamoDbClient client;

  @DynamicPropertySource
  static void dynamo(DynamicPropertyRegistry registry) {
    DynalitePropertySource.register(registry, DYNAMO);
  }

  @AfterAll
  static void stop() {
    DYNAMO.close();
  }

  @Test
  void startsWithAMockedRepository() {
    checkout.pay("p1", 100);
    assertThat(org.mockito.Mockito.mockingDetails(customers).isMock()).isTrue();
    assertThat(client.describeTable(b -> b.tableName("MockMain")).table().localSecondaryIndexes())
        .as("Customer's index, from the generated CustomerRepository").extracting(index -> index.indexName())
        .contains("idx_created");
  }
}
