package dev.dynastore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** Which failed attempts may have reached DynamoDB and applied a write. */
class AttemptLogTest {

  @Test
  void aServerErrorMayHaveApplied() {
    assertThat(AttemptLog.mayHaveApplied(service(500, "InternalServerError"))).isTrue();
    assertThat(AttemptLog.mayHaveApplied(service(503, "ServiceUnavailable"))).isTrue();
  }

  @Test
  void aClientErrorAnswerDidNot() {
    assertThat(AttemptLog.mayHaveApplied(service(400, "ThrottlingException"))).isFalse();
    assertThat(AttemptLog.mayHaveApplied(service(400, "ProvisionedThroughputExceededException"))).isFalse();
    assertThat(AttemptLog.mayHaveApplied(ConditionalCheckFailedException.builder().statusCode(400).build())).isFalse();
  }

  @Test
  void aConnectionNeverMadeDidNot() {
    assertThat(AttemptLog.mayHaveApplied(client(new ConnectException("Connection refused")))).isFalse();
    assertThat(AttemptLog.mayHaveApplied(client(new UnknownHostException("dynamodb.nowhere")))).isFalse();
    assertThat(AttemptLog.mayHaveApplied(client(new ConnectTimeoutException()))).isFalse();
    assertThat(AttemptLog.mayHaveApplied(client(new IOException("wrapped", new ConnectException("refused")))))
        .isFalse();
  }

  @Test
  void aFailureAfterTheConnectionWasMadeMayHaveApplied() {
    assertThat(AttemptLog.mayHaveApplied(client(new SocketTimeoutException("Read timed out")))).isTrue();
    assertThat(AttemptLog.mayHaveApplied(client(new SocketException("Connection reset")))).isTrue();
    assertThat(AttemptLog.mayHaveApplied(ApiCallAttemptTimeoutException.create(1000))).isTrue();
    assertThat(AttemptLog.mayHaveApplied(SdkClientException.create("unreadable answer"))).isTrue();
  }

  @Test
  void withoutAnAttemptLogOnlyAReportedRetryCounts() {
    AttemptLog unobserved = new AttemptLog(); // a client that ignores request plugins never fills it
    assertThat(unobserved.earlierMayHaveApplied(null)).isZero();
    assertThat(unobserved.earlierMayHaveApplied(service(400, "ConditionalCheckFailedException"))).isZero();
    assertThat(unobserved.earlierMayHaveApplied(
        (DynamoDbException) service(400, "ConditionalCheckFailedException").toBuilder().numAttempts(1).build()))
        .isZero();
    assertThat(unobserved.earlierMayHaveApplied(
        (DynamoDbException) service(400, "ConditionalCheckFailedException").toBuilder().numAttempts(3).build()))
        .as("several attempts of unknown fate: each possibly applied").isEqualTo(2);
  }

  @Test
  void withoutAnAttemptLogTheAttemptsAreTheSdksCount() {
    AttemptLog unobserved = new AttemptLog();
    DynamoDbException throttled = (DynamoDbException) service(400, "ThrottlingException").toBuilder().numAttempts(3)
        .build();
    assertThat(unobserved.attempts(null)).as("answered: one attempt, as far as anyone can tell").isEqualTo(1);
    assertThat(unobserved.throttledAttempts(null)).isZero();
    assertThat(unobserved.attempts(throttled)).isEqualTo(3);
    assertThat(unobserved.throttledAttempts(throttled)).as("the last; the others are not known").isEqualTo(1);
    assertThat(unobserved.attempts(service(500, "InternalServerError"))).as("no count reported").isEqualTo(1);
    assertThat(unobserved.attempts(new IllegalStateException("not the SDK's"))).isEqualTo(1);
  }

  @Test
  void throttlingIsDynamoDbsWordForADeniedRequest() {
    assertThat(Failures.isThrottling(service(400, "ThrottlingException"))).isTrue();
    assertThat(Failures.isThrottling(service(400, "ProvisionedThroughputExceededException"))).isTrue();
    assertThat(Failures.isThrottling(service(400, "RequestLimitExceeded"))).isTrue();
    assertThat(Failures.isThrottling(service(400, "SomeNewThrottlingReason"))).isTrue();
    assertThat(Failures.isThrottling(ProvisionedThroughputExceededException.builder().message("slow down").build()))
        .isTrue();
    assertThat(Failures.isThrottling(service(400, "TransactionInProgressException")))
        .as("the SDK retries it as throttling; DynamoDB did not throttle it").isFalse();
    assertThat(Failures.isThrottling(service(400, "ConditionalCheckFailedException"))).isFalse();
    assertThat(Failures.isThrottling(service(500, "InternalServerError"))).isFalse();
    assertThat(Failures.isThrottling(new IllegalStateException("Throttled by a hook"))).isFalse();
  }

  private static DynamoDbException service(int status, String code) {
    return (DynamoDbException) DynamoDbException.builder().statusCode(status)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();
  }

  private static SdkClientException client(Throwable cause) {
    return SdkClientException.create("Unable to execute HTTP request: " + cause.getMessage(), cause);
  }

  /** Named like Apache's, whose connect timeouts are InterruptedIOExceptions. */
  private static final class ConnectTimeoutException extends java.io.InterruptedIOException {
    private static final long serialVersionUID = 1L;
  }
}
