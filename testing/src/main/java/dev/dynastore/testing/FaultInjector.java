package dev.dynastore.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Loses DynamoDB's answers on purpose: the request reaches the server and is applied, then the client sees
 * a 500 Internal Server Error instead of the real answer, and the SDK retries. This is how a timed-out
 * conditional write looks from the client, and what retry-safe code must survive.
 *
 * <pre>{@code
 * FaultInjector faults = new FaultInjector();
 * DynamoDbClient client = dynamo.configure(DynamoDbClient.builder())
 *     .overrideConfiguration(c -> c.addExecutionInterceptor(faults)).build();
 * faults.loseNextAnswers("UpdateItem", 1);   // applied, then reported as failed, then retried
 * }</pre>
 */
public final class FaultInjector implements ExecutionInterceptor {
  private static final String INJECTED_ERROR =
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"injected by FaultInjector\"}";

  private volatile String operation;
  private final AtomicInteger remaining = new AtomicInteger();
  private final AtomicInteger injected = new AtomicInteger();

  /** The next {@code count} answers to {@code operation} ({@code UpdateItem}, {@code DeleteItem}, ...) are lost. */
  public void loseNextAnswers(String operation, int count) {
    this.operation = operation;
    remaining.set(count);
  }

  /** How many answers were lost so far. */
  public int injected() {
    return injected.get();
  }

  @Override
  public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    String name = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    if (name.equals(operation) && remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      injected.incrementAndGet();
      return context.httpResponse().toBuilder()
          .statusCode(500)
          .statusText("Internal Server Error")
          .removeHeader("x-amz-crc32")
          .removeHeader("Content-Length")
          .build();
    }
    return context.httpResponse();
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    if (context.httpResponse().statusCode() == 500 && context.responseBody().isPresent()) {
      return Optional.of(new ByteArrayInputStream(INJECTED_ERROR.getBytes(StandardCharsets.UTF_8)));
    }
    return context.responseBody();
  }
}
