package dev.dynastore.it.kv;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withExpiresAt;
import static dev.dynastore.kv.WriteOption.withNoExpires;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static dev.dynastore.kv.WriteOption.withTtl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.kv.KVPair;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyNotFoundException;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One rule everywhere: expired iff {@code expires <= now}, by the session's clock. */
@DynamoDbTest
class ExpiryTest {
  private KvFixture fixture;
  private KVPartition items;
  private Instant now;
  private DynamoDbClient client;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    this.client = client;
    fixture = new KvFixture(client, table);
    items = fixture.table.partition("items");
    now = KvFixture.NOW;
    items.put("past", withString("now-1"), withExpiresAt(now.minusSeconds(1)));
    items.put("present", withString("now"), withExpiresAt(now));
    items.put("future", withString("now+1"), withExpiresAt(now.plusSeconds(1)));
    items.put("forever", withString("no expiry"));
  }

  @Test
  void getAndExistsSeeOnlyItemsExpiringAfterNow() {
    assertThat(items.get("past", consistent())).isEmpty();
    assertThat(items.get("present", consistent())).isEmpty();
    assertThat(items.get("future", consistent())).isPresent();
    assertThat(items.get("forever", consistent())).isPresent();

    assertThat(items.exists("past", consistent())).isFalse();
    assertThat(items.exists("present", consistent())).isFalse();
    assertThat(items.exists("future", consistent())).isTrue();
    assertThat(items.exists("forever", consistent())).isTrue();
  }

  @Test
  void listPageSkipsExpiredItems() {
    assertThat(items.listPage("", consistent()).items()).extracting(KVPair::key)
        .containsExactly("forever", "future");
  }

  @Test
  void createSucceedsOverExpiredItemsOnly() {
    assertThat(items.atomicPut("past", withString("new")).version()).isEqualTo(1);
    assertThat(items.atomicPut("present", withString("new")).version()).isEqualTo(1);
    assertThatThrownBy(() -> items.atomicPut("future", withString("new"))).isInstanceOf(KeyExistsException.class);
    assertThatThrownBy(() -> items.atomicPut("forever", withString("new"))).isInstanceOf(KeyExistsException.class);
  }

  @Test
  void theBoundaryMovesWithTheClock() {
    KVPair future = items.get("future", consistent()).orElseThrow();
    fixture.clock.set(now.plusSeconds(1));
    assertThat(items.get("future", consistent())).isEmpty();
    assertThat(items.exists("future", consistent())).isFalse();
    assertThat(items.listPage("", consistent()).items()).extracting(KVPair::key).containsExactly("forever");
    assertThatThrownBy(() -> items.atomicDelete("future", future)).isInstanceOf(KeyNotFoundException.class);

    fixture.clock.set(now.minusSeconds(1));
    assertThat(items.listPage("", consistent()).items()).extracting(KVPair::key)
        .containsExactly("forever", "future", "present");
  }

  @Test
  void anExpiresThatIsNotANumberIsNoExpiryToEveryOperation() {
    // written by other tools: DynamoDB's TTL ignores them, and so does every operation here, alike
    writeRaw("null", AttributeValue.fromNul(true));
    writeRaw("text", AttributeValue.fromS("1700000000"));

    for (String key : new String[] {"null", "text"}) {
      KVPair read = items.get(key, consistent()).orElseThrow();
      assertThat(read.expires()).isEmpty();
      assertThat(items.exists(key, consistent())).isTrue();
      assertThatThrownBy(() -> items.atomicPut(key, withString("again"))).isInstanceOf(KeyExistsException.class);
      assertThat(items.atomicPut(key, withString("swapped"), withPreviousKV(read)).version()).isEqualTo(2);
    }
    assertThat(items.listPage("", consistent()).items()).extracting(KVPair::key)
        .containsExactly("forever", "future", "null", "text");
  }

  @Test
  void aDecimalExpiryComparesAsADecimalEverywhere() {
    writeRaw("half", AttributeValue.fromN(now.getEpochSecond() + ".5"));
    assertThat(items.get("half", consistent())).isPresent();
    assertThat(items.exists("half", consistent())).isTrue();
    assertThat(items.listPage("h", consistent()).items()).hasSize(1);
    assertThat(items.get("half", consistent()).orElseThrow().expires()).contains(now.plusMillis(500));

    fixture.clock.set(now.plusSeconds(1));
    assertThat(items.get("half", consistent())).isEmpty();
    assertThat(items.exists("half", consistent())).isFalse();
    assertThat(items.listPage("h", consistent()).items()).isEmpty();
    assertThat(items.atomicPut("half", withString("new")).version()).isEqualTo(1);
  }

  @Test
  void aDecimalExpiryIsComparedWithNowAndItsFraction() {
    writeRaw("half", AttributeValue.fromN(now.getEpochSecond() + ".5"));
    fixture.clock.set(now.plusMillis(400));
    assertThat(items.get("half", consistent())).isPresent();
    fixture.clock.set(now.plusMillis(500));
    assertThat(items.get("half", consistent())).isEmpty();
    assertThat(items.exists("half", consistent())).isFalse();
    assertThat(items.listPage("h", consistent()).items()).isEmpty();
    assertThat(items.atomicPut("half", withString("new")).version()).isEqualTo(1);
  }

  @Test
  void expiriesBeyondTheYear9999AreRefusedBeforeAnyRequest() {
    fixture.requests.clear();
    assertThatThrownBy(() -> items.put("m", withString("v"), withExpiresAt(Instant.MAX)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withNoExpires");
    assertThatThrownBy(() -> items.put("h", withString("v"), withTtl(Duration.ofSeconds(Long.MAX_VALUE))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> items.atomicPut("h", withString("v"), withTtl(Duration.ofDays(3_000_000))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(fixture.requests).isEmpty();
  }

  @Test
  void aSubSecondTtlNeverStoresAnItemThatIsAlreadyExpired() {
    fixture.clock.set(now.plusMillis(700));
    KVPair written = items.put("brief", withString("v"), withTtl(Duration.ofMillis(500)));

    assertThat(written.expires()).contains(now.plusSeconds(2)); // 10:00:01.2, rounded up
    assertThat(items.get("brief", consistent())).isPresent();
    assertThat(items.atomicPut("brief2", withString("v"), withTtl(Duration.ofMillis(1))).expires())
        .contains(now.plusSeconds(1));
    assertThat(items.exists("brief2", consistent())).isTrue();
  }

  @Test
  void aWriteKeepsTheStoredExpiryUnlessItSetsOrClearsIt() {
    KVPair created = items.atomicPut("lease", withString("v1"), withTtl(Duration.ofMinutes(5)));
    KVPair swapped = items.atomicPut("lease", withString("v2"), withPreviousKV(created));
    assertThat(swapped.expires()).contains(now.plusSeconds(300));
    KVPair put = items.put("lease", withString("v3"));
    assertThat(put.expires()).contains(now.plusSeconds(300));
    assertThat(items.get("lease", consistent()).orElseThrow().expires()).contains(now.plusSeconds(300));

    KVPair extended = items.atomicPut("lease", withString("v4"), withPreviousKV(put), withTtl(Duration.ofMinutes(10)));
    assertThat(items.get("lease", consistent()).orElseThrow().expires()).contains(now.plusSeconds(600));
    KVPair cleared = items.atomicPut("lease", withString("v5"), withPreviousKV(extended), withNoExpires());
    assertThat(cleared.expires()).isEmpty();
    assertThat(items.get("lease", consistent()).orElseThrow()).isEqualTo(cleared);
  }

  private void writeRaw(String key, AttributeValue expires) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("id", AttributeValue.fromS("items"));
    item.put("name", AttributeValue.fromS(key));
    item.put("version", AttributeValue.fromN("1"));
    item.put("expires", expires);
    item.put("payload", AttributeValue.fromS("by another tool"));
    client.putItem(b -> b.tableName(fixture.table.name()).item(item));
  }
}
