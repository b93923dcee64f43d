package dev.dynastore.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Health {@code dynastore}: up when every table the starter bound is reachable and active (one
 * {@code DescribeTable} per table, which reads no items); down, with each table's status, when one is missing,
 * unreachable or not active. Its details name each table and its status.
 */
public class DynastoreHealthIndicator extends AbstractHealthIndicator {
  private final DynamoDbClient client;
  private final DynastoreTables tables;

  public DynastoreHealthIndicator(DynamoDbClient client, DynastoreTables tables) {
    super("Dynastore health check failed");
    this.client = client;
    this.tables = tables;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Map<String, Object> statuses = new LinkedHashMap<>();
    boolean up = true;
    for (DynastoreTables.Bound bound : tables.tables()) {
      String name = bound.table().name();
      try {
        TableDescription table = client.describeTable(DescribeTableRequest.builder().tableName(name).build()).table();
        statuses.put(name, table.tableStatusAsString());
        up &= table.tableStatus() == TableStatus.ACTIVE || table.tableStatus() == TableStatus.UPDATING;
      } catch (ResourceNotFoundException e) {
        statuses.put(name, "NOT_FOUND");
        up = false;
      }
    }
    (up ? builder.up() : builder.down()).withDetail("tables", statuses);
  }
}
