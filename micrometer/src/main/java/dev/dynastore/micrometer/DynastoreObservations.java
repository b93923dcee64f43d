package dev.dynastore.micrometer;

import dev.dynastore.RequestHook;
import dev.dynastore.RequestResult;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Each Dynastore request as a Micrometer {@link Observation} named {@code dynastore.request} (contextual name
 * {@code dynastore <operation>}), open from the request's building to its answer, and current on the calling
 * thread meanwhile: with Micrometer Tracing's OpenTelemetry or Brave bridge, each request is a span under the
 * caller's. Low-cardinality keys: {@code operation}, {@code table}, and once finished {@code entity} (the entity
 * type's simple name, {@code none} for the K/V API), {@code outcome} ({@code success}, {@code conflict},
 * {@code throttled}, {@code error}); high-cardinality (on spans, not meters): {@code attempts}. A failure is the
 * observation's error. The reads of a sharded listing run on the session's listing threads, where the caller's
 * observation is not current: their observations have no parent.
 *
 * <p>Add it with {@code Dynastore.builder().addRequestHook(new DynastoreObservations(registry))}; the Spring Boot
 * starter adds it when the application has an {@code ObservationRegistry}. A no-op registry costs next to nothing.
 */
public class DynastoreObservations implements RequestHook {
  /** The observation's name. */
  public static final String NAME = "dynastore.request";

  private final ObservationRegistry registry;
  /** The observations open on this thread, innermost first: a hook's begin and end run on one thread. */
  private final ThreadLocal<Deque<Open>> open = ThreadLocal.withInitial(ArrayDeque::new);

  private record Open(Observation observation, Observation.Scope scope) {}

  public DynastoreObservations(ObservationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void requestBuilt(String operation, DynamoDbRequest request) {
    if (registry.isNoop()) {
      return;
    }
    Observation observation = Observation.createNotStarted(NAME, registry)
        .contextualName("dynastore " + operation)
        .lowCardinalityKeyValue("operation", operation)
        .lowCardinalityKeyValue("table", DynastoreMetrics.table(request))
        .start();
    open.get().push(new Open(observation, observation.openScope()));
  }

  @Override
  public void requestFinished(String operation, DynamoDbRequest request, RequestResult result) {
    if (registry.isNoop()) {
      return;
    }
    Deque<Open> opened = open.get();
    if (opened.isEmpty()) {
      open.remove();
      return;
    }
    Open current = opened.pop();
    if (opened.isEmpty()) {
      open.remove();
    }
    Observation observation = current.observation()
        .lowCardinalityKeyValue("entity", DynastoreMetrics.entity(result.entityType()))
        .lowCardinalityKeyValue("outcome", DynastoreMetrics.outcome(result))
        .highCardinalityKeyValue("attempts", Integer.toString(result.attempts()));
    if (!result.succeeded() && !result.conditionFailed()) {
      observation.error(result.failure());
    }
    current.scope().close();
    observation.stop();
  }
}
