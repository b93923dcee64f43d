package dev.dynastore.it.typed;

import dev.dynastore.annotations.Expires;
import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;

/**
 * A type spread over 16 shards: listed by key, through a local index on an instant, and through a global index
 * partitioned by carrier.
 */
@Partition(value = "shipments", shards = 16)
public record Shipment(
    @Key String id,
    String carrier,
    @Indexed("idx_sent") @Indexed(value = "idx_carrier_sent", partitionBy = "carrier") Instant sent,
    int weight,
    @Expires Instant expiresAt) {

  Shipment withWeight(int newWeight) {
    return new Shipment(id, carrier, sent, newWeight, expiresAt);
  }

  Shipment withExpiresAt(Instant newExpiresAt) {
    return new Shipment(id, carrier, sent, weight, newExpiresAt);
  }
}
