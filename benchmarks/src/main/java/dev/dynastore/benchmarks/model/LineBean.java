package dev.dynastore.benchmarks.model;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** Line as an Enhanced Client bean, for BeanTableSchema and StaticTableSchema. */
@DynamoDbBean
public class LineBean {
  private String sku;
  private String title;
  private int quantity;
  private long priceCents;
  private List<String> tags;

  public String getSku() { return sku; }
  public void setSku(String sku) { this.sku = sku; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public int getQuantity() { return quantity; }
  public void setQuantity(int quantity) { this.quantity = quantity; }
  public long getPriceCents() { return priceCents; }
  public void setPriceCents(long priceCents) { this.priceCents = priceCents; }
  public List<String> getTags() { return tags; }
  public void setTags(List<String> tags) { this.tags = tags; }
}
