package dev.dynastore.benchmarks.model;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** Order as an Enhanced Client immutable class, for ImmutableTableSchema. */
@DynamoDbImmutable(builder = OrderImmutable.Builder.class)
public final class OrderImmutable {
  private final String id;
  private final String customer;
  private final Instant created;
  private final List<LineImmutable> lines;
  private final AddressImmutable shipping;
  private final AddressImmutable billing;

  private OrderImmutable(Builder b) {
    this.id = b.id;
    this.customer = b.customer;
    this.created = b.created;
    this.lines = b.lines;
    this.shipping = b.shipping;
    this.billing = b.billing;
  }

  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String getId() { return id; }
  public String getCustomer() { return customer; }
  public Instant getCreated() { return created; }
  public List<LineImmutable> getLines() { return lines; }
  public AddressImmutable getShipping() { return shipping; }
  public AddressImmutable getBilling() { return billing; }

  /** The builder the Enhanced Client fills. */
  public static final class Builder {
    private String id;
    private String customer;
    private Instant created;
    private List<LineImmutable> lines;
    private AddressImmutable shipping;
    private AddressImmutable billing;

    public Builder id(String id) { this.id = id; return this; }
    public Builder customer(String customer) { this.customer = customer; return this; }
    public Builder created(Instant created) { this.created = created; return this; }
    public Builder lines(List<LineImmutable> lines) { this.lines = lines; return this; }
    public Builder shipping(AddressImmutable shipping) { this.shipping = shipping; return this; }
    public Builder billing(AddressImmutable billing) { this.billing = billing; return this; }

    public OrderImmutable build() {
      return new OrderImmutable(this);
    }
  }
}
