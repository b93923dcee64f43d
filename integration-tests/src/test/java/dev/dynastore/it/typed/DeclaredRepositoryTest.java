package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.KeyRange;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The generated implementation of a declared repository, against a real local DynamoDB. */
@DynamoDbTest
class DeclaredRepositoryTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void declaredMethodsWorkLikeTheGeneratedRepository(Dynastore store, @TableName String name) {
    Customers customers = new CustomersImpl(store.table(name));
    customers.createTableIfMissing();
    Versioned<Customer> ada = customers.create(Customer.named("c1", "Ada", T0.plusSeconds(2)));
    customers.create(Customer.named("c2", "Bob", T0.plusSeconds(1)).withStatus(Customer.Status.SUSPENDED));

    assertThat(customers.createdIn(KeyRange.atLeast(T0), PageRequest.first(10).consistent()).items())
        .extracting(Customer::id).containsExactly("c2", "c1");
    assertThat(customers.withStatus(Customer.Status.SUSPENDED, PageRequest.first(10)).items())
        .extracting(Customer::id).containsExactly("c2");
    assertThat(customers.createdIn(KeyRange.lessThan(T0.plusSeconds(2)), PageRequest.first(10).consistent()).items())
        .extracting(Customer::id).containsExactly("c2");
    assertThat(customers.streamCreatedIn(KeyRange.all(), PageRequest.first(1).descending().consistent())
        .map(Versioned::value).map(Customer::id)).containsExactly("c1", "c2");
    assertThat(customers.countWithStatus(Customer.Status.ACTIVE, KeyRange.atLeast(T0.plusSeconds(2)))).isEqualTo(1);
    assertThat(customers.countWithStatus(Customer.Status.ACTIVE, KeyRange.greaterThan(T0.plusSeconds(2)))).isZero();
    assertThat(customers.byStatus(Customer.Status.SUSPENDED).stream(PageRequest.first(5)).map(Customer::id))
        .containsExactly("c2");
    assertThat(customers.count(Consistency.STRONG)).isEqualTo(2);
    assertThat(customers.getAll(java.util.List.of("c2", "c9", "c1")).keySet()).containsExactly("c2", "c1");
    assertThat(customers.putAll(java.util.List.of(Customer.named("c3", "Cy", T0), Customer.named("c4", "Di", T0))))
        .extracting(Versioned::version).containsExactly(1L, 1L);
    customers.deleteAll(java.util.List.of("c3", "c4"));
    assertThat(customers.count(Consistency.STRONG)).isEqualTo(2);
    assertThat(customers.nameOf("c1")).as("a default method calling a generated one").isEqualTo("Ada");

    Versioned<Customer> renamed = customers.update(ada, ada.value().withName("Ada L."));
    assertThatThrownBy(() -> customers.update(ada, ada.value().withName("stale")))
        .isInstanceOf(KeyModifiedException.class);
    customers.delete(renamed);
    customers.delete("c2");
    assertThat(customers.get("c1", Consistency.STRONG)).isEmpty();
    assertThat(customers.get("c2", Consistency.STRONG)).isEmpty();
  }
}
