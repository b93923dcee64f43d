package dev.dynastore.samples.spring;

import dev.dynastore.Dynastore;
import dev.dynastore.Table;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * A Spring Boot application using Dynastore. The generated {@code CustomersImpl} has an {@code @Inject}
 * constructor taking a {@link Table}; {@code @Import} registers it, and Spring builds it from the
 * {@code Table} bean below. The table name and endpoint come from configuration
 * ({@code crm.table}, {@code dynastore.endpoint}); without an endpoint, the SDK's defaults apply, as on AWS.
 */
@SpringBootApplication
@Import(CustomersImpl.class)
public class CrmApplication {

  public static void main(String[] args) {
    SpringApplication.run(CrmApplication.class, args);
  }

  @Bean(destroyMethod = "close")
  DynamoDbClient dynamoDbClient(@Value("${dynastore.endpoint:}") String endpoint) {
    DynamoDbClientBuilder builder = DynamoDbClient.builder();
    if (!endpoint.isBlank()) {
      builder.endpointOverride(URI.create(endpoint));
    }
    return builder.build();
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Dynastore dynastore(DynamoDbClient client, Clock clock) {
    return Dynastore.builder().client(client).clock(clock).build();
  }

  @Bean
  Table crmTable(Dynastore dynastore, @Value("${crm.table:CRMTable}") String name) {
    return dynastore.table(name);
  }
}
