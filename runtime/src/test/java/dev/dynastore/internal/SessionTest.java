package dev.dynastore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.RequestHook;
import dev.dynastore.RequestResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * What a session tells its hooks about each request, against a client stub (which, as DAX would, ignores request
 * plugins: the SDK's own count is all there is).
 */
class SessionTest {
  private final List<DynamoDbRequest> sent = new ArrayList<>();
  private final List<RequestResult> results = new ArrayList<>();
  private final List<String> unknowns = new ArrayList<>();
  private final RequestHook observer = new RequestHook() {
    @Override
    public void requestBuilt(String operation, DynamoDbRequest request) {
    }

    @Override
    public void requestFinished(String operation, DynamoDbRequest request, RequestResult result) {
      results.add(result);
    }

    @Override
    public void outcomeUnknown(String operation, Class<?> entityType, OutcomeUnknownException unknown) {
      unknowns.add(operation + " " + (entityType == null ? null : entityType.getSimpleName()));
    }
  };
  private final GetItemRequest request = GetItemRequest.builder().tableName("T")
      .overrideConfiguration(AwsRequestOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(7)).build())
      .build();

  @Test
  void withHooksAReadCarriesAnAttemptCounterBesideItsOwnConfiguration() {
    Session session = session(List.of(observer));

    session.send("Get", String.class, request, this::answer);

    AwsRequestOverrideConfiguration configuration = sent.get(0).overrideConfiguration().orElseThrow();
    assertThat(configuration.apiCallTimeout()).as("the request's own").contains(Duration.ofSeconds(7));
    assertThat(configuration.plugins()).as("no per-request plugin: it costs a read ~20 µs").isEmpty();
    assertThat(configuration.metricPublishers()).hasSize(1).allMatch(ReadAttempts.class::isInstance);
    RequestResult result = results.get(0);
    assertThat(result.entityType()).isEqualTo(String.class);
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.throttledAttempts()).isZero();
  }

  @Test
  void aRequestThatCarriesAnAttemptLogKeepsIt() {
    AttemptLog log = new AttemptLog();
    GetItemRequest logged = request.toBuilder().overrideConfiguration(log.configuration()).build();

    session(List.of(observer)).send("Get", null, logged, this::answer);

    assertThat(sent.get(0)).isSameAs(logged);
  }

  @Test
  void withoutHooksTheRequestIsSentAsItIs() {
    session(List.of()).send("Get", String.class, request, this::answer);

    assertThat(sent.get(0)).isSameAs(request);
  }

  @Test
  void aFailureCountsTheSdksAttemptsAndTheThrottledOne() {
    Session session = session(List.of(observer));
    DynamoDbException throttled = (DynamoDbException) DynamoDbException.builder().statusCode(400)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build()).numAttempts(3).build();

    assertThatThrownBy(() -> session.send("Get", null, request, sentRequest -> {
      throw throttled;
    })).isSameAs(throttled);

    assertThat(results.get(0).attempts()).isEqualTo(3);
    assertThat(results.get(0).throttledAttempts()).as("the last: a client without plugins tells no more").isEqualTo(1);
  }

  @Test
  void aRequestAHookRefusedMadeNoAttempt() {
    RequestHook refusing = (operation, refused) -> {
      throw new IllegalStateException("no");
    };
    Session session = session(List.of(observer, refusing));

    assertThatThrownBy(() -> session.send("Get", Integer.class, request, this::answer)).hasMessage("no");

    assertThat(sent).isEmpty();
    assertThat(results.get(0).attempts()).isZero();
    assertThat(results.get(0).entityType()).isEqualTo(Integer.class);
  }

  @Test
  void anUnknownOutcomeReachesEveryHookAndAFailingHookOnlyAddsToIt() {
    RequestHook failing = new RequestHook() {
      @Override
      public void requestBuilt(String operation, DynamoDbRequest request) {
      }

      @Override
      public void outcomeUnknown(String operation, Class<?> entityType, OutcomeUnknownException unknown) {
        throw new IllegalStateException("metrics backend down");
      }
    };
    Session session = session(List.of(failing, observer));
    OutcomeUnknownException unknown = new OutcomeUnknownException("maybe", null);

    assertThat(UnknownOutcomes.reported(session, "Put", String.class, unknown)).isSameAs(unknown);
    assertThat(UnknownOutcomes.reported(session, "Transaction", null, new OutcomeUnknownException("maybe", null)))
        .isNotNull();

    assertThat(unknowns).containsExactly("Put String", "Transaction null");
    assertThat(unknown.getSuppressed()).extracting(Throwable::getMessage).containsExactly("metrics backend down");
  }

  @Test
  void theLogLineNamesTheEntityTypeAndRetries() {
    PutItemResponse response = PutItemResponse.builder().build();
    Duration latency = Duration.ofMillis(7);

    assertThat(Session.describe("Put", RequestResult.answered(response, latency)))
        .isEqualTo("Put answered in 7 ms (0.0 read, 0.0 write units)");
    assertThat(Session.describe("AtomicPut", RequestResult.answered(String.class, response, latency, 3, 1)))
        .isEqualTo("AtomicPut of String answered in 7 ms after 3 attempts, 1 throttled (0.0 read, 0.0 write units)");
    assertThat(Session.describe("Get", RequestResult.failed(String.class, new IllegalStateException("down"), latency,
        2, 0))).isEqualTo("Get of String failed: java.lang.IllegalStateException: down in 7 ms after 2 attempts"
        + " (0.0 read, 0.0 write units)");
  }

  private Session session(List<RequestHook> hooks) {
    return new Session(new StubClient(), Clock.systemUTC(), hooks, Session.DEFAULT_PAGE_TOKEN_KEY, 1);
  }

  private GetItemResponse answer(GetItemRequest request) {
    sent.add(request);
    return GetItemResponse.builder().build();
  }

  private static final class StubClient implements DynamoDbClient {
    @Override
    public String serviceName() {
      return "dynamodb";
    }

    @Override
    public void close() {
    }
  }
}
