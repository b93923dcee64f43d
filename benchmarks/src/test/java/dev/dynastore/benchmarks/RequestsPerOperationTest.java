package dev.dynastore.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.Versioned;
import dev.dynastore.benchmarks.requests.StartupCustomer;
import dev.dynastore.benchmarks.requests.StartupCustomerRepository;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.TableName;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Each operation of a generated repository, and of a lock, is exactly one DynamoDB request, with no retry (a fenced
 * write too): counted by an SDK execution interceptor on the client, not by Dynastore's own hooks.
 */
@DynamoDbTest
class RequestsPerOperationTest {
  private static final Instant CREATED = Instant.parse("2026-11-25T10:00:00Z");

  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient client;
  private StartupCustomerRepository customers;
  private Table table;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, @TableName String table) {
    client = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(counter).build())
        .build();
    this.table = Dynastore.builder().client(client).build().table(table);
    customers = new StartupCustomerRepository(this.table);
    customers.createTableIfMissing();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void everyOperationIsOneRequestAndNoRetry() {
    AtomicReference<Versioned<StartupCustomer>> current = new AtomicReference<>();
    oneRequest("PutItem", () -> current.set(customers.create(new StartupCustomer("c1", "Ada", "new", CREATED, 1))));
    oneRequest("GetItem", () -> current.set(customers.get("c1", Consistency.STRONG).orElseThrow()));
    oneRequest("UpdateItem", () -> current.set(customers.update(current.get(),
        new StartupCustomer("c1", "Ada", "active", CREATED, 2))));
    oneRequest("GetItem", () -> assertThat(customers.exists("c1")).isTrue());
    oneRequest("Query", () -> assertThat(customers.list(PageRequest.first(10).consistent()).items()).hasSize(1));
    oneRequest("UpdateItem", () -> current.set(customers.put(new StartupCustomer("c2", "Bob", "new", CREATED, 1))));
    oneRequest("DeleteItem", () -> customers.delete(current.get()));
    oneRequest("DeleteItem", () -> customers.delete("c1"));
  }

  @Test
  void everyLockOperationIsOneRequestAndAFencedWriteCostsNoMore() {
    Locks locks = table.locks("locks", LockOptions.builder().heartbeat(Duration.ZERO).build());
    AtomicReference<Lease> lease = new AtomicReference<>();
    oneRequest("UpdateItem", () -> lease.set(locks.tryAcquire("l1").orElseThrow()));
    oneRequest("UpdateItem", () -> assertThat(locks.tryAcquire("l1")).isEmpty());
    oneRequest("GetItem", () -> assertThat(locks.holder("l1")).isPresent());
    oneRequest("UpdateItem", () -> lease.get().renew());

    StartupCustomerRepository fenced = new StartupCustomerRepository(table.fencedBy(lease.get()));
    fenced.get("warm-up", Consistency.STRONG); // a repository's first use reads the table's shard records
    AtomicReference<Versioned<StartupCustomer>> current = new AtomicReference<>();
    oneRequest("PutItem", () -> current.set(fenced.create(new StartupCustomer("f1", "Ada", "new", CREATED, 1))));
    oneRequest("UpdateItem", () -> current.set(fenced.update(current.get(),
        new StartupCustomer("f1", "Ada", "active", CREATED, 2))));
    oneRequest("UpdateItem", () -> fenced.put(new StartupCustomer("f2", "Bob", "new", CREATED, 1)));
    oneRequest("DeleteItem", () -> fenced.delete(current.get()));
    oneRequest("DeleteItem", () -> fenced.delete("f2"));
    oneRequest("UpdateItem", () -> lease.get().release());
  }

  private void oneRequest(String operation, Runnable action) {
    counter.reset();
    action.run();
    assertThat(counter.calls()).as("calls").isEqualTo(Map.of(operation, 1));
    assertThat(counter.attempts()).as("attempts: no retry").isEqualTo(Map.of(operation, 1));
  }
}
