package dev.dynastore.it.typed;

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

/** A record entity with every kind of component, a local and a global index. */
@Partition("customers")
public record Customer(
    @Key String id,
    String name,
    Status status,
    @Indexed("idx_created") @Indexed(value = "idx_status", partitionBy = "status") Instant created,
    List<Address> addresses,
    Map<String, String> labels,
    Set<String> tags,
    Set<Long> scores,
    BigDecimal balance,
    int visits,
    boolean vip,
    LocalDate birthday,
    byte[] avatar,
    Optional<String> nickname,
    @Version long version) {

  public enum Status { ACTIVE, SUSPENDED }

  public record Address(String street, String city, Optional<String> zip) {}

  static Customer named(String id, String name, Instant created) {
    return new Customer(id, name, Status.ACTIVE, created, List.of(), Map.of(), Set.of(), Set.of(), BigDecimal.ZERO,
        0, false, null, null, Optional.empty(), 0);
  }

  Customer withStatus(Status newStatus) {
    return new Customer(id, name, newStatus, created, addresses, labels, tags, scores, balance, visits, vip, birthday,
        avatar, nickname, version);
  }

  Customer withName(String newName) {
    return new Customer(id, newName, status, created, addresses, labels, tags, scores, balance, visits, vip, birthday,
        avatar, nickname, version);
  }

  Customer withCreated(Instant newCreated) {
    return new Customer(id, name, status, newCreated, addresses, labels, tags, scores, balance, visits, vip,
        birthday, avatar, nickname, version);
  }
}
