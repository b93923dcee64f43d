package dev.dynastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** What a request's result says, and what it refuses to say. */
class RequestResultTest {
  private static final Duration LATENCY = Duration.ofMillis(12);

  @Test
  void theShortFormsAreOneAttemptOfNoEntityType() {
    RequestResult answered = RequestResult.answered(PutItemResponse.builder()
        .consumedCapacity(ConsumedCapacity.builder().capacityUnits(2.0).build()).build(), LATENCY);
    RequestResult failed = RequestResult.failed(new IllegalStateException("refused"), LATENCY);

    assertThat(answered.entityType()).isNull();
    assertThat(answered.attempts()).isEqualTo(1);
    assertThat(answered.throttledAttempts()).isZero();
    assertThat(answered.writeUnits()).isEqualTo(2.0);
    assertThat(answered.readUnits()).isZero();
    assertThat(failed.entityType()).isNull();
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.throttledAttempts()).isZero();
  }

  @Test
  void theFullFormsSayWhoAskedAndHowOften() {
    RequestResult answered = RequestResult.answered(String.class, GetItemResponse.builder()
        .consumedCapacity(ConsumedCapacity.builder().capacityUnits(0.5).build()).build(), LATENCY, 3, 2);
    RequestResult failed = RequestResult.failed(Integer.class, new IllegalStateException("down"), LATENCY, 2, 0);

    assertThat(answered.entityType()).isEqualTo(String.class);
    assertThat(answered.attempts()).isEqualTo(3);
    assertThat(answered.throttledAttempts()).isEqualTo(2);
    assertThat(answered.readUnits()).isEqualTo(0.5);
    assertThat(failed.entityType()).isEqualTo(Integer.class);
    assertThat(failed.attempts()).isEqualTo(2);
    assertThat(RequestResult.failed(null, new IllegalStateException("refused by a hook"), LATENCY, 0, 0).attempts())
        .as("never sent").isZero();
  }

  @Test
  void countsThatCannotBeAreRefused() {
    PutItemResponse response = PutItemResponse.builder().build();
    assertThatThrownBy(() -> RequestResult.answered(null, response, LATENCY, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempts");
    assertThatThrownBy(() -> RequestResult.failed(null, new IllegalStateException(), LATENCY, -1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempts");
    assertThatThrownBy(() -> RequestResult.answered(null, response, LATENCY, 2, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("throttled");
    assertThatThrownBy(() -> RequestResult.answered(null, response, LATENCY, 2, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("throttled");
    assertThatThrownBy(() -> RequestResult.failed(null, null, LATENCY, 1, 0))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aConditionFailedOnItsOwnOrInATransaction() {
    assertThat(RequestResult.failed(ConditionalCheckFailedException.builder().message("no").build(), LATENCY)
        .conditionFailed()).isTrue();
    assertThat(RequestResult.failed(cancelled("None", "ConditionalCheckFailed"), LATENCY).conditionFailed())
        .isTrue();
    assertThat(RequestResult.failed(cancelled("None", "ThrottlingError"), LATENCY).conditionFailed()).isFalse();
    assertThat(RequestResult.failed(TransactionCanceledException.builder().message("no reasons").build(), LATENCY)
        .conditionFailed()).isFalse();
    assertThat(RequestResult.failed(new IllegalStateException(), LATENCY).conditionFailed()).isFalse();
    assertThat(RequestResult.answered(PutItemResponse.builder().build(), LATENCY).conditionFailed()).isFalse();
  }

  private static TransactionCanceledException cancelled(String... codes) {
    CancellationReason[] reasons = new CancellationReason[codes.length];
    for (int i = 0; i < codes.length; i++) {
      reasons[i] = CancellationReason.builder().code(codes[i]).build();
    }
    return TransactionCanceledException.builder().message("cancelled")
        .cancellationReasons(reasons).build();
  }
}
