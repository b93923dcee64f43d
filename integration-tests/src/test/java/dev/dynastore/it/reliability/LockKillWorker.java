package dev.dynastore.it.reliability;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withFence;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;

import dev.dynastore.DynastoreException;
import dev.dynastore.Dynastore;
import dev.dynastore.FencedOutException;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.LockLostException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.Table;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.locks.Lease;
import dev.dynastore.locks.LockOptions;
import dev.dynastore.locks.Locks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A worker process of {@link LockKillCampaignTest}: it takes the lock, then appends entries ({@code seq/worker/token})
 * to one history item with blind writes fenced by its lease, until it is killed, told to release, or loses the lock.
 * A blind write is what needs the fence: it checks no version, so only the fence keeps a holder that lost the lock
 * from overwriting the history of the next one.
 *
 * <p>On taking the lock it first <em>claims</em> the item: a compare-and-swap of the value it read, fenced by its
 * lease, which stores its fencing token before it relies on what it read. A write of the previous holder still in
 * flight then lands before the claim (and the claim reads again) or is refused after it; without the claim it could
 * land between the new holder's read and first write, and be overwritten although it was acknowledged.
 *
 * <p>{@code java LockKillWorker <table> <worker name> <seed>}, against {@code DYNASTORE_ENDPOINT}. It prints one line
 * per event, which the campaign reads: {@code ACQUIRED <token> <acquired at> <lease ends>}, {@code RENEWED <token>
 * <lease ends>}, {@code CLAIMED <token> <entries> <version>}, {@code WROTE <token> <seq> <version>},
 * {@code PAUSING <token> <seq>}, {@code RESUMED <token> <seq> <ms stood still>}, {@code REFUSED <token> <seq> <stored
 * token>}, {@code UNKNOWN <token> <seq>}, {@code LOST <token> <why>}, {@code RELEASING}/{@code RELEASED <token>},
 * {@code FAILED <token> <exception>}. Commands come on standard input, one a line: {@code RELEASE} (after the current
 * write), {@code PAUSE} (hold the next write after every check, just before it is sent), {@code GO} (send it); the
 * process ends when its input does.
 */
public final class LockKillWorker {
  /** A short lease, so that a takeover comes soon after a kill. */
  static final Duration LEASE = Duration.ofMillis(1500);
  /** The clock skew allowed for: shorter than the default 1 s, which a 1.5 s lease cannot have with its heartbeat. */
  static final Duration SAFETY_MARGIN = Duration.ofMillis(300);
  static final String LOCKS = "locks";
  static final String LOCK = "history";
  static final String ITEMS = "items";
  static final String HISTORY = "history";
  /** The first word of the history item's value; the entries follow, one per acknowledged (or unknown) write. */
  static final String HEADER = "history";

  private final String name;
  private final KVPartition items;
  private final Locks locks;
  private final PauseBeforeSending pause;
  private final Random random;
  private final AtomicBoolean releaseAsked = new AtomicBoolean();
  private final AtomicBoolean pauseAsked = new AtomicBoolean();

  private LockKillWorker(String name, Table table, PauseBeforeSending pause, long seed) {
    this.name = name;
    this.items = table.partition(ITEMS);
    this.locks = table.locks(LOCKS, options(name));
    this.pause = pause;
    this.random = new Random(seed);
  }

  /** The lock options of every worker: the lease, the default heartbeat (a third of it), a quick back-off. */
  static LockOptions options(String owner) {
    return LockOptions.builder().owner(owner).leaseDuration(LEASE).safetyMargin(SAFETY_MARGIN)
        .backoff(Duration.ofMillis(10), Duration.ofMillis(100)).build();
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: LockKillWorker <table> <worker name> <seed>");
      System.exit(2);
    }
    PauseBeforeSending pause = new PauseBeforeSending();
    try (DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(URI.create(System.getenv("DYNASTORE_ENDPOINT")))
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(pause).build())
        .build()) {
      Table table = Dynastore.builder().client(client).build().table(args[0]);
      LockKillWorker worker = new LockKillWorker(args[1], table, pause, Long.parseLong(args[2]));
      worker.readCommands();
      worker.run();
    }
  }

  private void run() throws InterruptedException {
    say("STARTED");
    while (true) {
      Optional<Lease> acquired = locks.tryAcquire(LOCK, Duration.ofMinutes(10));
      if (acquired.isPresent()) {
        hold(acquired.get());
      }
    }
  }

  /** Works under one lease until it is released or lost. */
  private void hold(Lease lease) throws InterruptedException {
    long token = lease.fencingToken();
    // the acquirer's clock when it took the lock: the lease ends one lease duration later (until the first renewal,
    // a heartbeat from now)
    Instant ends = lease.leaseEnds();
    releaseAsked.set(false); // commands are for the tenure they were sent in: one that came late is dropped
    pauseAsked.set(false);
    say("ACQUIRED " + token + " " + ends.minus(LEASE) + " " + ends);
    Thread renewals = reportRenewals(lease);
    try {
      List<String> history = claim(lease);
      while (history != null) {
        if (releaseAsked.getAndSet(false)) {
          say("RELEASING " + token);
          lease.release();
          say("RELEASED " + token);
          Thread.sleep(300); // let a waiting worker take it
          return;
        }
        history = append(lease, history);
        Thread.sleep(5 + random.nextInt(36));
      }
    } catch (LockLostException lost) {
      say("LOST " + token + " " + lost.getMessage());
    } catch (DynastoreException failed) {
      say("FAILED " + token + " " + failed.getClass().getSimpleName());
      say("RELEASING " + token);
      lease.close();
      say("RELEASED " + token);
    } finally {
      renewals.interrupt();
      lease.close(); // after a refused write: a newer holder has the lock, and this lease has nothing to release
    }
  }

  /**
   * Stores this lease's token on the history item by a fenced compare-and-swap of the value read, reading again while
   * an earlier holder's late write gets in between; the history read, or null when a newer holder has written it.
   */
  private List<String> claim(Lease lease) {
    long token = lease.fencingToken();
    while (true) {
      Optional<KVPair> read = items.get(HISTORY, consistent());
      String value = read.map(KVPair::stringValue).orElse(HEADER);
      try {
        KVPair claimed = read.isPresent()
            ? items.atomicPut(HISTORY, withString(value), withPreviousKV(read.get()), withFence(lease))
            : items.atomicPut(HISTORY, withString(value), withFence(lease));
        List<String> history = entries(value);
        say("CLAIMED " + token + " " + history.size() + " " + claimed.version());
        return history;
      } catch (KeyModifiedException | KeyExistsException | OutcomeUnknownException changed) {
        say("RECLAIMING " + token + " " + changed.getClass().getSimpleName());
      } catch (FencedOutException refused) {
        say("REFUSED " + token + " 0 " + refused.storedToken());
        return null;
      }
    }
  }

  /** Appends one entry with a blind write fenced by the lease; the history after it, or null when refused. */
  private List<String> append(Lease lease, List<String> history) {
    long token = lease.fencingToken();
    int seq = history.size() + 1;
    List<String> next = new ArrayList<>(history);
    next.add(seq + "/" + name + "/" + token);
    StringJoiner value = new StringJoiner(" ").add(HEADER);
    next.forEach(value::add);
    if (pauseAsked.getAndSet(false)) {
      pause.armOnce(token, seq);
    }
    try {
      KVPair written = items.put(HISTORY, withString(value.toString()), withFence(lease));
      say("WROTE " + token + " " + seq + " " + written.version());
      return next;
    } catch (FencedOutException refused) {
      say("REFUSED " + token + " " + seq + " " + refused.storedToken());
      return null;
    } catch (OutcomeUnknownException unknown) {
      say("UNKNOWN " + token + " " + seq);
      return claim(lease); // it may have landed: read what is stored, under this lease's fence
    } finally {
      pause.disarm();
    }
  }

  /** The entries of a stored history value. */
  static List<String> entries(String value) {
    List<String> words = Arrays.asList(value.split(" "));
    if (words.isEmpty() || !words.get(0).equals(HEADER)) {
      throw new IllegalStateException("not a history: " + value);
    }
    return new ArrayList<>(words.subList(1, words.size()));
  }

  /** A thread that prints each new lease end the heartbeat stored, until interrupted. */
  private Thread reportRenewals(Lease lease) {
    Thread reporter = new Thread(() -> {
      Instant known = lease.leaseEnds();
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Instant ends = lease.leaseEnds();
          if (!ends.equals(known)) {
            known = ends;
            say("RENEWED " + lease.fencingToken() + " " + ends);
          }
          TimeUnit.MILLISECONDS.sleep(5);
        }
      } catch (InterruptedException done) {
        // the tenure is over
      }
    }, "renewal-reporter");
    reporter.setDaemon(true);
    reporter.start();
    return reporter;
  }

  /** Reads commands from standard input; ends the process when the campaign closes it (or dies). */
  private void readCommands() {
    Thread reader = new Thread(() -> {
      try (BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        for (String command = commands.readLine(); command != null; command = commands.readLine()) {
          switch (command.trim()) {
            case "RELEASE" -> releaseAsked.set(true);
            case "PAUSE" -> pauseAsked.set(true);
            case "GO" -> pause.go();
            default -> say("IGNORED " + command);
          }
        }
      } catch (IOException parentGone) {
        // the same as the end of the input
      }
      Runtime.getRuntime().halt(3);
    }, "commands");
    reader.setDaemon(true);
    reader.start();
  }

  private static void say(String event) {
    synchronized (System.out) {
      System.out.println(event);
      System.out.flush();
    }
  }

  /**
   * Holds the armed write on the writing thread after every check Dynastore makes and just before it is sent,
   * announcing it ({@code PAUSING}), until the campaign says {@code GO} (at most a minute). Meanwhile the campaign
   * stops the whole process (SIGSTOP), as a garbage collection or a frozen container would, so that its heartbeat
   * stops too and the lock is taken over; then it continues it and lets the write go. {@code RESUMED} reports the
   * longest gap in the wait: how long the process stood still.
   */
  static final class PauseBeforeSending implements ExecutionInterceptor {
    private volatile Thread armedThread;
    private volatile String armedFor;
    private volatile CountDownLatch go = new CountDownLatch(0);

    void armOnce(long token, int seq) {
      go = new CountDownLatch(1);
      armedFor = token + " " + seq;
      armedThread = Thread.currentThread(); // not the heartbeat's renewals, which go through this client too
    }

    void disarm() {
      armedFor = null;
      armedThread = null;
    }

    void go() {
      go.countDown();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
      String write = armedFor;
      if (write == null || Thread.currentThread() != armedThread) {
        return;
      }
      armedFor = null;
      say("PAUSING " + write);
      long start = System.nanoTime();
      long last = start;
      long longestGap = 0;
      try {
        while (!go.await(10, TimeUnit.MILLISECONDS) && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(1)) {
          long now = System.nanoTime();
          longestGap = Math.max(longestGap, now - last);
          last = now;
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      longestGap = Math.max(longestGap, System.nanoTime() - last);
      say("RESUMED " + write + " " + TimeUnit.NANOSECONDS.toMillis(longestGap));
    }
  }
}
