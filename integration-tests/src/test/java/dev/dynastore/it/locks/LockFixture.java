package dev.dynastore.it.locks;

import dev.dynastore.Dynastore;
import dev.dynastore.RequestHook;
import dev.dynastore.Table;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Sessions over one table, each with its own clock, as processes on different hosts would have. */
final class LockFixture {
  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  final DynamoDbClient client;
  final String tableName;
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  LockFixture(DynamoDbClient client, String tableName) {
    this.client = client;
    this.tableName = tableName;
    table(Clock.systemUTC()).createIfMissing();
  }

  /** The table through a session of its own with this clock; its requests are logged. */
  Table table(Clock clock) {
    return Dynastore.builder().client(client).clock(clock)
        .addRequestHook((operation, request) -> requests.add(operation)).build().table(tableName);
  }

  /** Locks in partition "locks" of a session with this clock. */
  Locks locks(Clock clock, LockOptions options) {
    return table(clock).locks("locks", options);
  }

  static TestClock clock() {
    return TestClock.at(NOW);
  }

  /** Leases of {@code seconds}, renewed by hand only, with the default one-second margin. */
  static LockOptions manual(String owner, long seconds) {
    return LockOptions.builder().owner(owner).leaseDuration(Duration.ofSeconds(seconds))
        .heartbeat(Duration.ZERO).build();
  }

  /** The names of the lease watcher threads alive now. */
  static Set<String> leaseThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
        .filter(name -> name.startsWith("dynastore-lease-")).collect(Collectors.toSet());
  }

  /** Waits up to 5 seconds for the lease watcher threads of these locks of this table to end; those still alive. */
  Set<String> leaseThreadsAfterWaiting(String... locks) throws InterruptedException {
    Set<String> prefixes = Set.of(locks).stream().map(lock -> "dynastore-lease-" + lock + "#")
        .collect(Collectors.toSet());
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    Set<String> alive;
    do {
      alive = leaseThreads().stream().filter(name -> name.endsWith("@" + tableName))
          .filter(name -> prefixes.stream().anyMatch(name::startsWith)).collect(Collectors.toSet());
      if (alive.isEmpty()) {
        return alive;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < deadline);
    return alive;
  }

  /** The name of the watcher thread of {@code lease}. */
  String threadOf(dev.dynastore.locks.Lease lease) {
    return "dynastore-lease-" + lease.name() + "#" + lease.fencingToken() + "@" + tableName;
  }

  /** The table through a session of its own with this clock and hook. */
  Table table(Clock clock, RequestHook hook) {
    return Dynastore.builder().client(client).clock(clock).addRequestHook(hook).build().table(tableName);
  }

  /** A client whose chosen attempts fail as {@code faults} says; at most {@code maxAttempts} attempts a call. */
  static DynamoDbClient faulty(LocalDynamoDb dynamo, FaultInjector faults, int maxAttempts) {
    return dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(faults)
            .retryStrategy(retries -> retries.maxAttempts(maxAttempts)).build())
        .build();
  }

  /** The watcher threads alive now of the leases of {@code lock} in this table. */
  Set<String> leaseThreads(String lock) {
    return leaseThreads().stream()
        .filter(name -> name.startsWith("dynastore-lease-" + lock + "#") && name.endsWith("@" + tableName))
        .collect(Collectors.toSet());
  }

  /** Polls {@code condition} for up to {@code millis}. */
  static boolean eventually(long millis, java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(10);
    }
    return condition.getAsBoolean();
  }

  /** Asserts that the lease's lost() ends as a released lease's does: exceptionally, by cancellation. */
  static void assertReleased(dev.dynastore.locks.Lease lease) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> lease.lost().get(5, java.util.concurrent.TimeUnit.SECONDS))
        .isInstanceOf(java.util.concurrent.ExecutionException.class)
        .hasCauseInstanceOf(java.util.concurrent.CancellationException.class);
  }
}
