package dev.dynastore.benchmarks.model;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/** Line as an Enhanced Client immutable class, for ImmutableTableSchema. */
@DynamoDbImmutable(builder = LineImmutable.Builder.class)
public final class LineImmutable {
  private final String sku;
  private final String title;
  private final int quantity;
  private final long priceCents;
  private final List<String> tags;

  private LineImmutable(Builder b) {
    this.sku = b.sku;
    this.title = b.title;
    this.quantity = b.quantity;
    this.priceCents = b.priceCents;
    this.tags = b.tags;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String getSku() { return sku; }
  public String getTitle() { return title; }
  public int getQuantity() { return quantity; }
  public long getPriceCents() { return priceCents; }
  public List<String> getTags() { return tags; }

  /** The builder the Enhanced Client fills. */
  public static final class Builder {
    private String sku;
    private String title;
    private int quantity;
    private long priceCents;
    private List<String> tags;

    public Builder sku(String sku) { this.sku = sku; return this; }
    public Builder title(String title) { this.title = title; return this; }
    public Builder quantity(int quantity) { this.quantity = quantity; return this; }
    public Builder priceCents(long priceCents) { this.priceCents = priceCents; return this; }
    public Builder tags(List<String> tags) { this.tags = tags; return this; }

    public LineImmutable build() {
      return new LineImmutable(this);
    }
  }
}
