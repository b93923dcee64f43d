package dev.dynastore.it.kv;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.ReadOption.reverse;
import static dev.dynastore.kv.ReadOption.withIndex;
import static dev.dynastore.kv.ReadOption.withLimit;
import static dev.dynastore.kv.ReadOption.withStartKey;
import static dev.dynastore.kv.WriteOption.withExpiresAt;
import static dev.dynastore.kv.WriteOption.withFields;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Dynastore;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.InvalidPageTokenException;
import dev.dynastore.KeyRange;
import dev.dynastore.kv.Index;
import dev.dynastore.kv.KVPage;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.kv.ReadOption;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Key ranges and counts in the K/V API: by key, and through an index sorted by numbers. */
@DynamoDbTest
class KvRangesTest {
  private static final Index BY_SCORE = Index.local("idx_score", "score", ScalarAttributeType.N);

  private final TestClock clock = TestClock.at(Instant.parse("2026-11-25T10:00:00Z"));
  private KVPartition jobs;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String name) {
    var table = Dynastore.builder().client(client).clock(clock).build().table(name);
    table.createIfMissing(BY_SCORE);
    jobs = table.partition("jobs");
    String[] keys = {"2026-03-01/a", "2026-03-01/b", "2026-03-15/a", "2026-03-31/z", "2026-04-01/a", "2026-04-02/a"};
    String[] scores = {"10", "-2.5", "3", "100", "-20", "0"};
    for (int i = 0; i < keys.length; i++) {
      jobs.put(keys[i], withString("job " + i), withFields(Map.of("score", AttributeValue.fromN(scores[i]))));
    }
    // expires: inside every range below, never listed or counted
    jobs.put("2026-03-20/expired", withString("gone"), withExpiresAt(clock.instant().plusSeconds(1)),
        withFields(Map.of("score", AttributeValue.fromN("5"))));
    clock.advance(Duration.ofSeconds(5));
    table.partition("other").put("2026-03-10/x", withString("another partition"),
        withFields(Map.of("score", AttributeValue.fromN("4"))));
  }

  @Test
  void rangesByKey() {
    assertThat(keys(jobs.listPage(KeyRange.between("2026-03", "2026-03-31/z"), consistent())))
        .containsExactly("2026-03-01/a", "2026-03-01/b", "2026-03-15/a", "2026-03-31/z");
    assertThat(keys(jobs.listPage(KeyRange.lessThan("2026-04"), reverse(), consistent())))
        .containsExactly("2026-03-31/z", "2026-03-15/a", "2026-03-01/b", "2026-03-01/a");
    assertThat(keys(jobs.listPage(KeyRange.greaterThan("2026-03-31/z"), consistent())))
        .containsExactly("2026-04-01/a", "2026-04-02/a");
    assertThat(keys(jobs.listPage(KeyRange.beginsWith("2026-03-01/"), consistent())))
        .containsExactly("2026-03-01/a", "2026-03-01/b");
    assertThat(jobs.count(KeyRange.between("2026-03", "2026-04"), consistent())).isEqualTo(4);
    assertThat(jobs.count(KeyRange.all(), consistent())).isEqualTo(6);
  }

  @Test
  void rangesThroughAnIndexSortedByNumbers() {
    // as numbers, not as text: "-20" < "-2.5" < "0" < "3" < "10" < "100"
    assertThat(keys(jobs.listPage(KeyRange.between("-3", "10"), withIndex(BY_SCORE), consistent())))
        .containsExactly("2026-03-01/b", "2026-04-02/a", "2026-03-15/a", "2026-03-01/a");
    assertThat(keys(jobs.listPage(KeyRange.atLeast("1E+1"), withIndex(BY_SCORE), consistent())))
        .containsExactly("2026-03-01/a", "2026-03-31/z");
    assertThat(jobs.count(KeyRange.lessThan("0"), withIndex(BY_SCORE), consistent())).isEqualTo(2);
    assertThatThrownBy(() -> jobs.listPage(KeyRange.atLeast("ten"), withIndex(BY_SCORE)))
        .isInstanceOf(InvalidKeyException.class).hasMessageContaining("\"ten\" is not a number");
    assertThatThrownBy(() -> jobs.count(KeyRange.beginsWith("1"), withIndex(BY_SCORE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not text");
  }

  @Test
  void aTokenContinuesItsRangeOnly() {
    KeyRange<String> march = KeyRange.between("2026-03", "2026-04");
    List<String> seen = new ArrayList<>();
    KVPage page = jobs.listPage(march, withLimit(2), consistent());
    seen.addAll(keys(page));
    String token = page.lastKey().orElseThrow();
    assertThatThrownBy(() -> jobs.listPage(KeyRange.atLeast("2026-03"), withLimit(2), withStartKey(token)))
        .isInstanceOf(InvalidPageTokenException.class);
    while (page.lastKey().isPresent()) {
      page = jobs.listPage(march, withLimit(2), consistent(), withStartKey(page.lastKey().get()));
      seen.addAll(keys(page));
    }
    assertThat(seen).containsExactly("2026-03-01/a", "2026-03-01/b", "2026-03-15/a", "2026-03-31/z");
    // a prefix is a range: the same listing, the same tokens
    ReadOption[] prefixed = {withLimit(1), consistent()};
    KVPage first = jobs.listPage("2026-03-01/", prefixed);
    assertThat(keys(jobs.listPage(KeyRange.beginsWith("2026-03-01/"), withLimit(1), consistent(),
        withStartKey(first.lastKey().orElseThrow())))).containsExactly("2026-03-01/b");
  }

  private static List<String> keys(KVPage page) {
    return page.items().stream().map(KVPair::key).collect(Collectors.toList());
  }
}
