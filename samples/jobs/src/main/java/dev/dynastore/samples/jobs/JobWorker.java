package dev.dynastore.samples.jobs;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.FencedOutException;
import dev.dynastore.LockLostException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.Versioned;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * A worker process: claims open jobs one at a time with a lease on the job's lock, does the work while the lease
 * renews itself, and finishes the job with a write fenced by the lease: a blind {@code put} of the result. A worker that lost its lease without
 * knowing (paused, as by a long garbage collection) cannot finish a job another worker has taken over: its write
 * is refused. Exits when no job is open.
 *
 * <p>{@code java JobWorker <table> <worker name> [--pause-before-finishing]}, against {@code DYNASTORE_ENDPOINT} if
 * set, else DynamoDB through the default credentials and region chains. It prints one line per event
 * ({@code CLAIMED <job> <token> <attempt>}, {@code DONE <job> <token>}, {@code FENCED_OUT <job> <token>}, ...), which
 * {@link JobsDemo} reads. With {@code --pause-before-finishing}, its first finishing write waits a moment after
 * every check Dynastore makes and before the request leaves ({@code PAUSING <job>}), so that the demo can stop
 * the process right there: the moment a real pause makes dangerous.
 */
public final class JobWorker {
  static final String LOCKS = "job-locks";
  static final Duration LEASE = Duration.ofSeconds(2);
  static final Duration WORK = Duration.ofMillis(800);

  private final String name;
  private final Table table;
  private final JobRepository jobs;
  private final Locks locks;
  private final PauseBeforeSending pause;

  JobWorker(String name, Table table, PauseBeforeSending pause) {
    this.name = name;
    this.table = table;
    this.jobs = new JobRepository(table);
    this.locks = table.locks(LOCKS, LockOptions.builder().owner(name).leaseDuration(LEASE)
        .heartbeat(Duration.ofMillis(500)).safetyMargin(Duration.ofMillis(300)).build());
    this.pause = pause;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: JobWorker <table> <worker name> [--pause-before-finishing]");
      System.exit(2);
    }
    exitWhenParentDies();
    PauseBeforeSending pause = new PauseBeforeSending(args.length > 2 && args[2].equals("--pause-before-finishing"));
    DynamoDbClientBuilder builder = DynamoDbClient.builder()
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(pause).build());
    String endpoint = System.getenv("DYNASTORE_ENDPOINT");
    if (endpoint != null && !endpoint.isEmpty()) {
      builder.endpointOverride(URI.create(endpoint));
    }
    try (DynamoDbClient client = builder.build()) {
      new JobWorker(args[1], Dynastore.builder().client(client).build().table(args[0]), pause).run();
    }
  }

  void run() throws InterruptedException {
    say("STARTED");
    while (true) {
      List<Job> open;
      try (Stream<Job> all = jobs.listing().stream(PageRequest.first(100))) {
        open = all.filter(job -> job.status() != JobStatus.DONE).collect(Collectors.toList());
      }
      if (open.isEmpty()) {
        say("IDLE");
        return;
      }
      boolean worked = false;
      for (Job job : open) {
        Optional<Lease> lease = locks.tryAcquire(job.id());
        if (lease.isPresent()) {
          worked |= work(lease.get(), job.id());
        }
      }
      if (!worked) {
        Thread.sleep(100); // every open job is held by another worker: look again soon
      }
    }
  }

  /** Works on one job under its lease; whether it did any work. */
  private boolean work(Lease lease, String id) throws InterruptedException {
    long token = lease.fencingToken();
    try (lease) {
      JobRepository fenced = new JobRepository(table.fencedBy(lease));
      Versioned<Job> current = fenced.get(id, Consistency.STRONG).orElseThrow();
      if (current.value().status() == JobStatus.DONE) {
        return false; // finished by another worker between the listing and the lock
      }
      Versioned<Job> claimed = fenced.update(current, current.value().claimedBy(name, token));
      say("CLAIMED " + id + " " + token + " " + claimed.value().attempts());
      Thread.sleep(WORK.toMillis()); // the work; the lease renews itself meanwhile
      pause.armOnce(id);
      // a blind write of the result, as a worker writes output it never read: no version check can refuse it, and
      // without the fence a worker that lost its job would overwrite the result of the one that took it over
      fenced.put(claimed.value().doneBy(name, token, "done by " + name));
      say("DONE " + id + " " + token);
      return true;
    } catch (FencedOutException refused) {
      say("FENCED_OUT " + id + " " + token + " newer " + refused.storedToken());
      return true;
    } catch (LockLostException lost) {
      say("LOST " + id + " " + token);
      return true;
    } catch (OutcomeUnknownException unknown) {
      say("UNKNOWN " + id + " " + token + " " + unknown.getMessage());
      return true;
    } finally {
      pause.disarm();
    }
  }

  private void say(String event) {
    System.out.println(event);
    System.out.flush();
  }

  /** Ends this process when the process that started it closes its standard input (or dies). */
  private static void exitWhenParentDies() {
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // nothing is sent; the stream ends with the parent
        }
      } catch (IOException e) {
        // the same: the parent is gone
      }
      Runtime.getRuntime().halt(3);
    }, "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /**
   * For the demo only: holds the first finishing write of a worker started with {@code --pause-before-finishing}
   * for a moment after it passed every check and before it is sent, announcing it, so that the demo can stop the
   * process there (SIGSTOP), as a garbage collection or a frozen container would.
   */
  static final class PauseBeforeSending implements ExecutionInterceptor {
    private final boolean enabled;
    private volatile String armedFor;
    private volatile Thread armedThread;
    private boolean used;

    PauseBeforeSending(boolean enabled) {
      this.enabled = enabled;
    }

    synchronized void armOnce(String job) {
      if (enabled && !used) {
        used = true;
        armedThread = Thread.currentThread(); // not the lease's heartbeat, which writes through this client too
        armedFor = job;
      }
    }

    void disarm() {
      armedFor = null;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
      String job = armedFor;
      if (job != null && Thread.currentThread() == armedThread && context.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("").endsWith("UpdateItem")) {
        armedFor = null;
        System.out.println("PAUSING " + job);
        System.out.flush();
        try {
          Thread.sleep(1500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
