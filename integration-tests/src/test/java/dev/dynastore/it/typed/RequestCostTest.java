package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyRange;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.RequestHook;
import dev.dynastore.RequestResult;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import dev.dynastore.testing.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** What each call cost: consumed capacity and latency for a hook, and a page's scanned count and read units. */
@DynamoDbTest
class RequestCostTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:20Z");

  /** What the hook saw: each request's operation name and result, in order. */
  private final List<Object[]> finished = Collections.synchronizedList(new ArrayList<>());
  private final List<String> built = Collections.synchronizedList(new ArrayList<>());
  private ReadingRepository readings;
  private TestClock clock;
  private DynamoDbClient client;
  private String tableName;

  @BeforeEach
  void setUp(DynamoDbClient client, @TableName String name) {
    this.client = client;
    this.tableName = name;
    clock = TestClock.at(Instant.parse("2026-11-25T10:00:00Z"));
    RequestHook hook = new RequestHook() {
      @Override
      public void requestBuilt(String operation, DynamoDbRequest request) {
        built.add(operation);
      }

      @Override
      public void requestFinished(String operation, DynamoDbRequest request, RequestResult result) {
        finished.add(new Object[] {operation, result});
      }
    };
    readings = new ReadingRepository(Dynastore.builder().client(client).clock(clock).addRequestHook(hook).build()
        .table(name));
    readings.createTableIfMissing();
    finished.clear();
    built.clear();
  }

  @Test
  void everyRequestIsReportedOnceFinishedWithWhatItCost() {
    readings.create(reading(1, null));
    readings.get("s1", 1, Consistency.STRONG);
    readings.get("s1", 1);

    assertThat(built).containsExactly("AtomicPut", "Get", "Get");
    assertThat(operations()).containsExactly("AtomicPut", "Get", "Get");
    RequestResult create = result(0);
    assertThat(create.succeeded()).isTrue();
    assertThat(create.response()).isNotNull();
    assertThat(create.latency()).isPositive();
    assertThat(create.writeUnits()).as("a small item, its indexes too").isGreaterThanOrEqualTo(1.0);
    assertThat(create.readUnits()).isZero();
    // DynamoDB (and dynalite) charge 1 unit for a consistent read of a small item and 0.5 for an eventual one;
    // moto charges 0.5 for both
    assertThat(result(1).readUnits()).as("a consistent read of a small item").isBetween(0.5, 1.0);
    assertThat(result(2).readUnits()).as("an eventually consistent one").isEqualTo(0.5);
    assertThat(result(1).writeUnits()).isZero();
  }

  @Test
  void aPageSaysWhatItReadAndWhatItCost() {
    readings.create(reading(1, null));
    readings.create(reading(2, clock.instant().plusSeconds(5))); // expires: read and paid for, not returned
    readings.create(reading(3, null));
    clock.advance(Duration.ofSeconds(10));
    finished.clear();

    Page<Reading> page = readings.byAt("s1").where(KeyRange.atLeast(T)).list(PageRequest.first(10).consistent());

    assertThat(page.items()).extracting(Reading::seq).containsExactly(1, 3);
    assertThat(page.scannedCount()).as("the expired item was read").isEqualTo(3);
    assertThat(page.consumedReadUnits()).isPositive().isEqualTo(result(0).readUnits());
    assertThat(operations()).containsExactly("ListPage");

    assertThat(readings.byAt("s1").count(Consistency.STRONG)).isEqualTo(2);
    assertThat(operations()).containsExactly("ListPage", "Count");
    assertThat(result(1).readUnits()).isPositive();
  }

  @Test
  void aFailedRequestIsReportedWithItsFailure() {
    readings.create(reading(1, null));
    finished.clear();

    assertThatThrownBy(() -> readings.create(reading(1, null))).isInstanceOf(KeyExistsException.class);

    RequestResult failed = result(0);
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.response()).isNull();
    assertThat(failed.failure()).isInstanceOf(ConditionalCheckFailedException.class);
    assertThat(failed.readUnits() + failed.writeUnits()).isZero();
  }

  @Test
  void aHookThatFailsAfterTheAnswerDoesNotUndoTheWrite() throws InterruptedException {
    RequestHook failing = new RequestHook() {
      @Override
      public void requestBuilt(String operation, DynamoDbRequest request) {
      }

      @Override
      public void requestFinished(String operation, DynamoDbRequest request, RequestResult result) {
        throw new IllegalStateException("metrics backend down");
      }
    };
    ReadingRepository watched = new ReadingRepository(Dynastore.builder().client(client).clock(clock)
        .addRequestHook(failing).build().table(tableName));
    List<Throwable> handled = new ArrayList<>();
    Thread writer = new Thread(() -> {
      watched.create(reading(7, null)); // succeeds: DynamoDB applied it, whatever the hook does after
      assertThatThrownBy(() -> watched.create(reading(7, null))).isInstanceOf(KeyExistsException.class)
          .cause().satisfies(cause -> assertThat(cause.getSuppressed()).extracting(Throwable::getMessage)
              .containsExactly("metrics backend down"));
    });
    writer.setUncaughtExceptionHandler((thread, e) -> handled.add(e));
    writer.start();
    writer.join();

    assertThat(handled).extracting(Throwable::getMessage).containsExactly("metrics backend down");
    assertThat(readings.exists("s1", 7, Consistency.STRONG)).isTrue();
  }

  @Test
  void aHookThatFailsBeforeSendingStopsTheRequest() {
    ReadingRepository refusing = new ReadingRepository(Dynastore.builder().client(client).clock(clock)
        .addRequestHook((operation, request) -> {
          if (request instanceof PutItemRequest) {
            throw new IllegalStateException("no writes today");
          }
        }).build().table(tableName));

    assertThatThrownBy(() -> refusing.create(reading(8, null))).hasMessage("no writes today");
    assertThat(readings.exists("s1", 8, Consistency.STRONG)).isFalse();
  }

  @Test
  void everyHookThatSawARequestBuiltSeesItFinished() {
    List<String> seen = new ArrayList<>();
    RequestHook tracing = new RequestHook() {
      @Override
      public void requestBuilt(String operation, DynamoDbRequest request) {
        seen.add("built " + operation); // a span opened...
      }

      @Override
      public void requestFinished(String operation, DynamoDbRequest request, RequestResult result) {
        seen.add("finished " + operation + (result.succeeded() ? "" : ": " + result.failure().getMessage()));
      }
    };
    RequestHook vetoing = (operation, request) -> {
      if (operation.equals("ListPage")) {
        throw new IllegalStateException("quota exceeded");
      }
    };
    ReadingRepository watched = new ReadingRepository(Dynastore.builder().client(client).clock(clock)
        .addRequestHook(tracing).addRequestHook(vetoing).build().table(tableName));

    assertThatThrownBy(() -> watched.listing("s1").list(PageRequest.first(2))).hasMessage("quota exceeded");
    assertThat(seen).containsExactly("built ListPage", "finished ListPage: quota exceeded");
  }

  private List<String> operations() {
    synchronized (finished) {
      return finished.stream().map(entry -> (String) entry[0]).collect(java.util.stream.Collectors.toList());
    }
  }

  private RequestResult result(int index) {
    return (RequestResult) finished.get(index)[1];
  }

  private static Reading reading(int seq, Instant expiresAt) {
    return new Reading("s1", seq, "k", "label-" + seq, T.plusMillis(seq), BigDecimal.valueOf(seq), expiresAt);
  }
}
