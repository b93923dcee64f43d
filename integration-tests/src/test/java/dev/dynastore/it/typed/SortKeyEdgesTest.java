package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.KeyRange;
import dev.dynastore.Listing;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import dev.dynastore.kv.Index;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.kv.ReadOption;
import dev.dynastore.kv.WriteOption;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Sort keys whose stored order is not their Java order (enums by name, UUIDs by text), bounds beyond what can be
 * stored (instants outside the years 0000 to 9999, numbers outside DynamoDB's), items a stream cannot read, and
 * instants an earlier version stored in another form.
 */
@DynamoDbTest
class SortKeyEdgesTest {
  private static <T> List<T> all(Listing<T, ?> listing) {
    return listing.stream(PageRequest.first(2).consistent()).collect(Collectors.toList());
  }

  @Test
  void enumKeysSortByName(Dynastore store, @TableName String name) {
    JobRepository jobs = new JobRepository(store.table(name));
    jobs.createTableIfMissing();
    for (Level level : Level.values()) {
      jobs.create(new Job(level, level.name()));
    }
    // stored by name(): HIGH < LOW < MEDIUM, whatever the declaration order (LOW, MEDIUM, HIGH)
    assertThat(all(jobs.listing())).extracting(Job::level).containsExactly(Level.HIGH, Level.LOW, Level.MEDIUM);
    assertThat(all(jobs.listing().where(KeyRange.atLeast(Level.LOW)))).extracting(Job::level)
        .containsExactly(Level.LOW, Level.MEDIUM);
    assertThatThrownBy(() -> all(jobs.listing().where(KeyRange.between(Level.LOW, Level.HIGH))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lies after its high bound")
        .hasMessageContaining("enums by name");
  }

  @Test
  void uuidKeysSortByTheirTextWhichIsUnsignedOrder(Dynastore store, @TableName String name) {
    TokenRepository tokens = new TokenRepository(store.table(name));
    tokens.createTableIfMissing();
    UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000");
    UUID low = UUID.fromString("10000000-0000-0000-0000-000000000000");
    assertThat(high.compareTo(low)).as("UUID.compareTo compares signed: 0x8... is negative").isNegative();
    tokens.create(new Token(low, "low"));
    tokens.create(new Token(high, "high"));

    assertThat(all(tokens.listing().where(KeyRange.between(low, high)))).extracting(Token::id)
        .containsExactly(low, high);
    assertThat(all(tokens.listing().where(KeyRange.atLeast(high)))).extracting(Token::id).containsExactly(high);
    assertThatThrownBy(() -> all(tokens.listing().where(KeyRange.between(high, low))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void instantBoundsBeyondTheStorableYearsHoldEveryItem(Dynastore store, @TableName String name) {
    EventRepository events = events(store, name);
    for (KeyRange<Instant> open : List.of(KeyRange.atMost(Instant.MAX), KeyRange.atLeast(Instant.MIN),
        KeyRange.between(Instant.MIN, Instant.MAX), KeyRange.lessThan(Instant.parse("+10000-01-01T00:00:00Z")),
        KeyRange.greaterThan(Instant.parse("-0001-12-31T23:59:59Z")))) {
      assertThat(all(events.byWhen().where(open))).as("%s", open).hasSize(3);
    }
    assertThat(all(events.byWhen().where(KeyRange.greaterThan(Instant.MAX)))).isEmpty();
    assertThat(all(events.byWhen().where(KeyRange.between(Instant.MIN, Instant.parse("2000-01-01T00:00:00Z")))))
        .extracting(Event::id).containsExactly("e1");
  }

  @Test
  void numericBoundsBeyondDynamoDbsNumbersAreRefusedBeforeAnyRequest(Dynastore store, @TableName String name) {
    EventRepository events = events(store, name);
    for (KeyRange<Double> beyond : List.of(KeyRange.atMost(Double.MAX_VALUE), KeyRange.atLeast(-Double.MAX_VALUE),
        KeyRange.between(-1e200, 1e200), KeyRange.lessThan(1e-200))) {
      assertThatThrownBy(() -> all(events.byScore().where(beyond))).as("%s", beyond)
          .isInstanceOf(InvalidKeyException.class).hasMessageContaining("outside DynamoDB's numbers");
    }
    assertThat(all(events.byScore().where(KeyRange.atMost(9.9e125)))).hasSize(3);
  }

  @Test
  void kvNumericBoundsBeyondDynamoDbsNumbersAreRefused(DynamoDbClient client, @TableName String name) {
    Index byScore = Index.local("idx_score", "score", ScalarAttributeType.N);
    var table = Dynastore.builder().client(client).build().table(name);
    table.createIfMissing(byScore);
    KVPartition jobs = table.partition("jobs");
    jobs.put("a", WriteOption.withString("a"), WriteOption.withFields(Map.of("score", AttributeValue.fromN("1"))));
    for (String bound : List.of("1e400", "1e-400", "1234567890123456789012345678901234567891", "NaN")) {
      assertThatThrownBy(() -> jobs.count(KeyRange.atMost(bound), ReadOption.withIndex(byScore), ReadOption.consistent()))
          .as(bound).isInstanceOf(InvalidKeyException.class);
    }
    assertThat(jobs.count(KeyRange.atMost("12345678901234567890123456789012345678"), ReadOption.withIndex(byScore),
        ReadOption.consistent())).as("38 digits").isEqualTo(1);
  }

  @Test
  void anIndexKeyBeyondDynamoDbsNumbersIsRefusedBeforeTheWrite(Dynastore store, @TableName String name) {
    EventRepository events = events(store, name);
    assertThatThrownBy(() -> events.create(new Event("huge", Instant.parse("2026-01-01T00:00:00Z"), 1e200, null,
        Level.LOW, 1))).isInstanceOf(InvalidKeyException.class).hasMessageContaining("score");
    assertThat(events.exists("huge", Consistency.STRONG)).isFalse();
  }

  @Test
  void aStreamSkipsWhatItCannotReadAndItsPagesSayWhat(Dynastore store, @TableName String name) {
    EventRepository events = events(store, name);
    // another program's item in the type's partition, in the index: a listing skips it and reports it
    store.table(name).partition("events").put("junk", WriteOption.withString("not an event"),
        WriteOption.withFields(Map.of("when", AttributeValue.fromS("2026-11-25T10:00:20.000000000Z"))));
    Listing<Event, Instant> byWhen = events.byWhen();

    assertThat(byWhen.list(PageRequest.first(10).consistent()).unreadable()).hasSize(1);
    List<Page<Event>> pages = byWhen.pages(PageRequest.first(2).consistent()).collect(Collectors.toList());
    assertThat(pages.stream().mapToInt(page -> page.unreadable().size()).sum()).isEqualTo(1);
    assertThat(pages.stream().mapToInt(page -> page.items().size()).sum()).isEqualTo(3);
    assertThat(byWhen.stream(PageRequest.first(2).consistent()).count()).isEqualTo(3);
    assertThat(byWhen.count(Consistency.STRONG)).as("a count reads no values: it counts the unreadable too")
        .isEqualTo(4);
  }

  @Test
  void instantsAnEarlierVersionStoredSortOnceRewritten(Dynastore store, DynamoDbClient client,
      @TableName String name) {
    EventRepository events = events(store, name);
    Instant at = Instant.parse("2026-11-25T10:01:20Z");
    events.create(new Event("legacy", at, 2.0, new byte[] {2}, Level.HIGH, 8));
    // as Instant.toString() stored it: no fraction, so "...20Z" sorts after "...20.000000000Z"
    client.updateItem(UpdateItemRequest.builder().tableName(name)
        .key(Map.of("id", AttributeValue.fromS("events"), "name", AttributeValue.fromS("legacy")))
        .updateExpression("SET #w = :w").expressionAttributeNames(Map.of("#w", "when"))
        .expressionAttributeValues(Map.of(":w", AttributeValue.fromS(at.toString()))).build());
    Versioned<Event> legacy = events.get("legacy", Consistency.STRONG).orElseThrow();
    assertThat(legacy.value().when()).isEqualTo(at);
    assertThat(events.byWhen().where(KeyRange.equalTo(at)).count(Consistency.STRONG)).as("before").isZero();

    events.update(legacy, legacy.value()); // the migration the README gives: read and write back

    assertThat(events.byWhen().where(KeyRange.equalTo(at)).count(Consistency.STRONG)).isEqualTo(1);
  }

  private static EventRepository events(Dynastore store, String name) {
    EventRepository events = new EventRepository(store.table(name));
    events.createTableIfMissing();
    events.create(new Event("e1", Instant.parse("1969-07-20T20:17:40Z"), -1.5, new byte[] {0x7f}, Level.LOW,
        Long.MIN_VALUE));
    events.create(new Event("e2", Instant.parse("2026-01-01T00:00:00.5Z"), 0.0, new byte[] {(byte) 0x80},
        Level.MEDIUM, 0));
    events.create(new Event("e3", Instant.parse("9999-12-31T23:59:59.999999999Z"), 1e100,
        new byte[] {(byte) 0xff, 0}, Level.HIGH, Long.MAX_VALUE));
    return events;
  }
}
