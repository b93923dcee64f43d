package dev.dynastore.it.kv;

import static dev.dynastore.ReadOption.consistent;
import static dev.dynastore.WriteOption.withExpiresAt;
import static dev.dynastore.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.KVPair;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyNotFoundException;
import dev.dynastore.Partition;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** One rule everywhere: expired iff {@code expires <= now}, by the session's clock. */
@DynamoDbTest
class ExpiryTest {
  private KvFixture fixture;
  private Partition items;
  private Instant now;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
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
}
