package dev.dynastore.it.kv;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.ReadOption.withLocalIndex;
import static dev.dynastore.kv.WriteOption.withFields;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withoutFields;
import static dev.dynastore.kv.WriteOption.withString;
import static dev.dynastore.kv.WriteOption.withTtl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.kv.KVPair;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.KeyNotFoundException;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.UnreadableItemException;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** atomicPut (create and compare-and-swap) and atomicDelete: the seed's semantics, its defects fixed. */
@DynamoDbTest
class AtomicWritesTest {
  private KvFixture fixture;
  private KVPartition customers;
  private DynamoDbClient client;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    this.client = client;
    fixture = new KvFixture(client, table);
    customers = fixture.table.partition("customers");
  }

  @Test
  void createThenRefuseASecondCreate() {
    KVPair created = customers.atomicPut("c1", withString("first"));
    assertThat(created.version()).isEqualTo(1);
    assertThat(created.stringValue()).isEqualTo("first");

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("second")))
        .isInstanceOf(KeyExistsException.class)
        .hasMessageContaining("customers/c1")
        .hasCauseInstanceOf(ConditionalCheckFailedException.class);
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("first");
  }

  @Test
  void createOverAnExpiredItemSucceeds() {
    customers.atomicPut("lease", withString("old holder"), withTtl(Duration.ofSeconds(30)));
    fixture.clock.advance(Duration.ofSeconds(30));

    KVPair recreated = customers.atomicPut("lease", withString("new holder"));

    assertThat(recreated.version()).isEqualTo(1);
    KVPair read = customers.get("lease", consistent()).orElseThrow();
    assertThat(read.stringValue()).isEqualTo("new holder");
    assertThat(read.expires()).isEmpty();
  }

  @Test
  void compareAndSwapBumpsTheVersionAndRefusesAStaleOne() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    KVPair v2 = customers.atomicPut("c1", withString("two"), withPreviousKV(v1));
    assertThat(v2.version()).isEqualTo(2);

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("lost update"), withPreviousKV(v1)))
        .isInstanceOf(KeyModifiedException.class)
        .hasMessageContaining("from version 1");

    KVPair v3 = customers.atomicPut("c1", withString("three"), withPreviousKV(v2));
    assertThat(v3.version()).isEqualTo(3);
    assertThat(customers.get("c1", consistent()).orElseThrow()).isEqualTo(v3);
  }

  @Test
  void compareAndSwapAcceptsThePairReadBack() {
    customers.atomicPut("c1", withString("one"));
    KVPair read = customers.get("c1", consistent()).orElseThrow();
    assertThat(customers.atomicPut("c1", withString("two"), withPreviousKV(read)).version()).isEqualTo(2);
  }

  @Test
  void compareAndSwapOnAnExpiredOrDeletedItemIsRefused() {
    KVPair expiring = customers.atomicPut("e", withString("v"), withTtl(Duration.ofSeconds(10)));
    fixture.clock.advance(Duration.ofSeconds(10));
    assertThatThrownBy(() -> customers.atomicPut("e", withString("v2"), withPreviousKV(expiring)))
        .isInstanceOf(KeyModifiedException.class);

    KVPair deleted = customers.atomicPut("d", withString("v"));
    customers.delete("d");
    assertThatThrownBy(() -> customers.atomicPut("d", withString("v2"), withPreviousKV(deleted)))
        .isInstanceOf(KeyModifiedException.class);
    assertThat(customers.exists("d", consistent())).isFalse();
  }

  @Test
  void aVersionNeverMatchesALaterIncarnationOfTheKey() {
    // the ABA case: delete and re-create bring the version back to 1
    KVPair firstIncarnation = customers.atomicPut("c1", withString("first"));
    customers.delete("c1");
    customers.atomicPut("c1", withString("second"));

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("stale"), withPreviousKV(firstIncarnation)))
        .isInstanceOf(KeyModifiedException.class);
    assertThatThrownBy(() -> customers.atomicDelete("c1", firstIncarnation))
        .isInstanceOf(KeyModifiedException.class);
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("second");
  }

  @Test
  void atomicDeleteDeletesTheVersionRead() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    customers.atomicDelete("c1", v1);
    assertThat(customers.exists("c1", consistent())).isFalse();
  }

  @Test
  void atomicDeleteOfAStaleVersionIsKeyModifiedAndDeletesNothing() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    customers.atomicPut("c1", withString("two"), withPreviousKV(v1));

    assertThatThrownBy(() -> customers.atomicDelete("c1", v1))
        .isInstanceOf(KeyModifiedException.class)
        .hasMessageContaining("version 2");
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("two");
  }

  @Test
  void atomicDeleteOfAnAbsentOrExpiredKeyIsKeyNotFound() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    customers.delete("c1");
    assertThatThrownBy(() -> customers.atomicDelete("c1", v1)).isInstanceOf(KeyNotFoundException.class);

    KVPair expiring = customers.atomicPut("e", withString("v"), withTtl(Duration.ofSeconds(5)));
    fixture.clock.advance(Duration.ofSeconds(5));
    assertThatThrownBy(() -> customers.atomicDelete("e", expiring))
        .isInstanceOf(KeyNotFoundException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void atomicDeleteRejectsNullAndForeignPairsBeforeAnyRequest() {
    KVPair other = customers.atomicPut("other", withString("v"));
    fixture.requests.clear();

    assertThatThrownBy(() -> customers.atomicDelete("c1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("previous == null")
        .hasMessageContaining("delete(key)");
    assertThatThrownBy(() -> customers.atomicDelete("c1", other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customers/other, not customers/c1");
    assertThatThrownBy(() -> customers.atomicPut("c1", withString("v"), withPreviousKV(other)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(fixture.requests).isEmpty();
  }

  @Test
  void putRefusesAPreviousPair() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    assertThatThrownBy(() -> customers.put("c1", withString("two"), withPreviousKV(v1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("atomicPut");
  }

  @Test
  void eachWriteIsOneRequestAndAConflictCostsNoExtraRequestWithoutRetries() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    customers.atomicPut("c1", withString("two"), withPreviousKV(v1));
    assertThat(fixture.requests).containsExactly("AtomicPut", "AtomicPut");
    fixture.requests.clear();

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("x"))).isInstanceOf(KeyExistsException.class);
    assertThatThrownBy(() -> customers.atomicPut("c1", withString("x"), withPreviousKV(v1)))
        .isInstanceOf(KeyModifiedException.class);
    assertThat(fixture.requests).containsExactly("AtomicPut", "AtomicPut");
  }

  @Test
  void anExpiryAndRemovedFieldsMakeOneValidUpdate() {
    // an expiry set and a field removed once built "... REMOVE , #f0", which DynamoDB refuses
    KVPair v1 = customers.atomicPut("c1", withString("one"), withFields(Map.of("created", s("2026-11-01"))));
    KVPair v2 = customers.atomicPut("c1", withString("two"), withPreviousKV(v1), withTtl(Duration.ofHours(1)),
        withoutFields("created"));
    KVPair put = customers.put("c1", withString("three"), withTtl(Duration.ofHours(2)), withoutFields("created"));

    assertThat(v2.fields()).isEmpty();
    assertThat(customers.get("c1", consistent())).contains(put);
    assertThat(put.expires()).contains(KvFixture.NOW.plus(Duration.ofHours(2)));
  }

  @Test
  void aCreateOverAnExpiredItemReplacesItWhole() {
    customers.atomicPut("lease", withString("old"), withTtl(Duration.ofSeconds(30)),
        withFields(Map.of("created", s("2026-11-01"), "holder", s("worker-1"))));
    fixture.clock.advance(Duration.ofSeconds(30));

    KVPair recreated = customers.atomicPut("lease", withString("new"));

    KVPair read = customers.get("lease", consistent()).orElseThrow();
    assertThat(read).isEqualTo(recreated);
    assertThat(read.fields()).as("no field of the expired item survives").isEmpty();
    assertThat(read.expires()).isEmpty();
    assertThat(customers.listPage("", withLocalIndex("idx_created", "created"), consistent()).items())
        .as("nor its index entries").isEmpty();
  }

  @Test
  void aPutOverAnExpiredItemStartsAgainAtVersionOne() {
    customers.put("c1", withString("old"), withTtl(Duration.ofSeconds(30)), withFields(Map.of("holder", s("w1"))));
    assertThat(customers.put("c1", withString("old again")).version()).isEqualTo(2);
    fixture.clock.advance(Duration.ofSeconds(30));
    fixture.requests.clear();

    KVPair put = customers.put("c1", withString("new"));

    assertThat(put.version()).isEqualTo(1);
    assertThat(put.fields()).isEmpty();
    assertThat(fixture.requests).as("an update refused as expired, then a replacement").containsExactly("Put", "Put");
    assertThat(customers.get("c1", consistent())).contains(put);
  }

  @Test
  void anItemWithoutVersionOrTokenFromAnotherToolCanBeSwappedAndDeleted() {
    writeRaw("foreign", null);
    KVPair read = customers.get("foreign", consistent()).orElseThrow();
    assertThat(read.version()).isZero();

    KVPair swapped = customers.atomicPut("foreign", withString("mine"), withPreviousKV(read));
    assertThat(swapped.version()).isEqualTo(1);
    assertThatThrownBy(() -> customers.atomicPut("foreign", withString("stale"), withPreviousKV(read)))
        .isInstanceOf(KeyModifiedException.class);

    writeRaw("foreign2", null);
    customers.atomicDelete("foreign2", customers.get("foreign2", consistent()).orElseThrow());
    assertThat(customers.exists("foreign2", consistent())).isFalse();
  }

  @Test
  void aVersionOutsideALongIsRefusedNotWrapped() {
    writeRaw("huge", AttributeValue.fromN("18446744073709551617"));
    writeRaw("fraction", AttributeValue.fromN("2.5"));
    writeRaw("text", AttributeValue.fromS("3"));
    for (String key : new String[] {"huge", "fraction", "text"}) {
      assertThatThrownBy(() -> customers.get(key, consistent())).isInstanceOf(UnreadableItemException.class)
          .hasMessageContaining("customers/" + key).hasMessageContaining("version");
    }
    assertThatThrownBy(() -> customers.put("huge", withString("v"))).isInstanceOf(UnreadableItemException.class);
    assertThatThrownBy(() -> customers.put("text", withString("v"))).isInstanceOf(UnreadableItemException.class);
  }

  @Test
  void aVersionAtLongMaxCannotGrowAndSaysSo() {
    writeRaw("max", AttributeValue.fromN(Long.toString(Long.MAX_VALUE)));
    KVPair read = customers.get("max", consistent()).orElseThrow();
    assertThat(read.version()).isEqualTo(Long.MAX_VALUE);
    fixture.requests.clear();

    assertThatThrownBy(() -> customers.atomicPut("max", withString("v"), withPreviousKV(read)))
        .isInstanceOf(UnreadableItemException.class).hasMessageContaining("largest a version can be");
    assertThat(fixture.requests).as("refused before any request").isEmpty();
    assertThatThrownBy(() -> customers.put("max", withString("v"))).isInstanceOf(UnreadableItemException.class);
    assertThat(customers.get("max", consistent()).orElseThrow()).isEqualTo(read);
  }

  @Test
  void aNullOrNegativeVersionIsUnreadableAndAPutWritesNothingOverIt() {
    writeRaw("null", AttributeValue.fromNul(true));
    writeRaw("negative", AttributeValue.fromN("-7"));
    for (String key : new String[] {"null", "negative"}) {
      assertThatThrownBy(() -> customers.get(key, consistent())).isInstanceOf(UnreadableItemException.class);
      fixture.requests.clear();
      assertThatThrownBy(() -> customers.put(key, withString("mine"))).isInstanceOf(UnreadableItemException.class)
          .hasMessageContaining("version");
      assertThat(fixture.requests).as("refused, then replaced only if expired, then (where the backend does not"
          + " return the item) read: no rounds of retries").startsWith("Put", "Put").hasSizeLessThanOrEqualTo(3);
      assertThat(rawPayload(key)).isEqualTo(s("by another tool"));
    }
  }

  @Test
  void aPutOverAFractionalVersionSaysItWasApplied() {
    // an expression cannot tell 2.5 from a whole number, so the put applies; it must not pretend it did not
    writeRaw("fraction", AttributeValue.fromN("2.5"));

    assertThatThrownBy(() -> customers.put("fraction", withString("mine")))
        .isInstanceOf(UnreadableItemException.class).hasMessageContaining("was applied, but");
    assertThat(rawPayload("fraction")).isEqualTo(s("mine"));
  }

  @Test
  void aStalePairOfATokenlessItemNeverMatchesALaterIncarnation() {
    // the Go library writes no write token: its later incarnation of the key is told apart by its value
    writeRaw("go", AttributeValue.fromN("1"), s("first incarnation"));
    KVPair first = customers.get("go", consistent()).orElseThrow();
    client.deleteItem(b -> b.tableName(fixture.table.name()).key(Map.of("id", s("customers"), "name", s("go"))));
    writeRaw("go", AttributeValue.fromN("1"), s("second incarnation, written by the Go library"));

    assertThatThrownBy(() -> customers.atomicPut("go", withString("mine"), withPreviousKV(first)))
        .isInstanceOf(KeyModifiedException.class);
    assertThatThrownBy(() -> customers.atomicDelete("go", first)).isInstanceOf(KeyModifiedException.class);
    KVPair second = customers.get("go", consistent()).orElseThrow();
    assertThat(customers.atomicPut("go", withString("mine"), withPreviousKV(second)).version()).isEqualTo(2);
  }

  private void writeRaw(String key, AttributeValue version) {
    writeRaw(key, version, s("by another tool"));
  }

  private void writeRaw(String key, AttributeValue version, AttributeValue payload) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("id", s("customers"));
    item.put("name", s(key));
    if (version != null) {
      item.put("version", version);
    }
    item.put("payload", payload);
    client.putItem(b -> b.tableName(fixture.table.name()).item(item));
  }

  private AttributeValue rawPayload(String key) {
    return client.getItem(b -> b.tableName(fixture.table.name()).consistentRead(true)
        .key(Map.of("id", s("customers"), "name", s(key)))).item().get("payload");
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
