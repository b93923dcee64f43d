package dev.dynastore.benchmarks.mapping;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Item → attribute map and back, for four item shapes and five mappers. Run with {@code -prof gc} for
 * bytes allocated per operation; ratios are taken against {@code handwritten} by {@code benchmarks/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class MappingBenchmark {
  @Param({"tiny", "customer", "flat", "nested"})
  public String shape;

  @Param({"handwritten", "generated", "static", "bean", "immutable"})
  public String mapper;

  private Codec codec;

  @Setup
  public void setUp() {
    codec = Codecs.of(shape, mapper);
  }

  @Benchmark
  public Map<String, AttributeValue> itemToMap() {
    return codec.write();
  }

  @Benchmark
  public Object mapToItem() {
    return codec.read();
  }
}
