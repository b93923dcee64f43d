package dev.dynastore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.InvalidPageTokenException;
import dev.dynastore.kv.Index;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageTokensTest {
  private final PageTokens tokens = new PageTokens(Session.DEFAULT_PAGE_TOKEN_KEY);
  private final PageTokens.Listing table = new PageTokens.Listing("CRMTable", s("customers"), null, "", false);

  @Test
  void roundTripsATableKeyAndImpliesThePartition() {
    Map<String, AttributeValue> key = Map.of("id", s("customers"), "name", s("01FCFSDXQ8EYFCNMEA7C2WJG74"));
    String token = tokens.encode(table, key);
    assertThat(token).matches("[A-Za-z0-9_-]+");
    assertThat(tokens.decode(table, token)).isEqualTo(key);
  }

  @Test
  void roundTripsLocalAndGlobalIndexKeysOfEveryKeyType() {
    PageTokens.Listing local = new PageTokens.Listing("T", s("customers"),
        Index.local("idx_n", "score", software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N), "", true);
    Map<String, AttributeValue> localKey = Map.of("id", s("customers"), "name", s("k"),
        "score", AttributeValue.fromN("-12.5e3"));
    assertThat(tokens.decode(local, tokens.encode(local, localKey))).isEqualTo(localKey);

    PageTokens.Listing global = new PageTokens.Listing("T", s("active"),
        Index.global("idx_g", "status", software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S, "blob",
            software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.B), "pre", false);
    Map<String, AttributeValue> globalKey = Map.of("id", s("customers"), "name", s("ключ"), "status", s("active"),
        "blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, -1, 2})));
    assertThat(tokens.decode(global, tokens.encode(global, globalKey))).isEqualTo(globalKey);
  }

  @Test
  void everySingleBitFlipIsDetected() {
    String token = tokens.encode(table, Map.of("id", s("customers"), "name", s("c0042")));
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    for (int i = 0; i < bytes.length * 8; i++) {
      byte[] flipped = bytes.clone();
      flipped[i / 8] ^= (byte) (1 << (i % 8));
      String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(flipped);
      assertThatThrownBy(() -> tokens.decode(table, tampered)).as("bit %d", i)
          .isInstanceOf(InvalidPageTokenException.class);
    }
  }

  @Test
  void aTokenIsBoundToItsListing() {
    String token = tokens.encode(table, Map.of("id", s("customers"), "name", s("c1")));
    for (PageTokens.Listing other : new PageTokens.Listing[] {
        new PageTokens.Listing("Other", s("customers"), null, "", false),
        new PageTokens.Listing("CRMTable", s("suppliers"), null, "", false),
        new PageTokens.Listing("CRMTable", s("customers"), Index.local("idx", "created"), "", false),
        new PageTokens.Listing("CRMTable", s("customers"), null, "c", false),
        new PageTokens.Listing("CRMTable", s("customers"), null, "", true)}) {
      assertThatThrownBy(() -> tokens.decode(other, token)).isInstanceOf(InvalidPageTokenException.class);
    }
    assertThatThrownBy(() -> new PageTokens("another key of 16+ bytes".getBytes()).decode(table, token))
        .isInstanceOf(InvalidPageTokenException.class);
  }

  @Test
  void aTokenHoldsItsKeyEncrypted() {
    Map<String, AttributeValue> item = Map.of("id", s("customers"), "name", s("secret-order-42"),
        "payload", s("not part of the position"));
    String token = tokens.encode(table, item);
    String bytes = new String(Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThat(bytes).doesNotContain("secret").doesNotContain("order");
    assertThat(tokens.decode(table, token)).isEqualTo(Map.of("id", s("customers"), "name", s("secret-order-42")));
    assertThat(tokens.encode(table, item)).as("deterministic: the same position, the same token").isEqualTo(token);
  }

  @Test
  void aTokenForgedWithAKeyOfTheWrongTypeIsInvalid() {
    // anyone can make tokens with the public default key; DynamoDB must never see a start key of the wrong type
    String forged = tokens.encode(table, Map.of("id", s("customers"), "name", AttributeValue.fromN("1")));
    assertThatThrownBy(() -> tokens.decode(table, forged)).isInstanceOf(InvalidPageTokenException.class)
        .hasMessageContaining("wrong type");
  }

  @Test
  void garbageIsInvalidNotACrash() {
    for (String garbage : new String[] {"", "A", "!!!!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "_-_-_-_-"}) {
      assertThatThrownBy(() -> tokens.decode(table, garbage)).isInstanceOf(InvalidPageTokenException.class)
          .hasMessageStartingWith("invalid page token");
    }
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
