package dev.dynastore.it.kv;

import dev.dynastore.Dynastore;
import dev.dynastore.kv.Index;
import dev.dynastore.RequestHook;
import dev.dynastore.Table;
import dev.dynastore.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A table with the seed's layout, a local and a global index, a fixed clock, and a log of requests sent. */
final class KvFixture {
  static final Index BY_CREATED = Index.local("idx_created", "created");
  static final Index BY_STATUS = Index.global("idx_status", "status", "created");
  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  final TestClock clock = TestClock.at(NOW);
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  final Dynastore store;
  final Table table;

  KvFixture(DynamoDbClient client, String tableName) {
    RequestHook log = (operation, request) -> requests.add(operation);
    this.store = Dynastore.builder().client(client).clock(clock).addRequestHook(log).build();
    this.table = store.table(tableName);
    table.createIfMissing(BY_CREATED, BY_STATUS);
    requests.clear();
  }

  long nowSecond() {
    return clock.instant().getEpochSecond();
  }
}
