package dev.dynastore.it.typed;

import dev.dynastore.annotations.Attribute;
import dev.dynastore.annotations.Expires;
import dev.dynastore.annotations.Ignore;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A JavaBean entity, partitioned per tenant, with a UUID key and an expiry component. */
@Partition("sessions")
public class Session {
  @Partition private String tenant;
  @Key private UUID id;
  @Attribute("user") private String userName;
  @Expires private Instant expiresAt;
  @Ignore private String scratch;

  public Session() {}

  Session(String tenant, UUID id, String userName, Instant expiresAt) {
    this.tenant = tenant;
    this.id = id;
    this.userName = userName;
    this.expiresAt = expiresAt;
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
  }

  public String getScratch() {
    return scratch;
  }

  public void setScratch(String scratch) {
    this.scratch = scratch;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Session s && Objects.equals(tenant, s.tenant) && Objects.equals(id, s.id)
        && Objects.equals(userName, s.userName) && Objects.equals(expiresAt, s.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, id);
  }
}
