package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** Customer as an Enhanced Client immutable class, for ImmutableTableSchema. */
@DynamoDbImmutable(builder = CustomerImmutable.Builder.class)
public final class CustomerImmutable {
  private final String id;
  private final String name;
  private final String email;
  private final String phone;
  private final Status status;
  private final Instant created;
  private final Instant updated;
  private final BigDecimal balance;
  private final int visits;
  private final boolean vip;
  private final List<String> tags;
  private final AddressImmutable address;
  private final String notes;

  private CustomerImmutable(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.email = b.email;
    this.phone = b.phone;
    this.status = b.status;
    this.created = b.created;
    this.updated = b.updated;
    this.balance = b.balance;
    this.visits = b.visits;
    this.vip = b.vip;
    this.tags = b.tags;
    this.address = b.address;
    this.notes = b.notes;
  }

  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String getId() { return id; }
  public String getName() { return name; }
  public String getEmail() { return email; }
  public String getPhone() { return phone; }
  public Status getStatus() { return status; }
  public Instant getCreated() { return created; }
  public Instant getUpdated() { return updated; }
  public BigDecimal getBalance() { return balance; }
  public int getVisits() { return visits; }
  public boolean isVip() { return vip; }
  public List<String> getTags() { return tags; }
  public AddressImmutable getAddress() { return address; }
  public String getNotes() { return notes; }

  /** The builder the Enhanced Client fills. */
  public static final class Builder {
    private String id;
    private String name;
    private String email;
    private String phone;
    private Status status;
    private Instant created;
    private Instant updated;
    private BigDecimal balance;
    private int visits;
    private boolean vip;
    private List<String> tags;
    private AddressImmutable address;
    private String notes;

    public Builder id(String id) { this.id = id; return this; }
    public Builder name(String name) { this.name = name; return this; }
    public Builder email(String email) { this.email = email; return this; }
    public Builder phone(String phone) { this.phone = phone; return this; }
    public Builder status(Status status) { this.status = status; return this; }
    public Builder created(Instant created) { this.created = created; return this; }
    public Builder updated(Instant updated) { this.updated = updated; return this; }
    public Builder balance(BigDecimal balance) { this.balance = balance; return this; }
    public Builder visits(int visits) { this.visits = visits; return this; }
    public Builder vip(boolean vip) { this.vip = vip; return this; }
    public Builder tags(List<String> tags) { this.tags = tags; return this; }
    public Builder address(AddressImmutable address) { this.address = address; return this; }
    public Builder notes(String notes) { this.notes = notes; return this; }

    public CustomerImmutable build() {
      return new CustomerImmutable(this);
    }
  }
}
