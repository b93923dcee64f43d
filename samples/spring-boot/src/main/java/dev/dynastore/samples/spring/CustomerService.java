package dev.dynastore.samples.spring;

import dev.dynastore.Consistency;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Business logic over the generated repository, which Spring injects through the constructor. */
@Service
public class CustomerService {
  private final Customers customers;
  private final Clock clock;

  public CustomerService(Customers customers, Clock clock) {
    this.customers = customers;
    this.clock = clock;
  }

  /** Registers a new customer. */
  public Versioned<Customer> register(String name) {
    return customers.create(new Customer(UUID.randomUUID().toString(), name, "new", clock.instant()));
  }

  /** Activates a customer, retrying when another writer got there first. */
  public Versioned<Customer> activate(String id) {
    for (int attempt = 0; ; attempt++) {
      Versioned<Customer> current = customers.get(id, Consistency.STRONG)
          .orElseThrow(() -> new IllegalArgumentException("no customer " + id));
      Customer customer = current.value();
      try {
        return customers.update(current, new Customer(customer.id(), customer.name(), "active", customer.created()));
      } catch (dev.dynastore.KeyModifiedException lostRace) {
        if (attempt == 3) {
          throw lostRace;
        }
      }
    }
  }

  /** The newest customers first. */
  public List<Customer> newest(int count) {
    return customers.newest(PageRequest.first(count).descending()).items();
  }
}
