package dev.dynastore.samples.jobs;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.testing.LocalDynamoDb;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Three {@link JobWorker} processes share a table of jobs: {@code steady} works normally; {@code doomed} is killed
 * (SIGKILL) as soon as it claims its first job; {@code paused} is stopped (SIGSTOP) just before its first finishing
 * write leaves, and resumed (SIGCONT) once another worker has taken that job over and finished it. Every job is
 * finished exactly once: the killed worker's job after its lease ran out, and the paused worker's late write is
 * refused by its fence.
 *
 * <p>Run it with {@code mvn -pl samples/jobs -am -Prun-jobs package}: it starts a local DynamoDB (dynalite) unless
 * {@code DYNASTORE_ENDPOINT} names one, which the workers then use with the default credentials and region.
 */
public final class JobsDemo {
  static final String TABLE = "JobsDemo";
  static final int JOBS = 10;

  private final DynamoDbClient client;
  private final URI endpoint;
  private final String tableName;
  private final PrintStream out;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final List<Event> log = Collections.synchronizedList(new ArrayList<>());

  /** One line a worker printed, and when it was read. */
  public record Event(String worker, String line, Instant at) {
    String kind() {
      return line.split(" ")[0];
    }

    String job() {
      String[] parts = line.split(" ");
      return parts.length > 1 ? parts[1] : null;
    }

    long token() {
      return Long.parseLong(line.split(" ")[2]);
    }
  }

  /** What happened: every event, the final jobs, the job the killed worker held, the job the paused one held. */
  public record Report(List<Event> events, Map<String, Job> jobs, Event killedAt, Event pausedAt,
      Instant resumedAt) {}

  JobsDemo(DynamoDbClient client, URI endpoint, String tableName, PrintStream out) {
    this.client = client;
    this.endpoint = endpoint;
    this.tableName = tableName;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    try (LocalDynamoDb dynamo = LocalDynamoDb.fromEnvironment(); DynamoDbClient client = dynamo.newClient()) {
      System.out.println("DynamoDB: " + dynamo);
      Report report = new JobsDemo(client, dynamo.endpoint(), TABLE + "-" + System.currentTimeMillis(), System.out)
          .run();
      System.out.println();
      report.jobs().values().forEach(job -> System.out.printf("%s %s by %s (fencing token %d), claimed %d time(s)%n",
          job.id(), job.status(), job.worker(), job.fencingToken(), job.attempts()));
    }
  }

  /** Seeds the jobs, runs the workers through the story, and waits until every job is done and they exit. */
  Report run() throws Exception {
    Table table = Dynastore.builder().client(client).build().table(tableName);
    JobRepository jobs = new JobRepository(table);
    jobs.createTableIfMissing();
    for (int i = 1; i <= JOBS; i++) {
      jobs.create(Job.pending(String.format("job-%02d", i)));
    }
    out.println("seeded " + JOBS + " jobs in table " + tableName);

    Process steady = start("steady", false);
    Process doomed = start("doomed", false);
    Process paused = start("paused", true);
    Event killedAt = null;
    Event pausedAt = null;
    Instant resumedAt = null;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    try {
      while (steady.isAlive() || paused.isAlive() || pausedAt != null && resumedAt == null) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the workers did not finish within 2 minutes: " + log);
        }
        Event event = events.poll(100, TimeUnit.MILLISECONDS);
        if (event != null && killedAt == null && event.worker().equals("doomed") && event.kind().equals("CLAIMED")) {
          doomed.destroyForcibly().waitFor(); // SIGKILL: no release, no last words; its lease runs out
          killedAt = event;
          out.println(">> killed doomed (SIGKILL) while it held " + event.job());
        }
        if (event != null && pausedAt == null && event.worker().equals("paused") && event.kind().equals("PAUSING")) {
          signal(paused, "STOP");
          pausedAt = event;
          out.println(">> stopped paused (SIGSTOP) as its write finishing " + event.job() + " was about to leave");
        }
        if (pausedAt != null && resumedAt == null && finishedByAnother(jobs, pausedAt)) {
          signal(paused, "CONT");
          resumedAt = Instant.now();
          out.println(">> resumed paused (SIGCONT) after " + pausedAt.job() + " was finished by another worker");
        }
      }
      steady.waitFor(30, TimeUnit.SECONDS);
      paused.waitFor(30, TimeUnit.SECONDS);
      Thread.sleep(200); // the last lines
    } finally {
      for (Process process : List.of(steady, doomed, paused)) {
        if (process.isAlive()) {
          signal(process, "CONT");
          process.destroyForcibly();
        }
      }
    }
    Map<String, Job> finished = new TreeMap<>();
    try (Stream<Job> all = jobs.listing().stream(PageRequest.first(100))) {
      all.forEach(job -> finished.put(job.id(), job));
    }
    return new Report(List.copyOf(log), finished, killedAt, pausedAt, resumedAt);
  }

  private static boolean finishedByAnother(JobRepository jobs, Event paused) {
    Job job = jobs.get(paused.job(), Consistency.STRONG).orElseThrow().value();
    return job.status() == JobStatus.DONE && !job.worker().equals(paused.worker());
  }

  /** Starts a worker JVM with this JVM's class path, and a thread that reads its lines into the events. */
  private Process start(String worker, boolean pauseBeforeFinishing) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        JobWorker.class.getName(), tableName, worker));
    if (pauseBeforeFinishing) {
      command.add("--pause-before-finishing");
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (endpoint != null) {
      builder.environment().put("DYNASTORE_ENDPOINT", endpoint.toString());
      builder.environment().putIfAbsent("AWS_REGION", "us-east-1");
      builder.environment().putIfAbsent("AWS_ACCESS_KEY_ID", "local");
      builder.environment().putIfAbsent("AWS_SECRET_ACCESS_KEY", "local");
    }
    Process process = builder.start();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          Event event = new Event(worker, line, Instant.now());
          log.add(event);
          events.add(event);
          out.println(String.format("%-7s %s", worker, line));
        }
      } catch (IOException e) {
        // the process is gone
      }
    }, "reader-" + worker);
    reader.setDaemon(true);
    reader.start();
    return process;
  }

  /** Sends a signal (STOP, CONT) with the system's kill command. */
  private static void signal(Process process, String signal) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
  }

  /** The events of one kind, for the report. */
  static List<Event> of(Report report, String kind) {
    return report.events().stream().filter(event -> event.kind().equals(kind)).collect(Collectors.toList());
  }
}
