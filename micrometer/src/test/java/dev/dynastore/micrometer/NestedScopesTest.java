package dev.dynastore.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Dynastore;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.LocalDynamoDb;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Observation scopes when two hooks open one each: they close in the reverse order, and none stays current. */
class NestedScopesTest {
  private static LocalDynamoDb dynamo;
  private static int tables;

  private final ObservationRegistry observations = ObservationRegistry.create();
  private final List<Observation.Context> stopped = Collections.synchronizedList(new ArrayList<>());
  private DynamoDbClient client;

  @BeforeAll
  static void start() {
    dynamo = LocalDynamoDb.start(Backend.DYNALITE);
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  @AfterEach
  void tearDown() {
    if (client != null) {
      client.close();
    }
    observations.setCurrentObservationScope(null);
  }

  private void collect() {
    observations.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }

      @Override
      public void onStop(Observation.Context context) {
        stopped.add(context);
      }
    });
  }

  /**
   * Two hooks that open a scope each (two DynastoreObservations here; any tracing hook beside the starter's does the
   * same): finished in the order they were built, the outer scope would close first, and closing the inner one would
   * make the outer, stopped observation current again on the caller's thread.
   */
  @Test
  void twoScopeOpeningHooksLeaveNoObservationCurrent() {
    collect();
    client = dynamo.configure(DynamoDbClient.builder()).build();
    var table = Dynastore.builder().client(client)
        .addRequestHook(new DynastoreObservations(observations))
        .addRequestHook(new DynastoreObservations(observations))
        .build().table("Scopes" + ++tables);
    WidgetRepository widgets = new WidgetRepository(table);
    widgets.createTableIfMissing();

    widgets.create(new Widget("w1", "red"));

    assertThat(observations.getCurrentObservation()).as("every scope closed after the request").isNull();
  }
}
