package dev.dynastore.it.kv;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.ReadOption.reverse;
import static dev.dynastore.kv.ReadOption.withGlobalIndex;
import static dev.dynastore.kv.ReadOption.withLimit;
import static dev.dynastore.kv.ReadOption.withLocalIndex;
import static dev.dynastore.kv.ReadOption.withStartKey;
import static dev.dynastore.kv.WriteOption.withExpiresAt;
import static dev.dynastore.kv.WriteOption.withFields;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Dynastore;
import dev.dynastore.IndexNotSupportedException;
import dev.dynastore.InvalidPageTokenException;
import dev.dynastore.kv.KVPage;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.kv.ReadOption;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class ListPageTest {
  private KvFixture fixture;
  private KVPartition customers;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String table) {
    fixture = new KvFixture(client, table);
    customers = fixture.table.partition("customers");
    // keys ascend while creation dates descend, so table order and index order differ
    for (int i = 1; i <= 7; i++) {
      customers.put("c0" + i, withString("customer " + i), withFields(Map.of(
          "created", s("2026-11-" + (30 - i)), "status", s(i % 2 == 0 ? "inactive" : "active"))));
    }
    fixture.table.partition("suppliers").put("c01", withString("a supplier"),
        withFields(Map.of("created", s("2026-01-01"), "status", s("active"))));
    fixture.requests.clear();
  }

  @Test
  void pagesThroughTheTableInThreeOrMorePages() {
    List<List<String>> pages = pageThrough(customers, "", withLimit(3), consistent());
    assertThat(pages).containsExactly(List.of("c01", "c02", "c03"), List.of("c04", "c05", "c06"), List.of("c07"));
    assertThat(fixture.requests).containsOnly("ListPage").hasSize(3);
  }

  @Test
  void pagesInReverse() {
    assertThat(pageThrough(customers, "", withLimit(3), reverse(), consistent()))
        .containsExactly(List.of("c07", "c06", "c05"), List.of("c04", "c03", "c02"), List.of("c01"));
  }

  @Test
  void pagesThroughALocalIndexInItsOrder() {
    assertThat(pageThrough(customers, "", withLocalIndex("idx_created", "created"), withLimit(2), consistent()))
        .containsExactly(List.of("c07", "c06"), List.of("c05", "c04"), List.of("c03", "c02"), List.of("c01"));
  }

  @Test
  void pagesThroughAGlobalIndexWhosePartitionIsTheGivenName() {
    KVPartition active = fixture.table.partition("active");
    List<List<String>> pages = pageThrough(active, "", withGlobalIndex("idx_status", "status", "created"),
        withLimit(2));
    // the supplier c01 (created 2026-01-01) comes first, then the active customers by creation date
    assertThat(pages).containsExactly(List.of("c01", "c07"), List.of("c05", "c03"), List.of("c01"));
  }

  @Test
  void prefixesSelectBySortKey() {
    customers.put("d01", withString("other"), withFields(Map.of("created", s("2027-01-01"), "status", s("x"))));
    assertThat(flatten(pageThrough(customers, "c0", withLimit(4), consistent()))).hasSize(7).doesNotContain("d01");
    assertThat(flatten(pageThrough(customers, "d", consistent()))).containsExactly("d01");
    assertThat(flatten(pageThrough(customers, "2026-11-2", withLocalIndex("idx_created", "created"), consistent())))
        .containsExactly("c07", "c06", "c05", "c04", "c03", "c02", "c01");
    assertThat(flatten(pageThrough(customers, "2027", withLocalIndex("idx_created", "created"), consistent())))
        .containsExactly("d01");
  }

  @Test
  void aPageFilteredEmptyByExpiryStillContinues() {
    for (int i = 1; i <= 3; i++) {
      customers.put("c0" + i, withString("expired"), withExpiresAt(KvFixture.NOW.minusSeconds(1)));
    }
    KVPage first = customers.listPage("", withLimit(3), consistent());
    assertThat(first.items()).isEmpty();
    assertThat(first.lastKey()).isPresent();
    KVPage second = customers.listPage("", withLimit(3), consistent(), withStartKey(first.lastKey().get()));
    assertThat(second.items()).extracting(KVPair::key).containsExactly("c04", "c05", "c06");
  }

  @Test
  void consistentReadsOnAGlobalIndexAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> customers.listPage("", withGlobalIndex("idx_status", "status", "created"), consistent()))
        .isInstanceOf(IndexNotSupportedException.class)
        .hasMessageContaining("idx_status");
    assertThat(fixture.requests).isEmpty();
  }

  @Test
  void anUndefinedIndexIsIndexNotSupported() {
    assertThatThrownBy(() -> customers.listPage("", withLocalIndex("idx_missing", "missing")))
        .isInstanceOf(IndexNotSupportedException.class)
        .hasMessageContaining("has no local index idx_missing");
  }

  @Test
  void aTokenNeverRevealsAKeyTheCallerWasNotGiven() {
    // an order sorts between the active customers in the shared global index, and is filtered out of their listing
    KVPartition orders = fixture.table.partition("orders");
    orders.put("secret-order-42", withString("an order"), withFields(Map.of("created", s("2026-11-28"),
        "status", s("active"))));
    ReadOption byStatus = withGlobalIndex("idx_status", "status", "created");

    List<String> tokens = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    KVPage page = fixture.table.partition("active").listPage("", byStatus, withLimit(1));
    while (true) {
      page.items().forEach(item -> listed.add(item.partition() + "/" + item.key()));
      if (!page.hasMore()) {
        break;
      }
      tokens.add(page.lastKey().orElseThrow());
      page = fixture.table.partition("active").listPage("", byStatus, withLimit(1), withStartKey(page.lastKey().get()));
    }
    assertThat(listed).as("the global index holds orders too: a K/V listing sees them")
        .contains("orders/secret-order-42");
    // through a typed listing the order is filtered out; here the filter is the partition name, as typed code
    // passes it. Neither way does any token hold a key in clear.
    for (String token : tokens) {
      String bytes = new String(java.util.Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(bytes).doesNotContain("secret-order-42").doesNotContain("customers"); // (short texts could occur by chance)
    }
  }

  @Test
  void aTokenContinuesAfterTheLastItemReturnedNotTheLastOneRead() {
    // c02..c04 expire; a page of 4 returns c01 only, and the next page starts right after c01
    for (int i = 2; i <= 4; i++) {
      customers.put("c0" + i, withString("expired"), withExpiresAt(KvFixture.NOW.minusSeconds(1)));
    }
    KVPage first = customers.listPage("", withLimit(4), consistent());
    assertThat(first.items()).extracting(KVPair::key).containsExactly("c01");
    customers.put("c02", withString("back"));

    KVPage second = customers.listPage("", withLimit(4), consistent(), withStartKey(first.lastKey().orElseThrow()));
    assertThat(second.items()).extracting(KVPair::key).containsExactly("c02", "c05"); // c03, c04 expired
  }

  @Test
  void tokensAreCompactAndUrlSafe() {
    String token = customers.listPage("", withLimit(1), consistent()).lastKey().orElseThrow();
    assertThat(token).matches("[A-Za-z0-9_-]+").hasSizeLessThan(40);
  }

  @Test
  void tamperedTokensAreRefusedBeforeAnyRequest(DynamoDbClient client) {
    String token = customers.listPage("", withLimit(3), consistent()).lastKey().orElseThrow();
    String indexToken = customers.listPage("", withLocalIndex("idx_created", "created"), withLimit(3))
        .lastKey().orElseThrow();
    fixture.requests.clear();

    char flipped = token.charAt(5) == 'A' ? 'B' : 'A';
    List<String> tampered = List.of(
        token.substring(0, 5) + flipped + token.substring(6),        // edited
        token.substring(0, token.length() - 2),                       // truncated
        token + "A",                                                  // extended
        "not a token!",                                               // not base64url
        "",                                                           // empty
        indexToken);                                                  // another index
    for (String bad : tampered) {
      assertThatThrownBy(() -> customers.listPage("", withLimit(3), withStartKey(bad)))
          .as("token %s", bad)
          .isInstanceOf(InvalidPageTokenException.class);
    }
    assertThatThrownBy(() -> fixture.table.partition("suppliers").listPage("", withStartKey(token)))
        .as("another partition").isInstanceOf(InvalidPageTokenException.class);
    assertThatThrownBy(() -> customers.listPage("c0", withStartKey(token)))
        .as("another prefix").isInstanceOf(InvalidPageTokenException.class);
    assertThatThrownBy(() -> customers.listPage("", reverse(), withStartKey(token)))
        .as("another direction").isInstanceOf(InvalidPageTokenException.class);
    assertThatThrownBy(() -> customers.listPage("", withLocalIndex("idx_created", "created"), withStartKey(token)))
        .as("another index").isInstanceOf(InvalidPageTokenException.class);
    Dynastore sameClient = Dynastore.builder().client(client).build();
    assertThatThrownBy(() -> sameClient.table(fixture.table.name() + "-other").partition("customers")
        .listPage("", withStartKey(token)))
        .as("another table").isInstanceOf(InvalidPageTokenException.class);
    Dynastore otherKey = Dynastore.builder().client(client).pageTokenKey("another secret, 32 bytes long...".getBytes())
        .build();
    assertThatThrownBy(() -> otherKey.table(fixture.table.name()).partition("customers")
        .listPage("", withStartKey(token)))
        .as("another key").isInstanceOf(InvalidPageTokenException.class);
    assertThat(fixture.requests).isEmpty();

    // the untouched token still works, from any session with the same key
    assertThat(sameClient.table(fixture.table.name()).partition("customers")
        .listPage("", withLimit(3), consistent(), withStartKey(token)).items())
        .extracting(KVPair::key).containsExactly("c04", "c05", "c06");
  }

  private static List<List<String>> pageThrough(KVPartition partition, String prefix, ReadOption... options) {
    List<List<String>> pages = new ArrayList<>();
    String token = null;
    do {
      List<ReadOption> all = new ArrayList<>(List.of(options));
      if (token != null) {
        all.add(withStartKey(token));
      }
      KVPage page = partition.listPage(prefix, all.toArray(new ReadOption[0]));
      if (!page.items().isEmpty()) {
        pages.add(page.items().stream().map(KVPair::key).toList());
      }
      token = page.lastKey().orElse(null);
      assertThat(pages.size()).as("runaway paging").isLessThan(20);
    } while (token != null);
    return pages;
  }

  private static List<String> flatten(List<List<String>> pages) {
    return pages.stream().flatMap(List::stream).toList();
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
