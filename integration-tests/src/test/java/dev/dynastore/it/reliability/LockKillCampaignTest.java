package dev.dynastore.it.reliability;

import static dev.dynastore.kv.ReadOption.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.dynastore.Dynastore;
import dev.dynastore.Table;
import dev.dynastore.locks.LockHolder;
import dev.dynastore.locks.Locks;
import dev.dynastore.testing.Backend;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The holder of a lock dies: worker processes ({@link LockKillWorker}) take one lock in turn and append to one
 * history item with blind writes fenced by their lease, and each round kills the holder with SIGKILL at a point drawn
 * at random (seeded, {@code -Dlockkill.seed}): right after it acquired, in a burst of writes, just before or just after
 * a renewal, during its release. In at least one round the holder is instead stopped (SIGSTOP) with a write in hand,
 * the lock taken over and written, and the holder continued: its late write must be refused. A round whose holder
 * loses its lease by itself before the kill point (a heartbeat starved on a loaded machine) is played again.
 *
 * <p>What it proves, from the lines the workers print and the history stored: (1) the lock is taken over only once the
 * dead holder's lease has ended, by the lease end it last stored (no tolerance is needed: the processes share one
 * clock and print the instants Dynastore used, and the acquisition instant is the new lease's end less its duration);
 * a holder that had begun to release is exempt, as its release may have freed the lock; (2) every takeover's fencing
 * token is larger than the dead holder's; (3) no write of a holder lands after a newer holder wrote: the tokens of
 * the acknowledged writes never go down in version order, nor do those of the stored history, and the stopped
 * holder's late write is refused; (4) every acknowledged write is in the stored history, in its place, and the only
 * entries not acknowledged are at most one write in flight per killed holder (or one reported unknown).
 *
 * <p>{@code -Dsoak} runs 48 rounds instead of 8. Not on moto, whose conditional writes are not atomic under
 * concurrency (see LOCAL_DYNAMODB.md); on dynalite (one of its own: see {@link Server}) and on any
 * DYNASTORE_ENDPOINT, which it never needs to kill.
 */
@DynamoDbTest
@RequiresFeature(Feature.ATOMIC_CONDITIONAL_WRITES)
@EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "it sends SIGSTOP and SIGCONT with kill(1)")
class LockKillCampaignTest {
  private static final int ROUNDS_PER_POINT = Campaigns.SOAK ? 8 : 1;
  private static final int EXTRA_ROUNDS = Campaigns.SOAK ? 0 : 2;
  private static final Duration FIRST_ACQUISITION = Duration.ofMinutes(2); // two JVMs starting on a loaded machine
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration HEARTBEAT = LockKillWorker.options("any").heartbeat();

  /** Where in a holder's life the campaign kills it. */
  enum KillPoint {
    RIGHT_AFTER_ACQUIRE("right after acquiring"),
    MID_WRITE_BURST("in a burst of writes"),
    JUST_BEFORE_RENEWAL("just before a renewal"),
    JUST_AFTER_RENEWAL("just after a renewal"),
    DURING_RELEASE("during its release"),
    PAUSED_MID_WRITE("after a stop (SIGSTOP) with a write in hand and a continue once the lock was taken over");

    final String words;

    KillPoint(String words) {
      this.words = words;
    }
  }

  /** What one round did and saw. */
  record Round(int number, KillPoint point, String victim, long victimToken, String detail, Event takeover,
      Instant knownLeaseEnd, Instant storedLeaseEnd, boolean releaseBegun, long killToTakeoverMillis) {
    long afterLeaseEndMillis() {
      return Duration.between(leaseEndBound(), takeover.instant(0)).toMillis();
    }

    long afterLastRenewalMillis() {
      return Duration.between(knownLeaseEnd.minus(LockKillWorker.LEASE), takeover.instant(0)).toMillis();
    }

    /** The latest lease end the dead holder is known to have stored. */
    Instant leaseEndBound() {
      return storedLeaseEnd != null && storedLeaseEnd.isAfter(knownLeaseEnd) ? storedLeaseEnd : knownLeaseEnd;
    }

    boolean takenOverEarly() {
      return takeover.instant(0).isBefore(leaseEndBound());
    }
  }

  private final Map<String, WorkerProcess> workers = new LinkedHashMap<>();
  private final EventLog log = new EventLog();
  private final Set<String> killed = new HashSet<>();
  private Server server;
  private String tableName;
  private long seed;
  private int started;

  @Test
  void aKilledHoldersLockIsTakenOverOnlyAfterItsLeaseAndNoneOfItsWritesLandsAfterward(LocalDynamoDb dynamo,
      @TableName String table) throws Exception {
    try (Server target = dynamo.backend() == Backend.DYNALITE ? Server.guardedDynalite() : Server.of(dynamo)) {
      this.server = target;
      this.tableName = table;
      this.seed = Long.getLong("lockkill.seed", System.nanoTime());
      System.out.println("[lock-kill] seed " + seed + " (rerun with -Dlockkill.seed=" + seed + "), " + target);
      campaign();
    }
  }

  private void campaign() throws Exception {
    Random random = new Random(seed);
    Table store = Dynastore.builder().client(server.client).build().table(tableName);
    store.createIfMissing();
    Locks locks = store.locks(LockKillWorker.LOCKS, LockKillWorker.options("campaign"));
    List<KillPoint> plan = plan(random);
    List<Round> rounds = new ArrayList<>();
    long start = System.nanoTime();
    try {
      start();
      start();
      warmUp();
      for (int number = 1; number <= plan.size(); number++) {
        Round round = null;
        for (int attempt = 1; round == null; attempt++) {
          assertThat(attempt).as("attempts at round %d: its holders kept losing their leases by themselves (seed %d)",
              number, seed).isLessThanOrEqualTo(5);
          round = playRound(number, plan.get(number - 1), log.awaitHolder(EVENT_TIMEOUT), locks, random);
        }
        rounds.add(round);
        System.out.println(String.format("[lock-kill] round %d, holder %s (token %d) killed %s: %s; %s took over with"
            + " token %d, %+d ms after the lease end it last stored, %d ms after the signal", number, round.victim(),
            round.victimToken(), round.point().words, round.detail(), round.takeover().worker(),
            round.takeover().token(), round.afterLeaseEndMillis(), round.killToTakeoverMillis()));
      }
    } finally {
      stopAll();
    }
    Thread.sleep(300); // a write the last holder had in flight lands now or never
    String stored = store.partition(LockKillWorker.ITEMS).get(LockKillWorker.HISTORY, consistent()).orElseThrow()
        .stringValue();
    List<Event> events = log.snapshot();
    checkRounds(rounds);
    checkEveryHandover(events, rounds);
    List<String> unacknowledged = checkWrites(events, LockKillWorker.entries(stored));
    record(rounds, events, unacknowledged, (System.nanoTime() - start) / 1_000_000_000.0);
  }

  /**
   * Waits until both first workers have started and the first holder has renewed twice (or lost its lease). The first
   * acquisition of a JVM just started, beside another starting, can take over 700 ms to return; its first renewal is
   * due a heartbeat after that return, past the lease's end less the margin, so the lease is lost unrenewed.
   */
  private void warmUp() throws InterruptedException, TimeoutException {
    log.awaitNth(2, "two workers started", FIRST_ACQUISITION, e -> e.is("STARTED"), e -> false);
    Event first = log.awaitHolder(FIRST_ACQUISITION);
    log.awaitNth(2, "two renewals of the first holder", EVENT_TIMEOUT, e -> e.is("RENEWED")
        && e.token() == first.token(), e -> e.token() == first.token() && e.endsTenure());
  }

  /** Every kill point ROUNDS_PER_POINT times, plus EXTRA_ROUNDS drawn at random, shuffled. */
  private static List<KillPoint> plan(Random random) {
    List<KillPoint> plan = new ArrayList<>();
    for (int i = 0; i < ROUNDS_PER_POINT; i++) {
      plan.addAll(Arrays.asList(KillPoint.values()));
    }
    for (int i = 0; i < EXTRA_ROUNDS; i++) {
      plan.add(KillPoint.values()[random.nextInt(KillPoint.values().length)]);
    }
    Collections.shuffle(plan, random);
    return plan;
  }

  /**
   * Kills (or stops) the holder at the round's point, and waits for another worker to take the lock over; null when
   * the holder lost its lease by itself first (a heartbeat starved on a loaded machine), to play the round again.
   */
  private Round playRound(int number, KillPoint point, Event holding, Locks locks, Random random) throws Exception {
    WorkerProcess victim = workers.get(holding.worker());
    long token = holding.token();
    if (point == KillPoint.RIGHT_AFTER_ACQUIRE && System.nanoTime() - holding.readNanos() > 50_000_000L) {
      // the holder acquired a while ago: have it release, and kill the next acquirer as soon as it acquires
      victim.send("RELEASE");
      holding = log.await("an acquisition after " + victim.name + " released", EVENT_TIMEOUT,
          e -> e.is("ACQUIRED") && e.token() > token);
      victim = workers.get(holding.worker());
      String detail = sleepThenKill(victim, random.nextInt(31), "+%d ms, after " + holding.worker() + " released");
      return killRound(number, point, victim, detail, locks);
    }
    long victimToken = holding.token();
    String name = victim.name;
    Predicate<Event> ofVictim = e -> e.worker().equals(name) && e.token() == victimToken;
    if (point != KillPoint.RIGHT_AFTER_ACQUIRE) {
      Thread.sleep(random.nextInt(801)); // the holder works a while: the kill comes after a varying number of writes
    }
    switch (point) {
      case RIGHT_AFTER_ACQUIRE -> {
        long wait = Math.max(0, random.nextInt(31) - (System.nanoTime() - holding.readNanos()) / 1_000_000);
        return killRound(number, point, victim, sleepThenKill(victim, (int) wait, "+%d ms"), locks);
      }
      case MID_WRITE_BURST -> {
        int writes = log.count(ofVictim.and(e -> e.is("WROTE"))) + 1 + random.nextInt(6);
        Event seen = log.awaitNth(writes, "write " + writes + " of " + name, EVENT_TIMEOUT,
            ofVictim.and(e -> e.is("WROTE")), ofVictim.and(Event::endsTenure));
        if (seen.endsTenure()) {
          return null;
        }
        String detail = sleepThenKill(victim, random.nextInt(26), "after its write " + writes + " +%d ms");
        return killRound(number, point, victim, detail, locks);
      }
      case JUST_BEFORE_RENEWAL -> {
        // the heartbeat renews a heartbeat after the last acquisition or renewal returned; the kill comes up to 80 ms
        // before a heartbeat after it started (its lease end less the lease), so before the renewal leaves
        Instant renewed = log.knownLeaseEnd(name, victimToken).minus(LockKillWorker.LEASE);
        Instant due = renewed.plus(HEARTBEAT);
        while (due.isBefore(Instant.now().plusMillis(100))) {
          due = due.plus(HEARTBEAT);
        }
        int early = random.nextInt(81);
        sleepUntil(due.minusMillis(early));
        victim.kill();
        killed.add(name);
        return killRound(number, point, victim, early + " ms before the renewal due at " + due, locks);
      }
      case JUST_AFTER_RENEWAL -> {
        int renewals = log.count(ofVictim.and(e -> e.is("RENEWED"))) + 1;
        Event seen = log.awaitNth(renewals, "renewal " + renewals + " of " + name, EVENT_TIMEOUT,
            ofVictim.and(e -> e.is("RENEWED")), ofVictim.and(Event::endsTenure));
        if (seen.endsTenure()) {
          return null;
        }
        String detail = sleepThenKill(victim, random.nextInt(41), "after its renewal " + renewals + " +%d ms");
        return killRound(number, point, victim, detail, locks);
      }
      case DURING_RELEASE -> {
        victim.send("RELEASE");
        if (log.awaitNth(1, "the release of " + name, EVENT_TIMEOUT, ofVictim.and(e -> e.is("RELEASING")),
            ofVictim.and(Event::endsTenure)).endsTenure()) {
          return null;
        }
        String detail = sleepThenKill(victim, random.nextInt(16), "+%d ms after it began to release");
        return killRound(number, point, victim, detail, locks);
      }
      case PAUSED_MID_WRITE -> {
        return pausedRound(number, victim, holding, locks);
      }
      default -> throw new AssertionError(point);
    }
  }

  /**
   * Stops the holder with a write in hand, waits until another worker took the lock over and wrote, continues the
   * stopped one (its write must be refused), then kills it.
   */
  private Round pausedRound(int number, WorkerProcess victim, Event holding, Locks locks) throws Exception {
    long victimToken = holding.token();
    String name = victim.name;
    Predicate<Event> ofVictim = e -> e.worker().equals(name) && e.token() == victimToken;
    victim.send("PAUSE");
    Event pausing = log.awaitNth(1, "the held write of " + name, EVENT_TIMEOUT, ofVictim.and(e -> e.is("PAUSING")),
        ofVictim.and(Event::endsTenure));
    if (pausing.endsTenure()) {
      return null;
    }
    victim.signal("STOP");
    long stoppedAt = System.nanoTime();
    Instant storedEnd = storedLeaseEnd(locks, name, victimToken);
    Event takeover = awaitTakeover(victim.name, victimToken);
    long stopToTakeover = (takeover.readNanos() - stoppedAt) / 1_000_000;
    log.await("a write of the new holder " + takeover.worker(), EVENT_TIMEOUT,
        e -> e.is("WROTE") && e.worker().equals(takeover.worker()) && e.token() == takeover.token());
    victim.signal("CONT");
    victim.send("GO");
    Event late = log.await("the outcome of the held write of " + name, EVENT_TIMEOUT,
        ofVictim.and(e -> (e.is("WROTE") || e.is("REFUSED")) && e.seq() == pausing.seq()));
    Event resumed = log.await("the resumption of " + name, EVENT_TIMEOUT, ofVictim.and(e -> e.is("RESUMED")));
    victim.kill();
    killed.add(name);
    start();
    assertThat(late.kind()).as("the late write of %s (token %d, seq %d), continued after %s took the lock over with"
        + " token %d and wrote (seed %d)", name, victimToken, pausing.seq(), takeover.worker(), takeover.token(), seed)
        .isEqualTo("REFUSED");
    assertThat(Long.parseLong(late.fields().get(2))).as("the token that refused it").isGreaterThan(victimToken);
    Instant known = log.knownLeaseEnd(name, victimToken);
    return new Round(number, KillPoint.PAUSED_MID_WRITE, name, victimToken, "its write " + pausing.seq()
        + " refused after the process stood still " + resumed.fields().get(2) + " ms", takeover, known, storedEnd,
        false, stopToTakeover);
  }

  /** After the kill: reads the lease end the dead holder stored, starts a replacement, waits for the takeover. */
  private Round killRound(int number, KillPoint point, WorkerProcess victim, String detail, Locks locks)
      throws Exception {
    long killedAt = victim.killedAt;
    long victimToken = log.lastToken(victim.name);
    if (log.count(e -> e.worker().equals(victim.name) && e.token() == victimToken && e.endsTenure()) > 0) {
      start();
      return null; // it had lost its lease before the kill: a round of a dead holder that held nothing
    }
    Instant storedEnd = storedLeaseEnd(locks, victim.name, victimToken);
    start();
    Event takeover = awaitTakeover(victim.name, victimToken);
    boolean releaseBegun = log.count(e -> e.worker().equals(victim.name) && e.token() == victimToken
        && e.is("RELEASING")) > 0;
    return new Round(number, point, victim.name, victimToken, detail, takeover,
        log.knownLeaseEnd(victim.name, victimToken), storedEnd, releaseBegun,
        (takeover.readNanos() - killedAt) / 1_000_000);
  }

  private Event awaitTakeover(String victim, long victimToken) throws InterruptedException, TimeoutException {
    return log.await("the takeover from " + victim + " (token " + victimToken + ")",
        LockKillWorker.LEASE.plus(EVENT_TIMEOUT), e -> e.is("ACQUIRED") && e.token() > victimToken
            && !e.worker().equals(victim));
  }

  /** The lease end stored for the dead holder's token, read right after its death; null when no longer its. */
  private static Instant storedLeaseEnd(Locks locks, String owner, long token) {
    Optional<LockHolder> holder = locks.holder(LockKillWorker.LOCK);
    return holder.filter(h -> h.owner().equals(owner) && h.fencingToken() == token).map(LockHolder::leaseEnds)
        .orElse(null);
  }

  private String sleepThenKill(WorkerProcess victim, int millis, String detail) throws Exception {
    Thread.sleep(millis);
    victim.kill();
    killed.add(victim.name);
    return String.format(detail, millis);
  }

  private static void sleepUntil(Instant when) throws InterruptedException {
    long millis = Duration.between(Instant.now(), when).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  /** (1) and (2) for each round: the takeover came after the lease end, with a larger token. */
  private void checkRounds(List<Round> rounds) {
    for (Round round : rounds) {
      assertThat(round.takeover().token()).as("round %d: the takeover's token (seed %d)", round.number(), seed)
          .isGreaterThan(round.victimToken());
      if (!round.releaseBegun()) {
        assertThat(round.takeover().instant(0)).as("round %d (%s): %s took over from %s (token %d), whose last"
            + " stored lease end was %s (seed %d)", round.number(), round.point(), round.takeover().worker(),
            round.victim(), round.victimToken(), round.leaseEndBound(), seed).isAfterOrEqualTo(round.leaseEndBound());
      }
    }
  }

  /**
   * (1) for every handover, killed or not: each acquisition comes after the lease end the previous holder (by token)
   * last stored, unless that holder had begun to release. The instant is the acquirer's clock as it made its
   * request, which DynamoDB compared with the stored end; after a release it can be earlier than the previous
   * acquisition's, when a slow request was answered late.
   */
  private void checkEveryHandover(List<Event> events, List<Round> rounds) {
    List<Event> acquisitions = events.stream().filter(e -> e.is("ACQUIRED"))
        .sorted(Comparator.comparingLong(Event::token)).collect(Collectors.toList());
    Map<Long, Instant> storedEnds = new HashMap<>();
    rounds.stream().filter(r -> r.storedLeaseEnd() != null)
        .forEach(r -> storedEnds.put(r.victimToken(), r.storedLeaseEnd()));
    for (int i = 1; i < acquisitions.size(); i++) {
      Event previous = acquisitions.get(i - 1);
      Event next = acquisitions.get(i);
      boolean released = events.stream().anyMatch(e -> e.is("RELEASING") && e.token() == previous.token());
      Instant known = log.knownLeaseEnd(previous.worker(), previous.token());
      Instant stored = storedEnds.getOrDefault(previous.token(), known);
      Instant bound = stored.isAfter(known) ? stored : known;
      if (!released) {
        assertThat(next.instant(0)).as("%s acquired (token %d) before the lease of %s (token %d) ended (seed %d)",
            next.worker(), next.token(), previous.worker(), previous.token(), seed).isAfterOrEqualTo(bound);
      }
    }
  }

  /**
   * (3) and (4): the acknowledged writes and claims never go back in token by version; the stored history holds every
   * acknowledged write in its place, its tokens never go back, and holds nothing else but writes in flight at a kill
   * or reported unknown. Returns the entries not acknowledged.
   */
  private List<String> checkWrites(List<Event> events, List<String> history) {
    List<Event> versioned = events.stream().filter(e -> e.is("WROTE") || e.is("CLAIMED"))
        .sorted(Comparator.comparingLong(e -> Long.parseLong(e.fields().get(2)))).collect(Collectors.toList());
    for (int i = 1; i < versioned.size(); i++) {
      Event previous = versioned.get(i - 1);
      Event next = versioned.get(i);
      assertThat(next.fields().get(2)).as("versions acknowledged twice (seed %d)", seed)
          .isNotEqualTo(previous.fields().get(2));
      assertThat(next.token()).as("version %s written with token %d after version %s with token %d (seed %d)",
          next.fields().get(2), next.token(), previous.fields().get(2), previous.token(), seed)
          .isGreaterThanOrEqualTo(previous.token());
    }
    Set<String> acknowledged = new HashSet<>();
    for (Event write : events.stream().filter(e -> e.is("WROTE")).collect(Collectors.toList())) {
      String entry = write.seq() + "/" + write.worker() + "/" + write.token();
      acknowledged.add(entry);
      assertThat(write.seq() <= history.size() ? history.get(write.seq() - 1) : "nothing")
          .as("the acknowledged write %s in the stored history (seed %d)", entry, seed).isEqualTo(entry);
    }
    Set<String> unknown = events.stream().filter(e -> e.is("UNKNOWN"))
        .map(e -> e.seq() + "/" + e.worker() + "/" + e.token()).collect(Collectors.toSet());
    List<String> unacknowledged = new ArrayList<>();
    Set<Long> tokensInFlight = new HashSet<>();
    long lastToken = Long.MIN_VALUE;
    for (int i = 0; i < history.size(); i++) {
      String[] entry = history.get(i).split("/");
      long token = Long.parseLong(entry[2]);
      assertThat(Integer.parseInt(entry[0])).as("entry %d of the stored history: %s", i + 1, history.get(i))
          .isEqualTo(i + 1);
      assertThat(token).as("entry %s after one with token %d (seed %d)", history.get(i), lastToken, seed)
          .isGreaterThanOrEqualTo(lastToken);
      lastToken = token;
      if (!acknowledged.contains(history.get(i)) && !unknown.contains(history.get(i))) {
        unacknowledged.add(history.get(i));
        assertThat(killed).as("the writer of %s, not acknowledged, was killed (seed %d)", history.get(i), seed)
            .contains(entry[1]);
        assertThat(tokensInFlight.add(token)).as("one write in flight at the kill of token %d (seed %d)", token, seed)
            .isTrue();
      }
    }
    assertThat(events.stream().filter(e -> e.is("FAILED"))).as("workers' failures").isEmpty();
    return unacknowledged;
  }

  private void record(List<Round> rounds, List<Event> events, List<String> unacknowledged, double seconds)
      throws IOException {
    Map<KillPoint, Integer> points = new EnumMap<>(KillPoint.class);
    rounds.forEach(r -> points.merge(r.point(), 1, Integer::sum));
    List<Round> killedHolding = rounds.stream().filter(r -> !r.takenOverEarly()).collect(Collectors.toList());
    LongSummaryStatistics afterEnd = killedHolding.stream().mapToLong(Round::afterLeaseEndMillis).summaryStatistics();
    LongSummaryStatistics afterRenewal = killedHolding.stream().mapToLong(Round::afterLastRenewalMillis)
        .summaryStatistics();
    LongSummaryStatistics afterKill = killedHolding.stream().mapToLong(Round::killToTakeoverMillis)
        .summaryStatistics();
    long releasedFirst = rounds.stream().filter(Round::takenOverEarly).count();
    long refused = events.stream().filter(e -> e.is("REFUSED")).count();
    long written = events.stream().filter(e -> e.is("WROTE")).count();
    long raced = events.stream().filter(e -> e.is("RECLAIMING")).count();
    long lost = events.stream().filter(e -> e.is("LOST")).count();
    String chosen = points.entrySet().stream().map(p -> p.getValue() + " " + p.getKey().words)
        .collect(Collectors.joining(", "));
    Campaigns.record("lock-kill.txt", "seed %d: %d rounds, %d worker JVMs, lease %d ms; holders killed %s; taken over"
        + " %d..%d ms after the dead holder's last stored lease end (%d..%d ms after its last acquisition or"
        + " renewal, %d..%d ms after the signal), %d of those killed during a release at once (it had applied);"
        + " takeover tokens always larger; %d writes acknowledged, all in the stored history in their place, tokens"
        + " never going back; %d written in flight at a kill and not acknowledged; %d late writes refused; %d claims"
        + " raced by a late write; %d leases lost by live workers; %s; %.1f s", seed, rounds.size(), started,
        LockKillWorker.LEASE.toMillis(), chosen, afterEnd.getMin(), afterEnd.getMax(), afterRenewal.getMin(),
        afterRenewal.getMax(), afterKill.getMin(), afterKill.getMax(), releasedFirst, written,
        unacknowledged.size(), refused, raced, lost, server.cutOffRequests() < 0 ? "on " + server.endpoint
        : server.cutOffRequests() + " requests cut off by a kill (dynalite guarded)", seconds);
  }

  /** Starts one more worker JVM on this JVM's class path. */
  private void start() throws IOException {
    String name = "w" + (++started);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
        "-cp", System.getProperty("java.class.path"), LockKillWorker.class.getName(), tableName, name,
        Long.toString(seed + started)).redirectErrorStream(true);
    builder.environment().put("DYNASTORE_ENDPOINT", server.endpoint.toString());
    if (server.local) { // any credentials, any region
      builder.environment().put("AWS_REGION", "us-east-1");
      builder.environment().put("AWS_ACCESS_KEY_ID", "local");
      builder.environment().put("AWS_SECRET_ACCESS_KEY", "local");
    }
    WorkerProcess worker = new WorkerProcess(name, builder.start(), log);
    workers.put(name, worker);
  }

  /** Kills the workers still running: a write the last holder had in flight may land, as at any kill. */
  private void stopAll() {
    for (WorkerProcess worker : workers.values()) {
      worker.destroy();
      killed.add(worker.name);
    }
  }

  /**
   * Where the campaign runs. On the dynalite backend, a dynalite of its own that survives requests cut off by a kill:
   * dynalite 4.0.0 rethrows a request's {@code aborted} error and dies when a client dies mid-request
   * (architect/dynalite#183, measured here: 3 of 6 soak runs on the shared server lost it), which would end this
   * campaign and every test after it on the same server. Elsewhere (DYNASTORE_ENDPOINT, LocalStack), the given server.
   */
  static final class Server implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("DYNALITE_READY (\\d+)");
    private static final String GUARDED_DYNALITE = String.join("\n",
        "process.on('uncaughtException', e => {",
        "  if (e && e.code === 'ECONNRESET') { console.log('CUT_OFF ' + e.message); return; }",
        "  console.error(e); process.exit(1);",
        "});",
        "const server = require(process.argv[1])({createTableMs: 0, deleteTableMs: 0, updateTableMs: 0});",
        "server.listen(0, '127.0.0.1', () => console.log('DYNALITE_READY ' + server.address().port));",
        "process.stdin.on('end', () => process.exit(0));",
        "process.stdin.resume();");

    final URI endpoint;
    final DynamoDbClient client;
    /** A local server, which takes any credentials. */
    final boolean local;
    private final Process process;
    private final AtomicInteger cutOff;

    private Server(URI endpoint, DynamoDbClient client, boolean local, Process process, AtomicInteger cutOff) {
      this.endpoint = endpoint;
      this.client = client;
      this.local = local;
      this.process = process;
      this.cutOff = cutOff;
    }

    static Server of(LocalDynamoDb dynamo) {
      return new Server(dynamo.endpoint(), dynamo.newClient(), dynamo.backend() != Backend.ENDPOINT, null,
          new AtomicInteger(-1));
    }

    static Server guardedDynalite() throws Exception {
      Path dynalite = Path.of("..", "node_modules", "dynalite").toAbsolutePath().normalize();
      Process process = new ProcessBuilder("node", "-e", GUARDED_DYNALITE, dynalite.toString())
          .redirectErrorStream(true).start();
      CompletableFuture<Integer> port = new CompletableFuture<>();
      AtomicInteger cutOff = new AtomicInteger();
      Thread output = new Thread(() -> {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
              port.complete(Integer.parseInt(ready.group(1)));
            } else if (line.startsWith("CUT_OFF")) {
              cutOff.incrementAndGet();
            } else {
              System.out.println("[lock-kill] dynalite: " + line);
            }
          }
        } catch (IOException gone) {
          // the server is gone
        }
        port.completeExceptionally(new IllegalStateException("dynalite exited: " + process.exitValue()));
      }, "dynalite-output");
      output.setDaemon(true);
      output.start();
      URI endpoint = URI.create("http://127.0.0.1:" + port.get(30, TimeUnit.SECONDS));
      DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
          .build();
      return new Server(endpoint, client, true, process, cutOff);
    }

    /** The requests the guarded dynalite saw cut off by a client's death; -1 on another server. */
    int cutOffRequests() {
      return cutOff.get();
    }

    @Override
    public void close() {
      client.close();
      if (process != null) {
        process.destroyForcibly();
        try {
          process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    @Override
    public String toString() {
      return (process == null ? "the given server at " : "a dynalite of its own (pid " + process.pid() + ") at ")
          + endpoint;
    }
  }

  /** One line a worker printed: its first word and the others, and when the campaign read it. */
  record Event(String worker, String kind, List<String> fields, long readNanos) {
    static Event parse(String worker, String line) {
      List<String> words = Arrays.asList(line.trim().split(" "));
      return new Event(worker, words.get(0), words.subList(1, words.size()), System.nanoTime());
    }

    boolean is(String kind) {
      return this.kind.equals(kind);
    }

    /** Whether the worker stopped working under this lease, otherwise than by a release asked for. */
    boolean endsTenure() {
      return is("LOST") || is("REFUSED") || is("FAILED");
    }

    /** The fencing token, which every event but STARTED begins with; -1 for lines without one. */
    long token() {
      try {
        return fields.isEmpty() ? -1 : Long.parseLong(fields.get(0));
      } catch (NumberFormatException notAnEvent) {
        return -1;
      }
    }

    int seq() {
      return Integer.parseInt(fields.get(1));
    }

    /** The instant after the token: ACQUIRED's acquisition instant (0) or lease end (1), RENEWED's lease end (0). */
    Instant instant(int index) {
      return Instant.parse(fields.get(1 + index));
    }

    @Override
    public String toString() {
      return worker + " " + kind + " " + String.join(" ", fields);
    }
  }

  /** Every event read, in order, with waits on what they show. */
  static final class EventLog {
    private final List<Event> events = new ArrayList<>();

    synchronized void add(Event event) {
      events.add(event);
      notifyAll();
    }

    synchronized List<Event> snapshot() {
      return List.copyOf(events);
    }

    synchronized int count(Predicate<Event> match) {
      return (int) events.stream().filter(match).count();
    }

    /** The first event that matches, waiting up to {@code timeout} for it. */
    Event await(String what, Duration timeout, Predicate<Event> match) throws InterruptedException,
        TimeoutException {
      return awaitNth(1, what, timeout, match, e -> false);
    }

    /**
     * The {@code n}th event that matches, waiting up to {@code timeout} for it; or, if one comes first, the first
     * event that matches {@code unless}.
     */
    synchronized Event awaitNth(int n, String what, Duration timeout, Predicate<Event> match,
        Predicate<Event> unless) throws InterruptedException, TimeoutException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        List<Event> matching = events.stream().filter(match).collect(Collectors.toList());
        if (matching.size() >= n) {
          return matching.get(n - 1);
        }
        Optional<Event> instead = events.stream().filter(unless).findFirst();
        if (instead.isPresent()) {
          return instead.get();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException("no " + what + " within " + timeout + "; the last events: "
              + events.subList(Math.max(0, events.size() - 40), events.size()));
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }

    /**
     * The acquisition of the current holder: the last one, once it is not known to have ended (lost, refused, failed
     * or released); waits up to {@code timeout} for a next one otherwise.
     */
    synchronized Event awaitHolder(Duration timeout) throws InterruptedException, TimeoutException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        Optional<Event> last = events.stream().filter(e -> e.is("ACQUIRED")).max(Comparator.comparingLong(Event::token));
        if (last.isPresent() && events.stream().noneMatch(e -> e.worker().equals(last.get().worker())
            && e.token() == last.get().token() && (e.endsTenure() || e.is("RELEASED")))) {
          return last.get();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException("no holder within " + timeout + "; the last events: "
              + events.subList(Math.max(0, events.size() - 40), events.size()));
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }

    /** The latest lease end the worker printed for the token: at its acquisition or a renewal. */
    synchronized Instant knownLeaseEnd(String worker, long token) {
      return events.stream().filter(e -> e.worker().equals(worker) && e.token() == token)
          .map(e -> e.is("ACQUIRED") ? e.instant(1) : e.is("RENEWED") ? e.instant(0) : null)
          .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The token of the worker's last acquisition. */
    synchronized long lastToken(String worker) {
      return events.stream().filter(e -> e.worker().equals(worker) && e.is("ACQUIRED")).mapToLong(Event::token)
          .max().orElseThrow();
    }
  }

  /** A worker JVM: its input for commands, a thread reading its lines into the log, and the signals sent to it. */
  static final class WorkerProcess {
    private static final Set<String> QUIET = Set.of("WROTE", "RENEWED");

    final String name;
    private final Process process;
    private final PrintWriter commands;
    volatile long killedAt;

    WorkerProcess(String name, Process process, EventLog log) {
      this.name = name;
      this.process = process;
      this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
      Thread reader = new Thread(() -> {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
              continue;
            }
            Event event = Event.parse(name, line);
            log.add(event);
            if (!QUIET.contains(event.kind())) {
              System.out.println("[lock-kill] " + event);
            }
          }
        } catch (IOException gone) {
          // the process is gone
        }
      }, "lines-of-" + name);
      reader.setDaemon(true);
      reader.start();
    }

    void send(String command) {
      commands.println(command);
    }

    /** SIGKILL: no release, no last words; its lease runs out. */
    void kill() throws InterruptedException {
      killedAt = System.nanoTime();
      process.destroyForcibly(); // SIGKILL on Linux and macOS
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        fail("worker " + name + " did not die of SIGKILL within 10 s");
      }
      System.out.println("[lock-kill] killed " + name);
    }

    /** Sends a signal (STOP, CONT) with kill(1). */
    void signal(String signal) throws IOException, InterruptedException {
      int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start()
          .waitFor();
      assertThat(exit).as("kill -%s %s", signal, name).isZero();
      System.out.println("[lock-kill] SIG" + signal + " " + name);
    }

    /** Ends the process if it still runs: continued if stopped, then killed. */
    void destroy() {
      if (process.isAlive()) {
        try {
          new ProcessBuilder("kill", "-CONT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException ignored) {
          // killed below all the same
        }
        commands.close();
        process.destroyForcibly();
        try {
          process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
