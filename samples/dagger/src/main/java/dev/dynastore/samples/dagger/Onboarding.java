package dev.dynastore.samples.dagger;

import dev.dynastore.Versioned;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/** A service that Dagger builds with the generated {@code CustomerRepository}, by constructor injection. */
public final class Onboarding {
  private final CustomerRepository customers;
  private final Clock clock;

  @Inject
  Onboarding(CustomerRepository customers, Clock clock) {
    this.customers = customers;
    this.clock = clock;
  }

  /** Signs a customer up. */
  public Versioned<Customer> signUp(String name) {
    return customers.create(new Customer(UUID.randomUUID().toString(), name, clock.instant()));
  }

  /** The repository, for the table set-up of first runs. */
  public CustomerRepository customers() {
    return customers;
  }
}
