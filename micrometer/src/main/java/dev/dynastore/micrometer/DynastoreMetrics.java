package dev.dynastore.micrometer;

import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.RequestHook;
import dev.dynastore.RequestResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Dynastore's requests as Micrometer meters, tagged with the operation ({@code AtomicPut}, {@code Get}, ...), the
 * entity type's simple name ({@code none} for the K/V API and table administration) and the table:
 * <ul>
 *   <li>{@code dynastore.requests}: a timer of each request, retries included, tagged also with its
 *       {@code outcome}: {@code success}, {@code conflict} (a failed condition: a version or an existing key),
 *       {@code throttled} or {@code error};</li>
 *   <li>{@code dynastore.conflicts}: failed conditions;</li>
 *   <li>{@code dynastore.throttles}: attempts DynamoDB throttled, including those the SDK retried with success;</li>
 *   <li>{@code dynastore.outcomes.unknown}: writes that may or may not have applied
 *       ({@link OutcomeUnknownException});</li>
 *   <li>{@code dynastore.capacity}: capacity units consumed, tagged {@code type=read} or {@code write}.</li>
 * </ul>
 * Add it to a session with {@code Dynastore.builder().addRequestHook(new DynastoreMetrics(registry))}; the Spring
 * Boot starter adds it when the application has a {@code MeterRegistry}.
 */
public class DynastoreMetrics implements RequestHook {
  private final MeterRegistry registry;

  public DynastoreMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void requestBuilt(String operation, DynamoDbRequest request) {
  }

  @Override
  public void requestFinished(String operation, DynamoDbRequest request, RequestResult result) {
    Tags tags = Tags.of("operation", operation, "entity", entity(result.entityType()), "table", table(request));
    Timer.builder("dynastore.requests").description("Dynastore's requests to DynamoDB, retries included")
        .tags(tags).tag("outcome", outcome(result)).register(registry)
        .record(result.latency().toNanos(), TimeUnit.NANOSECONDS);
    if (result.conditionFailed()) {
      Counter.builder("dynastore.conflicts").description("Conditional writes refused: another writer got there first")
          .tags(tags).register(registry).increment();
    }
    if (result.throttledAttempts() > 0) {
      Counter.builder("dynastore.throttles").description("Attempts DynamoDB throttled, retried or not")
          .tags(tags).register(registry).increment(result.throttledAttempts());
    }
    if (result.readUnits() > 0) {
      capacity(tags, "read").increment(result.readUnits());
    }
    if (result.writeUnits() > 0) {
      capacity(tags, "write").increment(result.writeUnits());
    }
  }

  @Override
  public void outcomeUnknown(String operation, Class<?> entityType, OutcomeUnknownException unknown) {
    Counter.builder("dynastore.outcomes.unknown").description("Writes that may or may not have applied")
        .tags("operation", operation, "entity", entity(entityType)).register(registry).increment();
  }

  private Counter capacity(Tags tags, String type) {
    return Counter.builder("dynastore.capacity").description("Capacity units DynamoDB reported consumed")
        .baseUnit("capacity units").tags(tags).tag("type", type).register(registry);
  }

  /**
   * How a request ended: {@code success}; {@code conflict}, a failed condition; {@code throttled}, every attempt
   * throttled; or {@code error}.
   */
  static String outcome(RequestResult result) {
    return result.succeeded() ? "success" : result.conditionFailed() ? "conflict"
        : result.throttledAttempts() > 0 && result.throttledAttempts() == result.attempts() ? "throttled" : "error";
  }

  /** The entity type's simple name, or {@code none}. */
  static String entity(Class<?> type) {
    return type == null ? "none" : type.getSimpleName();
  }

  /** The request's table, or {@code multiple} (batches, transactions). */
  static String table(DynamoDbRequest request) {
    return request.getValueForField("TableName", String.class).orElse("multiple");
  }
}
