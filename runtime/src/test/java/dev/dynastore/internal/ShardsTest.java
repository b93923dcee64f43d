package dev.dynastore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.InvalidPageTokenException;
import dev.dynastore.KeyRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ShardsTest {
  @Test
  void theShardOfAKeyIsFixedByTheStoredLayout() {
    // computed apart (FNV-1a 64, fmix64, unsigned mod): another program sharing the table must agree
    assertThat(Shards.of("c1", 16)).isEqualTo(9);
    assertThat(Shards.of("customer-42", 16)).isEqualTo(1);
    assertThat(Shards.partitionOf("customers", "c1", 16)).isEqualTo("customers#9");
    assertThat(Shards.partitionOf("customers", "c1", 1)).isEqualTo("customers");
    assertThat(Shards.partitions("customers", 3)).containsExactly("customers#0", "customers#1", "customers#2");
  }

  @Test
  void keysSpreadEvenlyOverShards() {
    int[] counts = new int[16];
    for (int i = 0; i < 16_000; i++) {
      counts[Shards.of("order-" + i, 16)]++;
    }
    assertThat(Arrays.stream(counts).max().orElseThrow()).isLessThan(1_100); // mean 1,000
    assertThat(Arrays.stream(counts).min().orElseThrow()).isGreaterThan(900);
  }

  @Test
  void aMergedTokenRoundTripsEveryShardsStateAndIsBoundToTheShardCount() {
    PageTokens tokens = new PageTokens(Session.DEFAULT_PAGE_TOKEN_KEY);
    KeyQuery query = new KeyQuery(AttributeValue.fromS("customers"), null, KeyRange.all(), null, 3);
    PageTokens.Listing listing = new PageTokens.Listing("T", query, false);
    List<Map<String, AttributeValue>> starts = new ArrayList<>();
    starts.add(null);
    starts.add(Map.of(ItemLayout.KEY, AttributeValue.fromS("c7")));
    starts.add(null);
    String token = tokens.encodeMerged(listing, new PageTokens.ShardPositions(starts, AttributeValue.fromS("c7"), 1));

    PageTokens.ShardPositions decoded = tokens.decodeMerged(listing, token, 3);
    assertThat(decoded.lastSort()).isEqualTo(AttributeValue.fromS("c7"));
    assertThat(decoded.lastShard()).isEqualTo(1);
    assertThat(decoded.startKeys().get(0)).isNull();
    assertThat(decoded.startKeys().get(2)).isNull();
    assertThat(decoded.startKeys().get(1)).containsEntry(ItemLayout.KEY, AttributeValue.fromS("c7"))
        .containsEntry(ItemLayout.PARTITION, AttributeValue.fromS("customers#1"));

    PageTokens.Listing fourShards = new PageTokens.Listing("T",
        new KeyQuery(AttributeValue.fromS("customers"), null, KeyRange.all(), null, 4), false);
    assertThatThrownBy(() -> tokens.decodeMerged(fourShards, token, 4)).isInstanceOf(InvalidPageTokenException.class);
    PageTokens.Listing reversed = new PageTokens.Listing("T", query, true);
    assertThatThrownBy(() -> tokens.decodeMerged(reversed, token, 3)).isInstanceOf(InvalidPageTokenException.class);
    assertThatThrownBy(() -> tokens.decode(listing, token)).as("a merged token is not a single partition's")
        .isInstanceOf(InvalidPageTokenException.class);
  }
}
