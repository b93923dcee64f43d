package dev.dynastore.samples.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.samples.jobs.JobsDemo.Event;
import dev.dynastore.samples.jobs.JobsDemo.Report;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The job workers' demo, with real processes: a worker killed mid-job and one paused past its lease, and still
 * every job finished exactly once, the killed worker's job taken over after its lease, the paused worker's late
 * write refused. Needs atomic conditional writes (not moto) and Unix signals (SIGSTOP, SIGCONT).
 */
@DynamoDbTest
@RequiresFeature(Feature.ATOMIC_CONDITIONAL_WRITES)
@EnabledOnOs({OS.LINUX, OS.MAC})
class JobsDemoTest {
  @Test
  void everyJobIsDoneExactlyOnceThoughOneWorkerIsKilledAndOnePaused(LocalDynamoDb dynamo, DynamoDbClient client,
      @TableName String table) throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    Report report = new JobsDemo(client, dynamo.endpoint(), table, out).run();
    String transcript = output.toString(StandardCharsets.UTF_8);

    // every job done, and finished exactly once: one DONE line each, by the worker and token the item names
    assertThat(report.jobs()).hasSize(JobsDemo.JOBS);
    Map<String, List<Event>> done = JobsDemo.of(report, "DONE").stream()
        .collect(Collectors.groupingBy(Event::job));
    assertThat(done).as(transcript).hasSize(JobsDemo.JOBS);
    for (Job job : report.jobs().values()) {
      assertThat(job.status()).as(job.id()).isEqualTo(JobStatus.DONE);
      assertThat(done.get(job.id())).as(job.id() + " finished once\n" + transcript).hasSize(1);
      Event finish = done.get(job.id()).get(0);
      assertThat(job.worker()).isEqualTo(finish.worker());
      assertThat(job.fencingToken()).isEqualTo(finish.token());
      assertThat(job.result()).isEqualTo("done by " + finish.worker());
    }

    // the killed worker's job: taken over only after its lease ran out, with a larger token
    Event killed = report.killedAt();
    assertThat(killed).as(transcript).isNotNull();
    Job killedJob = report.jobs().get(killed.job());
    assertThat(killedJob.worker()).isNotEqualTo("doomed");
    assertThat(killedJob.attempts()).isEqualTo(2);
    assertThat(killedJob.fencingToken()).isGreaterThan(killed.token());
    Event takeover = JobsDemo.of(report, "CLAIMED").stream()
        .filter(event -> event.job().equals(killed.job()) && !event.worker().equals("doomed")).findFirst()
        .orElseThrow();
    // the lease was last renewed at most a heartbeat (500 ms) before the kill, and lasts 2 s
    assertThat(Duration.between(killed.at(), takeover.at())).as(transcript)
        .isGreaterThanOrEqualTo(JobWorker.LEASE.minusMillis(500).minusMillis(100));

    // the paused worker's late write: refused by the fence, the job finished by another worker
    Event paused = report.pausedAt();
    assertThat(paused).as(transcript).isNotNull();
    assertThat(report.resumedAt()).isNotNull();
    Job pausedJob = report.jobs().get(paused.job());
    assertThat(pausedJob.worker()).isNotEqualTo("paused");
    List<Event> refused = JobsDemo.of(report, "FENCED_OUT");
    assertThat(refused).as(transcript).singleElement().satisfies(event -> {
      assertThat(event.worker()).isEqualTo("paused");
      assertThat(event.job()).isEqualTo(paused.job());
      assertThat(event.at()).isAfter(report.resumedAt());
      assertThat(event.token()).isLessThan(pausedJob.fencingToken());
    });
    assertThat(JobsDemo.of(report, "UNKNOWN")).as(transcript).isEmpty();
  }
}
