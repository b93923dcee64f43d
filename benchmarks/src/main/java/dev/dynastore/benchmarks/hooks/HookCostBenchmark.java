package dev.dynastore.benchmarks.hooks;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.benchmarks.requests.StartupCustomerRepository;
import dev.dynastore.micrometer.DynastoreMetrics;
import dev.dynastore.micrometer.DynastoreObservations;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What request hooks cost a repository's read, in process: the SDK's whole request path (marshalling, signing,
 * interceptors, retries' bookkeeping, unmarshalling) over an HTTP client that answers at once, so that the network
 * and the server do not hide it. The same consistent get of a missing item, without hooks, with a hook that does
 * nothing (the cost of the per-request attempt log a hooked session attaches), with {@link DynastoreMetrics}, and
 * with metrics and {@link DynastoreObservations} handled by a registry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HookCostBenchmark {
  private StartupCustomerRepository withoutHooks;
  private StartupCustomerRepository withEmptyHook;
  private StartupCustomerRepository withMetrics;
  private StartupCustomerRepository withMetricsAndObservations;

  @Setup
  public void setUp() {
    DynamoDbClient client = DynamoDbClient.builder().httpClient(new InstantAnswers())
        .endpointOverride(URI.create("http://localhost:1")).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .build();
    withoutHooks = repository(Dynastore.builder().client(client));
    withEmptyHook = repository(Dynastore.builder().client(client).addRequestHook((operation, request) -> { }));
    withMetrics = repository(Dynastore.builder().client(client)
        .addRequestHook(new DynastoreMetrics(new SimpleMeterRegistry())));
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
    withMetricsAndObservations = repository(Dynastore.builder().client(client)
        .addRequestHook(new DynastoreMetrics(new SimpleMeterRegistry()))
        .addRequestHook(new DynastoreObservations(observations)));
  }

  private static StartupCustomerRepository repository(Dynastore.Builder session) {
    StartupCustomerRepository repository = new StartupCustomerRepository(session.build().table("Hooks"));
    repository.get("warm", Consistency.STRONG); // the first read of a session checks the shard count
    return repository;
  }

  @Benchmark
  public Object noHooks() {
    return withoutHooks.get("c1", Consistency.STRONG);
  }

  @Benchmark
  public Object emptyHook() {
    return withEmptyHook.get("c1", Consistency.STRONG);
  }

  @Benchmark
  public Object metrics() {
    return withMetrics.get("c1", Consistency.STRONG);
  }

  @Benchmark
  public Object metricsAndObservations() {
    return withMetricsAndObservations.get("c1", Consistency.STRONG);
  }

  /** Answers every request at once, as DynamoDB answers a get of a missing item: no item, one read unit. */
  static final class InstantAnswers implements SdkHttpClient {
    private static final byte[] ANSWER = "{\"ConsumedCapacity\":{\"TableName\":\"Hooks\",\"CapacityUnits\":1.0}}"
        .getBytes(StandardCharsets.UTF_8);

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      return new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() {
          return HttpExecuteResponse.builder()
              .response(SdkHttpResponse.builder().statusCode(200)
                  .putHeader("Content-Type", "application/x-amz-json-1.0")
                  .putHeader("x-amzn-RequestId", "benchmark").build())
              .responseBody(AbortableInputStream.create(new ByteArrayInputStream(ANSWER)))
              .build();
        }

        @Override
        public void abort() {
        }
      };
    }

    @Override
    public void close() {
    }
  }
}
