package dev.dynastore.samples.dagger;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.Table;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Guice builds the generated repository through the same {@code @Inject} constructor Dagger uses. */
@DynamoDbTest
class GuiceInjectionTest {
  @Test
  void guiceInjectsTheGeneratedRepository(Dynastore store, @TableName String name) {
    Table table = store.table(name);
    CustomerRepository customers = Guice.createInjector(new AbstractModule() {
      @Override
      protected void configure() {
        bind(Table.class).toInstance(table);
      }
    }).getInstance(CustomerRepository.class);
    customers.createTableIfMissing();

    customers.create(new Customer("c1", "Ada", Instant.parse("2026-11-25T10:00:00Z")));

    assertThat(customers.get("c1", Consistency.STRONG).orElseThrow().value().name()).isEqualTo("Ada");
  }
}
