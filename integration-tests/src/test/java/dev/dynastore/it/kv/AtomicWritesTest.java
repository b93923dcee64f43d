package dev.dynastore.it.kv;

import static dev.dynastore.ReadOption.consistent;
import static dev.dynastore.WriteOption.withPreviousKV;
import static dev.dynastore.WriteOption.withString;
import static dev.dynastore.WriteOption.withTtl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.KVPair;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.KeyNotFoundException;
import dev.dynastore.Partition;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** atomicPut (create and compare-and-swap) and atomicDelete: the seed's semantics, its defects fixed. */
@DynamoDbTest
class AtomicWritesTest {
  private KvFixture fixture;
  private Partition customers;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
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
}
