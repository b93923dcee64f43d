package dev.dynastore.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/** Address as an Enhanced Client immutable class, for ImmutableTableSchema. */
@DynamoDbImmutable(builder = AddressImmutable.Builder.class)
public final class AddressImmutable {
  private final String street;
  private final String city;
  private final String zip;
  private final String country;

  private AddressImmutable(Builder b) {
    this.street = b.street;
    this.city = b.city;
    this.zip = b.zip;
    this.country = b.country;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String getStreet() { return street; }
  public String getCity() { return city; }
  public String getZip() { return zip; }
  public String getCountry() { return country; }

  /** The builder the Enhanced Client fills. */
  public static final class Builder {
    private String street;
    private String city;
    private String zip;
    private String country;

    public Builder street(String street) { this.street = street; return this; }
    public Builder city(String city) { this.city = city; return this; }
    public Builder zip(String zip) { this.zip = zip; return this; }
    public Builder country(String country) { this.country = country; return this; }

    public AddressImmutable build() {
      return new AddressImmutable(this);
    }
  }
}
