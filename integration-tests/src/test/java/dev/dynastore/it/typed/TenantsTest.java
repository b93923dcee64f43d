package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Dynastore;
import dev.dynastore.InvalidPageTokenException;
import dev.dynastore.KeyRange;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A per-tenant type: every listing, global indexes included, stays inside one tenant. */
@DynamoDbTest
class TenantsTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  private DocRepository docs;
  private DocsImpl declared;

  @BeforeEach
  void setUp(Dynastore store, @TableName String name) {
    Table table = store.table(name);
    docs = new DocRepository(table);
    declared = new DocsImpl(table);
    docs.createTableIfMissing();
    docs.create(new Doc("tenant-a", "d1", "alice", T0));
    docs.create(new Doc("tenant-b", "d2", "alice", T0.plusSeconds(1)));
    docs.create(new Doc("tenant-a", "d3", "alice", T0.plusSeconds(2)));
  }

  @Test
  void aGlobalIndexListingKeepsToItsTenant() {
    // the index holds both tenants' docs under owner alice; each listing sees its own tenant's only
    assertThat(docs.byOwner("tenant-a", "alice").list(PageRequest.first(10)).items()).extracting(Doc::id)
        .containsExactly("d1", "d3");
    assertThat(docs.byOwner("tenant-b", "alice").list(PageRequest.first(10)).items()).extracting(Doc::id)
        .containsExactly("d2");
    assertThat(declared.ownedBy("tenant-b", "alice", PageRequest.first(10)).items()).extracting(Doc::id)
        .containsExactly("d2");
  }

  @Test
  void pagesOfOneTenantNeverReturnAnotherTenantsDoc() {
    PageRequest request = PageRequest.first(1);
    java.util.List<String> seen = new java.util.ArrayList<>();
    var page = docs.byOwner("tenant-a", "alice").list(request);
    while (true) {
      page.items().forEach(doc -> seen.add(doc.tenant() + "/" + doc.id()));
      if (!page.hasMore()) {
        break;
      }
      page = docs.byOwner("tenant-a", "alice").list(request.next(page));
    }
    assertThat(seen).containsExactly("tenant-a/d1", "tenant-a/d3");
  }

  @Test
  void anInstantThatCannotSortIsRefusedAsAnIndexKey() {
    // Instant.MAX, a common "never", would be stored as text that sorts before the year 2026
    assertThatThrownBy(() -> docs.create(new Doc("tenant-a", "never", "alice", Instant.MAX)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot key an index");
    assertThatThrownBy(() -> docs.create(new Doc("tenant-a", "bc", "alice", Instant.parse("-0001-06-01T00:00:00Z"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(docs.exists("tenant-a", "never")).isFalse();
  }

  @Test
  void globalIndexTokensDoNotCrossTenantsKeysOrRanges(DynamoDbClient client, @TableName String name) {
    Dynastore store = Dynastore.builder().client(client).build();
    DocRepository docs = new DocRepository(store.table(name));
    docs.createTableIfMissing();
    // two tenants interleaved in one global-index partition (owner "bob")
    for (int i = 0; i < 6; i++) {
      docs.create(new Doc(i % 2 == 0 ? "acme" : "evil", "d" + i, "bob", T0.plusSeconds(i)));
    }
    PageRequest first = PageRequest.first(1);
    Page<Doc> page = docs.byOwner("acme", "bob").list(first);
    List<String> acme = new ArrayList<>();
    while (true) {
      page.items().forEach(d -> acme.add(d.tenant() + "/" + d.id()));
      if (!page.hasMore()) {
        break;
      }
      PageRequest next = first.next(page);
      assertThatThrownBy(() -> docs.byOwner("evil", "bob").list(next)).isInstanceOf(InvalidPageTokenException.class);
      assertThatThrownBy(() -> docs.byOwner("acme", "bob").where(KeyRange.atLeast(T0)).list(next))
          .isInstanceOf(InvalidPageTokenException.class);
      assertThatThrownBy(() -> Dynastore.builder().client(client).pageTokenKey(new byte[32]).build()
          .table(name).partition("x").listPage("", dev.dynastore.kv.ReadOption.withStartKey(next.token())))
          .isInstanceOf(InvalidPageTokenException.class);
      String token = next.token();
      for (int i = 0; i < token.length(); i += 7) { // every 7th character changed
        char[] chars = token.toCharArray();
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        PageRequest forged = first.after(new String(chars));
        assertThatThrownBy(() -> docs.byOwner("acme", "bob").list(forged))
            .isInstanceOf(InvalidPageTokenException.class);
      }
      page = docs.byOwner("acme", "bob").list(next);
    }
    assertThat(acme).containsExactly("acme/d0", "acme/d2", "acme/d4");
    assertThat(docs.byOwner("acme", "bob").count()).isEqualTo(3);
    assertThat(docs.byOwner("acme", "bob").where(KeyRange.between(T0.plusSeconds(1), T0.plusSeconds(4))).stream(
        PageRequest.first(Integer.MAX_VALUE).descending()).map(Doc::id)).containsExactly("d4", "d2");
  }
}
