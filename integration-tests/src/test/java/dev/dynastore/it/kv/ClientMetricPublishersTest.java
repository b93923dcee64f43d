package dev.dynastore.it.kv;

import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Dynastore;
import dev.dynastore.RequestResult;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.TableName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A hooked session counts a read's attempts with a metric publisher of its own on the request; a request's publishers
 * replace the client's in the SDK, so the session keeps the client's beside its own: an application's CloudWatch
 * publisher still sees every read.
 */
@DynamoDbTest
class ClientMetricPublishersTest {
  @Test
  void theClientsPublishersStillSeeAHookedSessionsReads(LocalDynamoDb dynamo, @TableName String table) {
    List<String> published = Collections.synchronizedList(new ArrayList<>());
    MetricPublisher applications = new MetricPublisher() {
      @Override
      public void publish(MetricCollection call) {
        published.add(call.metricValues(CoreMetric.OPERATION_NAME).get(0));
      }

      @Override
      public void close() {
      }
    };
    FaultInjector faults = new FaultInjector();
    List<RequestResult> results = Collections.synchronizedList(new ArrayList<>());
    try (DynamoDbClient client = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(o -> o.addMetricPublisher(applications).addExecutionInterceptor(faults)).build()) {
      KVPartition partition = Dynastore.builder().client(client).addRequestHook(new dev.dynastore.RequestHook() {
        @Override
        public void requestBuilt(String operation, software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest r) {
        }

        @Override
        public void requestFinished(String operation, software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest r,
            RequestResult result) {
          results.add(result);
        }
      }).build().table(table).partition("p");
      partition.table().createIfMissing();
      partition.put("k", withString("v"));
      published.clear();
      results.clear();

      faults.inject("GetItem", FaultInjector.Fault.THROTTLE);
      assertThat(partition.get("k")).isPresent();

      assertThat(published).as("the application's publisher").containsExactly("GetItem");
      assertThat(results).singleElement().satisfies(read -> {
        assertThat(read.attempts()).isEqualTo(2);
        assertThat(read.throttledAttempts()).isEqualTo(1);
      });
    }
  }
}
