package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.BatchIncompleteException;
import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.PageRequest;
import dev.dynastore.Versioned;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Batch reads and writes: chunks, absent and expired keys, duplicates, and what DynamoDB leaves unprocessed. */
@DynamoDbTest
class BatchTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:20Z");

  private final RequestCounter counter = new RequestCounter();
  private final UnprocessedItems unprocessed = new UnprocessedItems();
  private final TestClock clock = TestClock.at(Instant.parse("2026-11-25T10:00:00Z"));
  private DynamoDbClient client;
  private ReadingRepository readings;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, @TableName String name) {
    client = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(unprocessed)
            .addExecutionInterceptor(counter).build())
        .build();
    readings = new ReadingRepository(Dynastore.builder().client(client).clock(clock).build().table(name));
    readings.createTableIfMissing();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void getAllOf250KeysIsThreeRequestsAndLeavesOutAbsentAndExpiredKeys() {
    // 230 stored, 20 of them expiring; 20 more keys never stored; and the first ten keys asked for twice
    List<Reading> stored = IntStream.range(0, 230).mapToObj(i -> reading(i, i % 23 == 0 ? clock.instant()
        .plusSeconds(5) : null)).collect(Collectors.toList());
    readings.putAll(stored);
    clock.advance(Duration.ofSeconds(10));
    List<Integer> keys = new ArrayList<>(IntStream.range(0, 250).boxed().collect(Collectors.toList()));
    keys.addAll(keys.subList(0, 10));
    counter.reset();

    Map<Integer, Versioned<Reading>> found = readings.getAll("s1", keys, Consistency.STRONG);

    assertThat(counter.calls()).containsExactly(Map.entry("BatchGetItem", 3));
    List<Integer> live = IntStream.range(0, 230).filter(i -> i % 23 != 0).boxed().collect(Collectors.toList());
    assertThat(found.keySet()).as("live keys, in the order asked").containsExactlyElementsOf(live);
    assertThat(found.get(1).value()).isEqualTo(stored.get(1));
    assertThat(found.get(1).version()).isEqualTo(1);
    assertThat(readings.getAll("s2", keys)).as("another tenant's partition").isEmpty();
    counter.reset();
    assertThat(readings.getAll("s1", List.of())).isEmpty();
    assertThat(counter.totalCalls()).as("nothing to read, nothing sent").isZero();
  }

  @Test
  void unprocessedKeysAreReadAgainAfterABackOff() {
    readings.putAll(IntStream.range(0, 150).mapToObj(i -> reading(i, null)).collect(Collectors.toList()));
    unprocessed.starve(3, 10); // three responses in a row hold 10 items each, the rest unprocessed
    counter.reset();

    Map<Integer, Versioned<Reading>> found = readings.getAll("s1",
        IntStream.range(0, 150).boxed().collect(Collectors.toList()), Consistency.STRONG);

    assertThat(found).hasSize(150);
    assertThat(counter.calls().get("BatchGetItem")).isGreaterThan(2);
  }

  @Test
  void keysLeftUnprocessedRoundAfterRoundAreNamed() {
    readings.putAll(IntStream.range(0, 3).mapToObj(i -> reading(i, null)).collect(Collectors.toList()));
    unprocessed.starve(Integer.MAX_VALUE, 0);

    assertThatThrownBy(() -> readings.getAll("s1", List.of(0, 1, 2))).isInstanceOf(BatchIncompleteException.class)
        .hasMessageContaining("3 items").hasMessageContaining("still unread")
        .satisfies(e -> assertThat(((BatchIncompleteException) e).unprocessed()).containsExactlyInAnyOrder(
            "readings#s1/0000000000000000000", "readings#s1/0000000000000000001",
            "readings#s1/0000000000000000002"));
  }

  @Test
  void unprocessedWritesAreSentAgainUntilAllAreWritten() {
    unprocessed.starve(4, 5); // four requests in a row write only 5 of their items
    counter.reset();

    List<Versioned<Reading>> written = readings.putAll(IntStream.range(0, 60).mapToObj(i -> reading(i, null))
        .collect(Collectors.toList()));

    assertThat(written).hasSize(60).allSatisfy(v -> assertThat(v.version()).isEqualTo(1));
    assertThat(counter.calls().get("BatchWriteItem")).isGreaterThan(3);
    assertThat(readings.listing("s1").count(Consistency.STRONG)).isEqualTo(60);
  }

  @Test
  void aBatchPutReplacesWholeItemsAtVersionOne() {
    Versioned<Reading> v1 = readings.create(reading(1, null));
    Versioned<Reading> v2 = readings.update(v1, reading(1, null).withLabel("second"));
    assertThat(v2.version()).isEqualTo(2);

    List<Versioned<Reading>> put = readings.putAll(List.of(reading(1, null).withLabel("batched"), reading(2, null)));

    assertThat(put).extracting(Versioned::version).containsExactly(1L, 1L);
    assertThat(readings.get("s1", 1, Consistency.STRONG).orElseThrow().value().label()).isEqualTo("batched");
    // a holder of version 2 (or of the old version 1) cannot update over it: the write token changed
    assertThatThrownBy(() -> readings.update(v2, v2.value().withLabel("stale"))).isInstanceOf(KeyModifiedException.class);
    assertThatThrownBy(() -> readings.update(v1, v1.value().withLabel("stale"))).isInstanceOf(KeyModifiedException.class);
    assertThat(readings.update(put.get(0), put.get(0).value().withLabel("third")).version()).isEqualTo(2);
  }

  @Test
  void aBatchWithTwoItemsOfOneKeyIsRefusedBeforeAnyRequest() {
    counter.reset();
    assertThatThrownBy(() -> readings.putAll(List.of(reading(1, null), reading(2, null), reading(1, null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readings#s1/0000000000000000001");
    assertThat(counter.totalCalls()).isZero();
  }

  @Test
  void deleteAllDeletesEveryKeyGivenAndIgnoresAbsentOnes() {
    readings.putAll(IntStream.range(0, 60).mapToObj(i -> reading(i, null)).collect(Collectors.toList()));
    counter.reset();

    readings.deleteAll("s1", IntStream.range(10, 80).boxed().collect(Collectors.toList()));

    assertThat(counter.calls()).containsExactly(Map.entry("BatchWriteItem", 3));
    assertThat(readings.listing("s1").stream(PageRequest.first(100).consistent()).map(Reading::seq))
        .containsExactlyElementsOf(IntStream.range(0, 10).boxed().collect(Collectors.toList()));
  }

  @Test
  void aBatchPutKeepsEachExpiry() {
    readings.putAll(List.of(reading(1, clock.instant().plusSeconds(5)), reading(2, null)));
    readings.putAll(List.of(reading(3, null)), Duration.ofSeconds(5)); // a null @Expires leaves it to the ttl
    readings.putAll(List.of(reading(4, clock.instant().plusSeconds(60))), Duration.ofSeconds(5)); // it says when
    clock.advance(Duration.ofSeconds(10));

    assertThat(readings.getAll("s1", List.of(1, 2, 3, 4), Consistency.STRONG)).containsOnlyKeys(2, 4);
  }

  private static Reading reading(int seq, Instant expiresAt) {
    return new Reading("s1", seq, "k", "label-" + seq, T.plusMillis(seq), BigDecimal.valueOf(seq), expiresAt);
  }
}
