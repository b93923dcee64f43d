package dev.dynastore.it.kv;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.ReadOption.withLocalIndex;
import static dev.dynastore.kv.WriteOption.withBytes;
import static dev.dynastore.kv.WriteOption.withExpiresAt;
import static dev.dynastore.kv.WriteOption.withFields;
import static dev.dynastore.kv.WriteOption.withNoExpires;
import static dev.dynastore.kv.WriteOption.withString;
import static dev.dynastore.kv.WriteOption.withTtl;
import static dev.dynastore.kv.WriteOption.withoutFields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class WritesAndReadsTest {
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
  void putCreatesAtVersionOneAndEveryPutBumpsTheVersion() {
    KVPair first = customers.put("c1", withString("one"));
    KVPair second = customers.put("c1", withString("two"));

    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    KVPair read = customers.get("c1", consistent()).orElseThrow();
    assertThat(read.stringValue()).isEqualTo("two");
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.partition()).isEqualTo("customers");
    assertThat(read.key()).isEqualTo("c1");
    assertThat(read.expires()).isEmpty();
    assertThat(fixture.requests).containsExactly("Put", "Put", "Get");
  }

  @Test
  void putReplacesTheValueAndKeepsTheExpiryAndUnnamedFields() {
    customers.put("c1", withString("one"), withTtl(Duration.ofHours(1)),
        withFields(Map.of("created", s("2026-11-01"), "status", s("new"))));
    KVPair written = customers.put("c1", withFields(Map.of("status", s("active"))));

    KVPair read = customers.get("c1", consistent()).orElseThrow();
    assertThat(read.hasValue()).as("a put without value removes the value").isFalse();
    assertThat(read.expires()).as("a put without an expiry option keeps the stored one")
        .contains(KvFixture.NOW.plus(Duration.ofHours(1)));
    assertThat(written).as("put returns the item as stored").isEqualTo(read);
    assertThat(read.fields()).isEqualTo(Map.of("created", s("2026-11-01"), "status", s("active")));
  }

  @Test
  void withoutFieldsTakesTheItemOutOfTheIndex() {
    customers.put("c1", withString("one"), withFields(Map.of("created", s("2026-11-01"))));
    assertThat(customers.listPage("", withLocalIndex("idx_created", "created"), consistent()).items()).hasSize(1);

    customers.put("c1", withString("one"), withoutFields("created"));

    assertThat(customers.get("c1", consistent()).orElseThrow().fields()).isEmpty();
    assertThat(customers.listPage("", withLocalIndex("idx_created", "created"), consistent()).items()).isEmpty();
  }

  @Test
  void withNoExpiresClearsAStoredTtl() {
    KVPair withTtl = customers.put("c1", withString("v"), withTtl(Duration.ofMinutes(5)));
    assertThat(withTtl.expires()).contains(KvFixture.NOW.plusSeconds(300));
    assertThat(customers.get("c1", consistent()).orElseThrow().expires()).contains(KvFixture.NOW.plusSeconds(300));

    customers.put("c1", withString("v"), withTtl(Duration.ofMinutes(5)), withNoExpires());

    assertThat(customers.get("c1", consistent()).orElseThrow().expires()).isEmpty();
    Map<String, AttributeValue> raw = rawItem("c1");
    assertThat(raw).doesNotContainKey("expires");
  }

  @Test
  void bytesAreStoredAsBinaryAndGoStyleBase64StringsReadBack() {
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    customers.put("bin", withBytes(bytes));
    assertThat(customers.get("bin", consistent()).orElseThrow().bytesValue()).isEqualTo(bytes);
    assertThat(rawItem("bin").get("payload").b().asByteArray()).isEqualTo(bytes);

    // the Go library stores bytes as a base64 string
    customers.put("go", withString(Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8))));
    assertThat(customers.get("go", consistent()).orElseThrow().bytesValue())
        .isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void existsGetAndDelete() {
    assertThat(customers.exists("c1", consistent())).isFalse();
    assertThat(customers.get("c1", consistent())).isEmpty();

    customers.put("c1", withString("v"));
    assertThat(customers.exists("c1", consistent())).isTrue();

    customers.delete("c1");
    customers.delete("c1"); // deleting an absent key is fine
    assertThat(customers.exists("c1", consistent())).isFalse();
    assertThat(fixture.requests).containsExactly("Exists", "Get", "Put", "Exists", "Delete", "Delete", "Exists");
  }

  @Test
  void tableOperationsTakeThePartitionFirst() {
    fixture.table.partition("p1").put("k", withString("in p1"));
    fixture.table.partition("p2").put("k", withString("in p2"));

    assertThat(fixture.table.partition("p1").get("k", consistent()).orElseThrow().stringValue()).isEqualTo("in p1");
    assertThat(fixture.table.partition("p2").get("k", consistent()).orElseThrow().stringValue()).isEqualTo("in p2");
    assertThat(fixture.table.partition("p1").listPage("", consistent()).items()).extracting(KVPair::stringValue)
        .containsExactly("in p1");
  }

  @Test
  void expiresAtIsStoredInEpochSecondsRoundedUp() {
    customers.put("c1", withString("v"), withExpiresAt(KvFixture.NOW.plusMillis(90_500)));
    assertThat(rawItem("c1").get("expires").n()).isEqualTo(Long.toString(KvFixture.NOW.getEpochSecond() + 91));
    customers.put("c2", withString("v"), withExpiresAt(KvFixture.NOW.plusSeconds(90)));
    assertThat(rawItem("c2").get("expires").n()).isEqualTo(Long.toString(KvFixture.NOW.getEpochSecond() + 90));
  }

  @Test
  void createIfMissingIsIdempotentAndReportsMissingIndexes() {
    assertThat(fixture.table.createIfMissing(KvFixture.BY_CREATED)).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> fixture.table.createIfMissing(dev.dynastore.kv.Index.local("idx_other", "other")))
        .isInstanceOf(dev.dynastore.TableMismatchException.class)
        .hasMessageContaining("it has no local index idx_other (other), keyed HASH id S, RANGE other S");
  }

  private Map<String, AttributeValue> rawItem(String key) {
    return client.getItem(b -> b.tableName(fixture.table.name()).consistentRead(true)
        .key(Map.of("id", s("customers"), "name", s(key)))).item();
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
