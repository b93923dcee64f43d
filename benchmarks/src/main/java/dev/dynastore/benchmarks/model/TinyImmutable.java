package dev.dynastore.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** Tiny as an Enhanced Client immutable class, for ImmutableTableSchema. */
@DynamoDbImmutable(builder = TinyImmutable.Builder.class)
public final class TinyImmutable {
  private final String id;
  private final int count;

  private TinyImmutable(Builder b) {
    this.id = b.id;
    this.count = b.count;
  }

  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String getId() { return id; }
  public int getCount() { return count; }

  /** The builder the Enhanced Client fills. */
  public static final class Builder {
    private String id;
    private int count;

    public Builder id(String id) { this.id = id; return this; }
    public Builder count(int count) { this.count = count; return this; }

    public TinyImmutable build() {
      return new TinyImmutable(this);
    }
  }
}
