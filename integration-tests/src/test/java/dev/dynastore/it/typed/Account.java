package dev.dynastore.it.typed;

import dev.dynastore.annotations.Attribute;
import dev.dynastore.annotations.Convert;
import dev.dynastore.annotations.Expires;
import dev.dynastore.annotations.Ignore;
import dev.dynastore.annotations.Indexed;
import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import dev.dynastore.annotations.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A JavaBean annotated on its getters, as Enhanced Client users annotate theirs: key, renamed attribute, a local
 * and a global index, a converter, version, expiry, and an ignored property without a setter.
 */
@Partition("accounts")
public class Account {
  private String id;
  private String owner;
  private Instant opened;
  private String plan;
  private boolean active;
  private String note;
  private long version;
  private Instant expiresAt;
  private String scratch;

  public Account() {}

  Account(String id, String owner, Instant opened, String plan, boolean active, String note, Instant expiresAt) {
    this.id = id;
    this.owner = owner;
    this.opened = opened;
    this.plan = plan;
    this.active = active;
    this.note = note;
    this.expiresAt = expiresAt;
  }

  @Key
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @Attribute("holder")
  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  @Indexed("idx_opened")
  @Indexed(value = "idx_plan", partitionBy = "plan")
  public Instant getOpened() {
    return opened;
  }

  public void setOpened(Instant opened) {
    this.opened = opened;
  }

  public String getPlan() {
    return plan;
  }

  public void setPlan(String plan) {
    this.plan = plan;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Convert(ReversedText.class)
  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  @Version
  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  @Expires
  public Instant getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
  }

  /** Not stored, and (being ignored) it needs no setter. */
  @Ignore
  public String getScratch() {
    return scratch;
  }

  void scribble(String scratch) {
    this.scratch = scratch;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Account a && Objects.equals(id, a.id) && Objects.equals(owner, a.owner)
        && Objects.equals(opened, a.opened) && Objects.equals(plan, a.plan) && active == a.active
        && Objects.equals(note, a.note) && Objects.equals(expiresAt, a.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return "Account[" + id + ", " + owner + ", " + opened + ", " + plan + ", " + active + ", " + note + ", v"
        + version + ", " + expiresAt + "]";
  }
}
