package dev.dynastore.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Injects the failures a DynamoDB client meets in production into chosen attempts of chosen operations: an
 * answer lost after DynamoDB applied the request (how a timed-out write looks from the client), a 5xx without
 * effect, a refused connection, throttling. The SDK then retries, as it would. Add it to a client:
 *
 * <pre>{@code
 * FaultInjector faults = new FaultInjector();
 * DynamoDbClient client = dynamo.configure(DynamoDbClient.builder())
 *     .overrideConfiguration(c -> c.addExecutionInterceptor(faults)).build();
 * faults.inject("UpdateItem", Fault.LOSE_ANSWER);          // applied, reported as a 500, retried
 * faults.inject("PutItem", Fault.REFUSE_CONNECTION, Fault.THROTTLE)
 *     .afterFaults(() -> otherClient.deleteItem(...));     // another writer acts before the retry
 * }</pre>
 *
 * <p>Faults are taken in order, one per attempt of the named operation (its SDK name: {@code UpdateItem},
 * {@code PutItem}, {@code DeleteItem}, ...); other operations pass untouched. Thread-safe.
 */
public final class FaultInjector implements ExecutionInterceptor {
  /** A failure of one attempt. */
  public enum Fault {
    /** DynamoDB receives and handles the request as usual, then the client sees a 500 instead of the answer. */
    LOSE_ANSWER,
    /** The client sees a 500 and DynamoDB never sees the request: nothing applied, but the client cannot tell. */
    SERVER_ERROR,
    /** The connection is refused: the request never leaves the client, and the client knows it. */
    REFUSE_CONNECTION,
    /** DynamoDB throttles the request (400 ThrottlingException): nothing applied, and the client knows it. */
    THROTTLE,
    /**
     * DynamoDB handles the request, then the client sees throttling (400 ThrottlingException) instead of the answer:
     * what DynamoDB's contract rules out (a throttled request "was denied"), to test a client that meets it anyway.
     */
    THROTTLE_AFTER_APPLYING,
    /**
     * DynamoDB handles the request, and its answer reaches the client only after {@link #delayAnswersBy} (1 s unless
     * set): past the client's attempt timeout, the SDK gives up on the attempt and retries.
     */
    DELAY_ANSWER
  }

  private static final String INJECTED_ERROR =
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"injected by FaultInjector\"}";
  private static final String INJECTED_THROTTLING =
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\"injected by FaultInjector\"}";
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  /** Per injector, so that two injectors on one client do not overwrite each other's mark. */
  private final ExecutionAttribute<Fault> answerFault =
      new ExecutionAttribute<>("AnswerFault" + INSTANCES.incrementAndGet());
  private volatile java.time.Duration answerDelay = java.time.Duration.ofSeconds(1);
  private final Deque<Fault> planned = new ArrayDeque<>();
  /** Faults at random, per attempt of the operations named: a campaign's mode, beside the planned faults. */
  private volatile RandomFaults random;
  private final Map<Fault, AtomicInteger> counts = new EnumMap<>(Fault.class);
  private String operation;
  private Runnable afterFaults;
  private final AtomicInteger injected = new AtomicInteger();

  /** The next attempts of {@code operation} meet these faults, in order; replaces any earlier plan. */
  public synchronized FaultInjector inject(String operation, Fault... faults) {
    this.operation = operation;
    this.planned.clear();
    this.planned.addAll(java.util.List.of(faults));
    this.afterFaults = null;
    return this;
  }

  /**
   * Runs {@code action} once, right after the last planned fault took effect and before the SDK retries: another
   * client writing in between. It runs on the faulty client's thread, so it must use another client.
   */
  public synchronized FaultInjector afterFaults(Runnable action) {
    this.afterFaults = action;
    return this;
  }

  /** How long {@link Fault#DELAY_ANSWER} holds an answer back; make it longer than the attempt timeout. */
  public FaultInjector delayAnswersBy(java.time.Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + delay);
    }
    this.answerDelay = delay;
    return this;
  }

  /** The next {@code count} answers to {@code operation} are lost: {@code count} times {@link Fault#LOSE_ANSWER}. */
  public void loseNextAnswers(String operation, int count) {
    Fault[] faults = new Fault[count];
    java.util.Arrays.fill(faults, Fault.LOSE_ANSWER);
    inject(operation, faults);
  }

  /**
   * From now on, each attempt of the named operations meets one of {@code faults} (chosen uniformly) with
   * probability {@code rate}, drawn from {@code seed}: for campaigns. Planned faults ({@link #inject}) come first.
   * {@code atRate(0, ...)} stops it.
   */
  public FaultInjector atRate(double rate, long seed, java.util.Set<String> operations, Fault... faults) {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("rate must be from 0 to 1, was " + rate);
    }
    if (faults.length == 0 && rate > 0) {
      throw new IllegalArgumentException("name at least one fault");
    }
    this.random = rate == 0 ? null : new RandomFaults(rate, new java.util.Random(seed), java.util.Set.copyOf(operations),
        faults.clone());
    return this;
  }

  private record RandomFaults(double rate, java.util.Random random, java.util.Set<String> operations, Fault[] faults) {
    synchronized Fault next(String operation) {
      if (!operations.contains(operation) || random.nextDouble() >= rate) {
        return null;
      }
      return faults[random.nextInt(faults.length)];
    }
  }

  /** How many faults took effect so far. */
  public int injected() {
    return injected.get();
  }

  /** How many faults of this kind took effect so far. */
  public int injected(Fault fault) {
    synchronized (counts) {
      AtomicInteger count = counts.get(fault);
      return count == null ? 0 : count.get();
    }
  }

  /** Whether every planned fault took effect. */
  public synchronized boolean done() {
    return planned.isEmpty();
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    attributes.putAttribute(answerFault, null);
    String operationName = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    Fault fault = nextFault(operationName);
    RandomFaults campaign = random;
    if (fault == null && campaign != null) {
      fault = campaign.next(operationName);
    }
    if (fault == null) {
      return;
    }
    injected.incrementAndGet();
    synchronized (counts) {
      counts.computeIfAbsent(fault, kind -> new AtomicInteger()).incrementAndGet();
    }
    switch (fault) {
      case LOSE_ANSWER:
      case THROTTLE_AFTER_APPLYING:
      case DELAY_ANSWER:
        attributes.putAttribute(answerFault, fault); // acted on once the server has answered
        return;
      case SERVER_ERROR:
        runAfterFaultsIfDone();
        throw DynamoDbException.builder().statusCode(500).message("injected by FaultInjector: internal server error")
            .awsErrorDetails(details("InternalServerError")).build();
      case REFUSE_CONNECTION:
        runAfterFaultsIfDone();
        throw SdkClientException.create("Unable to execute HTTP request: injected by FaultInjector",
            new ConnectException("Connection refused (injected by FaultInjector)"));
      case THROTTLE:
        runAfterFaultsIfDone();
        throw DynamoDbException.builder().statusCode(400).message("injected by FaultInjector: throttled")
            .awsErrorDetails(details("ThrottlingException")).build();
      default:
        throw new AssertionError(fault);
    }
  }

  @Override
  public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    Fault fault = attributes.getAttribute(answerFault);
    if (fault == null) {
      return context.httpResponse();
    }
    runAfterFaultsIfDone();
    if (fault == Fault.DELAY_ANSWER) {
      try {
        Thread.sleep(answerDelay.toMillis()); // the SDK's attempt timeout interrupts this, as it would a slow read
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw software.amazon.awssdk.core.exception.AbortedException.create("answer delayed by FaultInjector", e);
      }
      return context.httpResponse();
    }
    boolean throttled = fault == Fault.THROTTLE_AFTER_APPLYING;
    return context.httpResponse().toBuilder()
        .statusCode(throttled ? 400 : 500)
        .statusText(throttled ? "Bad Request" : "Internal Server Error")
        .removeHeader("x-amz-crc32")
        .removeHeader("Content-Length")
        .build();
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    Fault fault = attributes.getAttribute(answerFault);
    if ((fault == Fault.LOSE_ANSWER || fault == Fault.THROTTLE_AFTER_APPLYING) && context.responseBody().isPresent()) {
      // read the real answer to its end, so that its connection goes back to the pool (else a campaign that
      // loses many answers exhausts the pool), then hand the SDK the injected error instead
      try (InputStream answer = context.responseBody().get()) {
        answer.transferTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        // the connection is lost anyway
      }
      String error = fault == Fault.THROTTLE_AFTER_APPLYING ? INJECTED_THROTTLING : INJECTED_ERROR;
      return Optional.of(new ByteArrayInputStream(error.getBytes(StandardCharsets.UTF_8)));
    }
    return context.responseBody();
  }

  private synchronized Fault nextFault(String operationName) {
    return operationName.equals(operation) ? planned.poll() : null;
  }

  private void runAfterFaultsIfDone() {
    Runnable action;
    synchronized (this) {
      if (!planned.isEmpty() || afterFaults == null) {
        return;
      }
      action = afterFaults;
      afterFaults = null;
    }
    action.run();
  }

  private static AwsErrorDetails details(String code) {
    return AwsErrorDetails.builder().errorCode(code).errorMessage("injected by FaultInjector")
        .serviceName("DynamoDb").build();
  }
}
