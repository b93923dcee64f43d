package dev.dynastore.micrometer;

import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyExistsException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.Table;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.LocalDynamoDb;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The meters and observations of real requests to dynalite, faults injected where a test needs them. */
class MicrometerHooksTest {
  private static LocalDynamoDb dynamo;
  private static int tables;

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final ObservationRegistry observations = ObservationRegistry.create();
  private final List<Observation.Context> stopped = Collections.synchronizedList(new ArrayList<>());
  /** The observation current while the SDK sent each request. */
  private final List<String> currentWhileSending = Collections.synchronizedList(new ArrayList<>());
  private final FaultInjector faults = new FaultInjector();
  private DynamoDbClient client;
  private WidgetRepository widgets;
  private Table table;

  @BeforeAll
  static void start() {
    dynamo = LocalDynamoDb.start(Backend.DYNALITE);
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  @BeforeEach
  void setUp() {
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
    ExecutionInterceptor current = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Observation observation = observations.getCurrentObservation();
        currentWhileSending.add(observation == null ? "none" : observation.getContext().getContextualName());
      }
    };
    client = dynamo.configure(DynamoDbClient.builder()).overrideConfiguration(ClientOverrideConfiguration.builder()
        .addExecutionInterceptor(faults).addExecutionInterceptor(current).build()).build();
    table = Dynastore.builder().client(client).addRequestHook(new DynastoreMetrics(meters))
        .addRequestHook(new DynastoreObservations(observations)).build().table("Widgets" + ++tables);
    widgets = new WidgetRepository(table);
    widgets.createTableIfMissing();
    meters.clear();
    stopped.clear();
    currentWhileSending.clear();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void eachRequestIsTimedAndConflictsAndCapacityAreCounted() {
    widgets.create(new Widget("w1", "red"));
    assertThatThrownBy(() -> widgets.create(new Widget("w1", "blue"))).isInstanceOf(KeyExistsException.class);
    widgets.get("w1", Consistency.STRONG);
    table.partition("kv").put("k", withString("v"));

    String name = table.name();
    assertThat(meters.get("dynastore.requests").tags("operation", "AtomicPut", "entity", "Widget", "table", name,
        "outcome", "success").timer().count()).isEqualTo(1);
    assertThat(meters.get("dynastore.requests").tags("operation", "AtomicPut", "entity", "Widget", "outcome",
        "conflict").timer().count()).isEqualTo(1);
    assertThat(meters.get("dynastore.conflicts").tags("operation", "AtomicPut", "entity", "Widget").counter()
        .count()).isEqualTo(1);
    assertThat(meters.get("dynastore.requests").tags("operation", "Get", "entity", "Widget").timer().count())
        .isEqualTo(1);
    assertThat(meters.get("dynastore.capacity").tags("operation", "Get", "type", "read").counter().count())
        .as("a consistent read of a small item").isEqualTo(1.0);
    assertThat(meters.get("dynastore.capacity").tags("operation", "AtomicPut", "type", "write").counter().count())
        .isGreaterThanOrEqualTo(1.0);
    assertThat(meters.get("dynastore.requests").tags("operation", "Put", "entity", "none").timer().count())
        .as("the K/V API has no entity type").isEqualTo(1);
    assertThat(meters.find("dynastore.throttles").counters()).isEmpty();
  }

  @Test
  void throttledAttemptsAreCountedEvenWhenARetrySucceeds() {
    faults.inject("GetItem", FaultInjector.Fault.THROTTLE);
    widgets.get("w1", Consistency.STRONG);

    assertThat(meters.get("dynastore.throttles").tags("operation", "Get", "entity", "Widget").counter().count())
        .isEqualTo(1);
    assertThat(meters.get("dynastore.requests").tags("operation", "Get", "outcome", "success").timer().count())
        .isEqualTo(1);
  }

  @Test
  void unknownOutcomesAreCounted() {
    faults.inject("PutItem", FaultInjector.Fault.SERVER_ERROR); // maybe applied, then retried: maybe twice
    assertThatThrownBy(() -> widgets.create(new Widget("w2", "green"))).isInstanceOf(OutcomeUnknownException.class);

    assertThat(meters.get("dynastore.outcomes.unknown").tags("operation", "AtomicPut", "entity", "Widget").counter()
        .count()).isEqualTo(1);
  }

  @Test
  void eachRequestIsAnObservationCurrentWhileTheSdkSendsIt() {
    widgets.create(new Widget("w3", "red"));
    assertThatThrownBy(() -> widgets.create(new Widget("w3", "red"))).isInstanceOf(KeyExistsException.class);
    FaultInjector.Fault[] everyAttempt = new FaultInjector.Fault[20]; // more than the SDK's attempts for DynamoDB
    java.util.Arrays.fill(everyAttempt, FaultInjector.Fault.SERVER_ERROR);
    faults.inject("GetItem", everyAttempt);
    assertThatThrownBy(() -> widgets.get("w3", Consistency.STRONG)).isInstanceOf(RuntimeException.class);

    assertThat(currentWhileSending).startsWith("dynastore AtomicPut", "dynastore AtomicPut")
        .allMatch(name -> name.startsWith("dynastore "));
    assertThat(stopped).hasSize(3);
    Observation.Context created = stopped.get(0);
    assertThat(created.getName()).isEqualTo(DynastoreObservations.NAME);
    assertThat(created.getLowCardinalityKeyValue("operation").getValue()).isEqualTo("AtomicPut");
    assertThat(created.getLowCardinalityKeyValue("entity").getValue()).isEqualTo("Widget");
    assertThat(created.getLowCardinalityKeyValue("table").getValue()).isEqualTo(table.name());
    assertThat(created.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("success");
    assertThat(created.getError()).isNull();
    Observation.Context conflict = stopped.get(1);
    assertThat(conflict.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("conflict");
    assertThat(conflict.getError()).as("a failed condition is an answer, not an error").isNull();
    Observation.Context failed = stopped.get(2);
    assertThat(failed.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("error");
    assertThat(failed.getHighCardinalityKeyValue("attempts").getValue()).isNotEqualTo("1");
    assertThat(failed.getError()).isNotNull();
    assertThat(observations.getCurrentObservation()).as("every scope closed").isNull();
  }

  @Test
  void aNoopRegistryOpensNothing() {
    Table quiet = Dynastore.builder().client(client).addRequestHook(new DynastoreObservations(ObservationRegistry.NOOP))
        .build().table(table.name());
    new WidgetRepository(quiet).create(new Widget("w4", "grey"));

    assertThat(currentWhileSending).isNotEmpty().containsOnly("none");
  }

  /**
   * Two hooks that open a scope each (two DynastoreObservations; any tracing hook beside the starter's does the
   * same): finished in the order they were built, the outer scope would close first, and closing the inner one would
   * make the outer, stopped observation current again on the caller's thread.
   */
  @Test
  void twoScopeOpeningHooksLeaveNoObservationCurrent() {
    Table twice = Dynastore.builder().client(client).addRequestHook(new DynastoreObservations(observations))
        .addRequestHook(new DynastoreObservations(observations)).build().table(table.name());
    new WidgetRepository(twice).create(new Widget("w5", "blue"));

    assertThat(stopped).isNotEmpty();
    assertThat(observations.getCurrentObservation()).as("every scope closed after the request").isNull();
  }
}
