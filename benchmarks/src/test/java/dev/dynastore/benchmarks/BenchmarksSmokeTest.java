package dev.dynastore.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.benchmarks.mapping.Codec;
import dev.dynastore.benchmarks.mapping.Codecs;
import dev.dynastore.benchmarks.mapping.MappingBenchmark;
import dev.dynastore.benchmarks.requests.FirstRequestMain;
import dev.dynastore.benchmarks.requests.OverheadBenchmark;
import dev.dynastore.benchmarks.requests.SetupTablesMain;
import dev.dynastore.benchmarks.startup.SchemaInitMain;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.LocalDynamoDb;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * `mvn verify` checks that every benchmark starts and produces a result; it measures nothing
 * ({@code benchmarks/run.sh} does). It also checks that every mapper of a shape writes the same attributes.
 */
class BenchmarksSmokeTest {

  @Test
  void everyMapperWritesTheSameItem() {
    for (String shape : Codecs.SHAPES) {
      Map<String, AttributeValue> baseline = instantsAsInstants(Codecs.of(shape, "handwritten").map());
      for (String mapper : Codecs.MAPPERS) {
        Codec codec = Codecs.of(shape, mapper);
        assertThat(instantsAsInstants(codec.map())).as("%s/%s", shape, mapper).isEqualTo(baseline);
        assertThat(codec.read()).as("%s/%s reads its map", shape, mapper).isNotNull();
      }
    }
  }

  /**
   * The item with every instant text replaced by one canonical form: Dynastore writes nine fraction digits (so that
   * instants sort), the Enhanced Client and the hand-written mappers {@code Instant.toString()}; the same instant.
   */
  private static Map<String, AttributeValue> instantsAsInstants(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> canonical = new java.util.HashMap<>();
    item.forEach((name, value) -> canonical.put(name, instantAsInstant(value)));
    return canonical;
  }

  private static AttributeValue instantAsInstant(AttributeValue value) {
    if (value.s() != null && value.s().matches("\\d{4}-\\d\\d-\\d\\dT.*Z")) {
      return AttributeValue.fromS(java.time.Instant.parse(value.s()).toString());
    }
    if (value.hasM()) {
      return AttributeValue.fromM(instantsAsInstants(value.m()));
    }
    if (value.hasL()) {
      return AttributeValue.fromL(value.l().stream().map(BenchmarksSmokeTest::instantAsInstant).toList());
    }
    return value;
  }

  @Test
  void mappingBenchmarksStart() throws RunnerException {
    assertThat(run(MappingBenchmark.class)).hasSize(2 * Codecs.SHAPES.length * Codecs.MAPPERS.length);
  }

  @Test
  void overheadBenchmarksStart() throws RunnerException {
    assertThat(run(OverheadBenchmark.class)).hasSize(3);
  }

  @Test
  void hookCostBenchmarksStart() throws RunnerException {
    assertThat(run(dev.dynastore.benchmarks.hooks.HookCostBenchmark.class)).hasSize(4);
  }

  @Test
  void startupProgramsRun() {
    SchemaInitMain.main(new String[] {"generated", "50"});
    SchemaInitMain.main(new String[] {"bean", "50"});
    SchemaInitMain.main(new String[] {"handwritten", "50"});
    String[] keys = {"aws.region", "aws.accessKeyId", "aws.secretAccessKey"};
    for (String key : keys) {
      System.setProperty(key, key.equals("aws.region") ? "us-east-1" : "local");
    }
    try (LocalDynamoDb dynamo = LocalDynamoDb.start(Backend.DYNALITE); DynamoDbClient client = dynamo.newClient()) {
      SetupTablesMain.createTables(client);
      for (String mode : new String[] {"generated", "bean", "lowlevel"}) {
        FirstRequestMain.main(new String[] {mode, dynamo.endpoint().toString()});
      }
    } finally {
      for (String key : keys) {
        System.clearProperty(key);
      }
    }
  }

  private static Collection<RunResult> run(Class<?> benchmark) throws RunnerException {
    // JMH allows one run per machine (a lock file in /tmp); this smoke run measures nothing, so it need not wait
    // for, or fail beside, a real benchmark run
    System.setProperty("jmh.ignoreLock", "true");
    Options options = new OptionsBuilder()
        .include(benchmark.getName() + "\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .shouldFailOnError(true)
        .output("target/jmh-smoke-" + benchmark.getSimpleName() + ".log") // JMH's report, out of the build log
        .build();
    return new Runner(options).run();
  }
}
