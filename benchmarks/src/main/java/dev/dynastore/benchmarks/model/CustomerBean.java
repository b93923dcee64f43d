package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** Customer as an Enhanced Client bean, for BeanTableSchema and StaticTableSchema. */
@DynamoDbBean
public class CustomerBean {
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
  private AddressBean address;
  private String notes;

  @DynamoDbPartitionKey
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public Instant getCreated() { return created; }
  public void setCreated(Instant created) { this.created = created; }
  public Instant getUpdated() { return updated; }
  public void setUpdated(Instant updated) { this.updated = updated; }
  public BigDecimal getBalance() { return balance; }
  public void setBalance(BigDecimal balance) { this.balance = balance; }
  public int getVisits() { return visits; }
  public void setVisits(int visits) { this.visits = visits; }
  public boolean isVip() { return vip; }
  public void setVip(boolean vip) { this.vip = vip; }
  public List<String> getTags() { return tags; }
  public void setTags(List<String> tags) { this.tags = tags; }
  public AddressBean getAddress() { return address; }
  public void setAddress(AddressBean address) { this.address = address; }
  public String getNotes() { return notes; }
  public void setNotes(String notes) { this.notes = notes; }
}
