package dev.dynastore.samples.spring;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application on Dynastore's starter: it has no Dynastore wiring. The starter builds the client and
 * session from {@code dynastore.*} properties, registers the generated {@code CustomersImpl} as the
 * {@link Customers} bean over the table {@code dynastore.table} names, and checks the table at start-up.
 */
@SpringBootApplication
public class CrmApplication {

  public static void main(String[] args) {
    SpringApplication.run(CrmApplication.class, args);
  }

  /** The clock the service stamps customers with; the starter's session decides expiry by it too. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
