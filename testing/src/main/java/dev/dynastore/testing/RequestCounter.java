package dev.dynastore.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts what a DynamoDB client sends, per operation: API calls, and HTTP attempts (a retried call is one
 * call and several attempts). Add it to a client to assert how many requests an operation costs:
 *
 * <pre>{@code
 * RequestCounter counter = new RequestCounter();
 * DynamoDbClient client = dynamo.configure(DynamoDbClient.builder())
 *     .overrideConfiguration(c -> c.addExecutionInterceptor(counter)).build();
 * }</pre>
 */
public final class RequestCounter implements ExecutionInterceptor {
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    increment(calls, attributes);
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    increment(attempts, attributes);
  }

  /** API calls per operation name ({@code UpdateItem}, {@code Query}, ...), sorted by name. */
  public Map<String, Integer> calls() {
    return snapshot(calls);
  }

  /** HTTP attempts per operation name, retries included. */
  public Map<String, Integer> attempts() {
    return snapshot(attempts);
  }

  /** All API calls. */
  public int totalCalls() {
    return calls.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** All HTTP attempts. */
  public int totalAttempts() {
    return attempts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** Forgets everything counted. */
  public void reset() {
    calls.clear();
    attempts.clear();
  }

  private static void increment(Map<String, AtomicInteger> counts, ExecutionAttributes attributes) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    counts.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
  }

  private static Map<String, Integer> snapshot(Map<String, AtomicInteger> counts) {
    Map<String, Integer> copy = new TreeMap<>();
    counts.forEach((operation, count) -> copy.put(operation, count.get()));
    return copy;
  }
}
