package dev.dynastore.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** Tiny as an Enhanced Client bean, for BeanTableSchema and StaticTableSchema. */
@DynamoDbBean
public class TinyBean {
  private String id;
  private int count;

  @DynamoDbPartitionKey
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public int getCount() { return count; }
  public void setCount(int count) { this.count = count; }
}
