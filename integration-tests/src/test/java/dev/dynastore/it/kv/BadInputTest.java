package dev.dynastore.it.kv;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.ReadOption.withLimit;
import static dev.dynastore.kv.ReadOption.withLocalIndex;
import static dev.dynastore.kv.WriteOption.withBytes;
import static dev.dynastore.kv.WriteOption.withFields;
import static dev.dynastore.kv.WriteOption.withString;
import static dev.dynastore.kv.WriteOption.withTtl;
import static dev.dynastore.kv.WriteOption.withoutFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.kv.Index;
import dev.dynastore.IndexNotSupportedException;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.ItemTooLargeException;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.kv.ReadOption;
import dev.dynastore.ReservedFieldException;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Bad input gets a specific exception before any request, and the stored data stays as it was. */
@DynamoDbTest
class BadInputTest {
  private KvFixture fixture;
  private KVPartition customers;
  private KVPair stored;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    fixture = new KvFixture(client, table);
    customers = fixture.table.partition("customers");
    stored = customers.atomicPut("c1", withString("original"));
    fixture.requests.clear();
  }

  @Test
  void emptyKeysAndPartitions() {
    assertThatThrownBy(() -> customers.put("", withString("v"))).isInstanceOf(InvalidKeyException.class)
        .hasMessageContaining("key is empty");
    assertThatThrownBy(() -> customers.atomicPut("", withString("v"))).isInstanceOf(InvalidKeyException.class);
    assertThatThrownBy(() -> customers.get("")).isInstanceOf(InvalidKeyException.class);
    assertThatThrownBy(() -> fixture.table.partition("")).isInstanceOf(InvalidKeyException.class)
        .hasMessageContaining("partition is empty");
    assertThatThrownBy(() -> fixture.table.partition("").put("k", withString("v"))).isInstanceOf(InvalidKeyException.class);
    assertThatThrownBy(() -> fixture.table.partition("").listPage("")).isInstanceOf(InvalidKeyException.class);
    assertThatThrownBy(() -> customers.put(null, withString("v"))).isInstanceOf(NullPointerException.class)
        .hasMessage("key == null");
    assertNothingSentAndNothingChanged();
  }

  @Test
  void keysOverDynamoDbsByteLimits() {
    String key1025 = "é".repeat(512) + "k"; // 1025 bytes in UTF-8, 513 characters
    assertThatThrownBy(() -> customers.put(key1025, withString("v"))).isInstanceOf(InvalidKeyException.class)
        .hasMessageContaining("1025 bytes");
    String partition2049 = "p".repeat(2049);
    assertThatThrownBy(() -> fixture.table.partition(partition2049).put("k", withString("v")))
        .isInstanceOf(InvalidKeyException.class).hasMessageContaining("2049 bytes");
    assertThatThrownBy(() -> customers.listPage("x".repeat(1025))).isInstanceOf(InvalidKeyException.class);
    assertNothingSentAndNothingChanged();

    // exactly at the limits is fine
    String key1024 = "é".repeat(512);
    fixture.table.partition("p".repeat(2048)).put(key1024, withString("at the limit"));
    assertThat(fixture.table.partition("p".repeat(2048)).get(key1024, consistent()).orElseThrow().stringValue())
        .isEqualTo("at the limit");
  }

  @Test
  void reservedFieldNames() {
    for (String reserved : new String[] {"id", "name", "version", "expires", "payload", "wtoken", "fence"}) {
      assertThatThrownBy(() -> customers.put("c1", withFields(Map.of(reserved, AttributeValue.fromS("x")))))
          .isInstanceOf(ReservedFieldException.class)
          .hasMessageContaining("field " + reserved + " is reserved");
    }
    assertThatThrownBy(() -> withoutFields("version")).isInstanceOf(ReservedFieldException.class);
    assertThatThrownBy(() -> Index.local("idx", "name")).isInstanceOf(ReservedFieldException.class);
    assertNothingSentAndNothingChanged();
  }

  @Test
  void fieldNamesMayBeLongButIndexAttributeNamesNot() {
    // DynamoDB allows attribute names up to 64 KB, but 255 bytes for the attributes that key an index
    String longName = "n".repeat(1000);
    KVPair written = customers.put("c2", withString("v"), withFields(Map.of(longName, AttributeValue.fromS("x"))));
    assertThat(customers.get("c2", consistent())).contains(written);
    assertThat(written.fields()).containsKey(longName);

    fixture.requests.clear();
    assertThatThrownBy(() -> Index.local("idx", "s".repeat(256))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("255 bytes");
    assertThatThrownBy(() -> Index.global("idx", "p".repeat(256), "s")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withFields(Map.of("n".repeat(65536), AttributeValue.fromS("x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65535 bytes");
    assertNothingSentAndNothingChanged();
  }

  @Test
  void indexKeysOfTheWrongTypeAreInvalidKeys(dev.dynastore.testing.LocalDynamoDb dynamo) {
    // only DynamoDB knows the types the table gives its index keys: its refusal is named, and nothing is written
    org.junit.jupiter.api.Assumptions.assumeFalse(dynamo.backend() == dev.dynastore.testing.Backend.MOTO,
        "moto accepts an index key of the wrong type; DynamoDB and dynalite refuse it");
    assertThatThrownBy(() -> customers.atomicPut("c2", withString("v"),
        withFields(Map.of("created", AttributeValue.fromN("1"))))).isInstanceOf(InvalidKeyException.class)
        .hasMessageContaining("index key");
    assertThat(customers.exists("c2", consistent())).isFalse();
  }

  @Test
  void indexesOnGetAndExists() {
    ReadOption index = withLocalIndex("idx_created", "created");
    assertThatThrownBy(() -> customers.get("c1", index)).isInstanceOf(IndexNotSupportedException.class)
        .hasMessageContaining("get reads the table by its key");
    assertThatThrownBy(() -> customers.exists("c1", index)).isInstanceOf(IndexNotSupportedException.class);
    assertNothingSentAndNothingChanged();
  }

  @Test
  void itemsOverFourHundredKilobytes() {
    byte[] tooLarge = new byte[400 * 1024];
    assertThatThrownBy(() -> customers.put("c1", withBytes(tooLarge))).isInstanceOf(ItemTooLargeException.class)
        .hasMessageContaining("limit is 409600");
    assertThatThrownBy(() -> customers.atomicPut("c2", withBytes(tooLarge))).isInstanceOf(ItemTooLargeException.class);
    String manyMultibyte = "€".repeat(140 * 1024); // 430,080 bytes in UTF-8, though fewer characters than the limit
    assertThatThrownBy(() -> customers.put("c1", withString(manyMultibyte)))
        .isInstanceOf(ItemTooLargeException.class);
    AttributeValue bigField = AttributeValue.fromS("f".repeat(300 * 1024));
    assertThatThrownBy(() -> customers.put("c1", withString("x".repeat(150 * 1024)),
        withFields(Map.of("big", bigField)))).isInstanceOf(ItemTooLargeException.class);
    assertNothingSentAndNothingChanged();

    // a large item under the limit is written (moto's own limit is 405,000 bytes, a little under DynamoDB's)
    KVPair large = customers.put("c3", withString("x".repeat(400_000)));
    assertThat(large.version()).isEqualTo(1);
  }

  @Test
  void itemsThatOnlyDynamoDbCanMeasureAreRefusedByItAndMapped() {
    // a field kept from an earlier write makes the item too large: only DynamoDB knows the sum
    customers.put("c1", withString("v"), withFields(Map.of("big", AttributeValue.fromS("f".repeat(300 * 1024)))));
    assertThatThrownBy(() -> customers.put("c1", withString("x".repeat(150 * 1024))))
        .isInstanceOf(ItemTooLargeException.class)
        .hasCauseInstanceOf(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class);
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("v");
  }

  @Test
  void badOptionValues() {
    assertThatThrownBy(() -> withLimit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withTtl(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withTtl(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> customers.put("c1", withFields(Map.of("f", AttributeValue.fromS("x"))),
        withoutFields("f"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both set and removed");
    assertNothingSentAndNothingChanged();
  }

  private void assertNothingSentAndNothingChanged() {
    assertThat(fixture.requests).as("requests sent").isEmpty();
    assertThat(customers.get("c1", consistent())).contains(stored);
    fixture.requests.clear();
  }
}
