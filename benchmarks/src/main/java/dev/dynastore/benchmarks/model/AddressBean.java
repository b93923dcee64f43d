package dev.dynastore.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** Address as an Enhanced Client bean, for BeanTableSchema and StaticTableSchema. */
@DynamoDbBean
public class AddressBean {
  private String street;
  private String city;
  private String zip;
  private String country;

  public String getStreet() { return street; }
  public void setStreet(String street) { this.street = street; }
  public String getCity() { return city; }
  public void setCity(String city) { this.city = city; }
  public String getZip() { return zip; }
  public void setZip(String zip) { this.zip = zip; }
  public String getCountry() { return country; }
  public void setCountry(String country) { this.country = country; }
}
