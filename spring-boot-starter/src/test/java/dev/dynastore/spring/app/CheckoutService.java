package dev.dynastore.spring.app;

import dev.dynastore.Versioned;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** Business logic over two tables' repositories, injected by constructor. */
@Service
public class CheckoutService {
  private final Customers customers;
  private final PaymentRepository payments;
  private final AuditEventRepository audit;
  private final Clock clock;

  public CheckoutService(Customers customers, PaymentRepository payments, AuditEventRepository audit, Clock clock) {
    this.customers = customers;
    this.payments = payments;
    this.audit = audit;
    this.clock = clock;
  }

  /** Registers a customer and records it in the audit table. */
  public Versioned<Customer> register(String id, String name) {
    Versioned<Customer> customer = customers.create(new Customer(id, name, clock.instant()));
    audit.create(new AuditEvent("register-" + id, id, "registered"));
    return customer;
  }

  /** Records a payment. */
  public Versioned<Payment> pay(String id, long cents) {
    return payments.create(new Payment(id, cents));
  }
}
