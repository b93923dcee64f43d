package dev.dynastore.benchmarks.model;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** Order as an Enhanced Client bean, for BeanTableSchema and StaticTableSchema. */
@DynamoDbBean
public class OrderBean {
  private String id;
  private String customer;
  private Instant created;
  private List<LineBean> lines;
  private AddressBean shipping;
  private AddressBean billing;

  @DynamoDbPartitionKey
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getCustomer() { return customer; }
  public void setCustomer(String customer) { this.customer = customer; }
  public Instant getCreated() { return created; }
  public void setCreated(Instant created) { this.created = created; }
  public List<LineBean> getLines() { return lines; }
  public void setLines(List<LineBean> lines) { this.lines = lines; }
  public AddressBean getShipping() { return shipping; }
  public void setShipping(AddressBean shipping) { this.shipping = shipping; }
  public AddressBean getBilling() { return billing; }
  public void setBilling(AddressBean billing) { this.billing = billing; }
}
