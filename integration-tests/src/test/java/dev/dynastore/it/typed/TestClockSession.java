package dev.dynastore.it.typed;

import dev.dynastore.Dynastore;
import dev.dynastore.Table;
import dev.dynastore.testing.TestClock;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A session on a fixed clock, for expiry tests. */
record TestClockSession(TestClock clock, Table table) {
  static TestClockSession over(DynamoDbClient client, String tableName) {
    TestClock clock = TestClock.at(Instant.parse("2026-11-25T10:00:00Z"));
    return new TestClockSession(clock, Dynastore.builder().client(client).clock(clock).build().table(tableName));
  }

  Instant now() {
    return clock.instant();
  }
}
