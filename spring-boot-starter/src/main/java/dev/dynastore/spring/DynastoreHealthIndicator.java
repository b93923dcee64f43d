package dev.dynastore.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Health {@code dynastore}: up when every table the starter bound is reachable and active (one
 * {@code DescribeTable} per table, which reads no items, each given at most {@link #TIMEOUT} retries included, so
 * that a probe gets its answer in time); down when one is missing, unreachable, refused (throttled, access denied)
 * or not active. Its details name each table and its status: DynamoDB's ({@code ACTIVE}, {@code CREATING}, ...),
 * {@code NOT_FOUND}, or the error's code.
 */
public class DynastoreHealthIndicator extends AbstractHealthIndicator {
  /** The longest one table's check may take, retries included. */
  public static final Duration TIMEOUT = Duration.ofSeconds(1);

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
      String status;
      try {
        TableDescription table = client.describeTable(DescribeTableRequest.builder().tableName(name)
            .overrideConfiguration(o -> o.apiCallTimeout(TIMEOUT)).build()).table();
        status = table.tableStatusAsString();
        up &= table.tableStatus() == TableStatus.ACTIVE || table.tableStatus() == TableStatus.UPDATING;
      } catch (ResourceNotFoundException e) {
        status = "NOT_FOUND";
        up = false;
      } catch (AwsServiceException e) {
        status = "ERROR: " + (e.awsErrorDetails() == null ? e.getClass().getSimpleName()
            : e.awsErrorDetails().errorCode());
        up = false;
      } catch (SdkException e) {
        status = "ERROR: " + e.getClass().getSimpleName();
        up = false;
      }
      statuses.put(name, status);
    }
    (up ? builder.up() : builder.down()).withDetail("tables", statuses);
  }
}
