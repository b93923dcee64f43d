package test;

import dev.dynastore.annotations.Attribute;
import dev.dynastore.annotations.Expires;
import dev.dynastore.annotations.Ignore;
import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import dev.dynastore.annotations.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Partition("customers")
public record Customer(
    @Key String id,
    @Attribute("customerName") String name,
    @Indexed(value = "idx_status", partitionBy = "status") @Indexed("idx_created") Instant created,
    Status status,
    BigDecimal balance,
    int visits,
    Long referrals,
    boolean vip,
    UUID externalId,
    LocalDate birthday,
    byte[] avatar,
    List<Address> addresses,
    Set<String> tags,
    Set<Integer> scores,
    Map<String, List<String>> notes,
    Optional<String> nickname,
    @Ignore String transientNote,
    @Version long version,
    @Expires Instant expiresAt) {

  public enum Status { ACTIVE, SUSPENDED }

  public record Address(String street, String city, String zip) {}
}
