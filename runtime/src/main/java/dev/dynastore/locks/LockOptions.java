package dev.dynastore.locks;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * How the leases of a {@link Locks} behave: how long a lease lasts, how often it renews itself, how much clock
 * skew between hosts it allows for, who holds it, and how a waiting acquirer backs off. Immutable.
 *
 * <p><b>Clock skew.</b> An acquirer takes a lock when its end has passed by the acquirer's own clock, while a
 * holder stops counting itself the holder ({@link Lease#isHeld()}) the {@link #safetyMargin} before that end by its
 * clock. So two holders never both count themselves holders while the acquirer's clock runs ahead of the holder's
 * by less than the margin (1 second by default). Beyond it they can, and only fenced writes keep the earlier
 * holder from overwriting the later one's work: fencing needs no clock.
 */
public final class LockOptions {
  private final Duration leaseDuration;
  private final Duration heartbeat;
  private final Duration safetyMargin;
  private final String owner;
  private final Duration minimumBackoff;
  private final Duration maximumBackoff;

  private LockOptions(Builder builder) {
    this.leaseDuration = builder.leaseDuration;
    this.heartbeat = builder.heartbeat != null ? builder.heartbeat : builder.leaseDuration.dividedBy(3);
    this.safetyMargin = builder.safetyMargin;
    this.owner = builder.owner != null ? builder.owner : defaultOwner();
    this.minimumBackoff = builder.minimumBackoff;
    this.maximumBackoff = builder.maximumBackoff;
    if (safetyMargin.compareTo(leaseDuration) >= 0) {
      throw new IllegalArgumentException("safetyMargin (" + safetyMargin + ") must be shorter than leaseDuration ("
          + leaseDuration + "): a lease would never count as held");
    }
    if (!heartbeat.isZero() && heartbeat.compareTo(leaseDuration.minus(safetyMargin)) >= 0) {
      throw new IllegalArgumentException("heartbeat (" + heartbeat + ") must be shorter than leaseDuration less"
          + " safetyMargin (" + leaseDuration.minus(safetyMargin) + "), or the lease would lapse between renewals;"
          + " a third of it leaves room for two failed renewals");
    }
    if (minimumBackoff.compareTo(maximumBackoff) > 0) {
      throw new IllegalArgumentException("minimumBackoff (" + minimumBackoff + ") is longer than maximumBackoff ("
          + maximumBackoff + ")");
    }
  }

  /**
   * The defaults: 20-second leases renewed every third of that, a 1-second safety margin, and an owner name of its
   * own (made now, so that copies of a process restored from one snapshot, as Lambda SnapStart makes, differ).
   */
  public static LockOptions defaults() {
    return builder().build();
  }

  /** A builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How long a lease lasts from its acquisition or last renewal; 20 seconds by default. */
  public Duration leaseDuration() {
    return leaseDuration;
  }

  /** How often a lease renews itself in the background; a third of the lease by default; zero for never. */
  public Duration heartbeat() {
    return heartbeat;
  }

  /**
   * How long before its end a lease stops counting as held by its holder: the clock skew between hosts it
   * tolerates (see the class comment); 1 second by default.
   */
  public Duration safetyMargin() {
    return safetyMargin;
  }

  /**
   * The name stored as the holder, for people and tools: by default the host name ({@code HOSTNAME}, else the
   * Lambda function's name, else the resolved local host), the process id and a random suffix.
   */
  public String owner() {
    return owner;
  }

  /** The first back-off of a waiting acquirer; 50 milliseconds by default. */
  public Duration minimumBackoff() {
    return minimumBackoff;
  }

  /** The longest back-off of a waiting acquirer; 1 second by default. */
  public Duration maximumBackoff() {
    return maximumBackoff;
  }

  @Override
  public String toString() {
    return "LockOptions(lease " + leaseDuration + ", heartbeat " + heartbeat + ", margin " + safetyMargin
        + ", owner " + owner + ")";
  }

  private static String defaultOwner() {
    return Host.NAME + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The host's name, found once, on first need. */
  private static final class Host {
    static final String NAME = find();

    private static String find() {
      // the environment first: InetAddress.getLocalHost() can wait seconds for DNS on a misconfigured host
      for (String variable : new String[] {"HOSTNAME", "AWS_LAMBDA_FUNCTION_NAME", "COMPUTERNAME"}) {
        String value = System.getenv(variable);
        if (value != null && !value.isEmpty()) {
          return value;
        }
      }
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException | RuntimeException unknown) {
        return "host";
      }
    }
  }

  /** Builds {@link LockOptions}. */
  public static final class Builder {
    /** The longest lease, heartbeat, margin or back-off: a year (a lease longer than that wants no lock). */
    private static final Duration LONGEST = Duration.ofDays(365);

    private Duration leaseDuration = Duration.ofSeconds(20);
    private Duration heartbeat;
    private Duration safetyMargin = Duration.ofSeconds(1);
    private String owner;
    private Duration minimumBackoff = Duration.ofMillis(50);
    private Duration maximumBackoff = Duration.ofSeconds(1);

    private Builder() {}

    /** How long a lease lasts from its acquisition or last renewal. At least a millisecond. */
    public Builder leaseDuration(Duration leaseDuration) {
      this.leaseDuration = positive(leaseDuration, "leaseDuration");
      return this;
    }

    /** How often a lease renews itself; zero for never (renew it yourself). Default: a third of the lease. */
    public Builder heartbeat(Duration heartbeat) {
      Objects.requireNonNull(heartbeat, "heartbeat == null");
      if (heartbeat.isNegative() || heartbeat.compareTo(LONGEST) > 0) {
        throw new IllegalArgumentException("heartbeat must be from zero to " + LONGEST + ", was " + heartbeat);
      }
      this.heartbeat = heartbeat;
      return this;
    }

    /** The clock skew between hosts to allow for; zero or more, shorter than the lease. */
    public Builder safetyMargin(Duration safetyMargin) {
      Objects.requireNonNull(safetyMargin, "safetyMargin == null");
      if (safetyMargin.isNegative() || safetyMargin.compareTo(LONGEST) > 0) {
        throw new IllegalArgumentException("safetyMargin must be from zero to " + LONGEST + ", was " + safetyMargin);
      }
      this.safetyMargin = safetyMargin;
      return this;
    }

    /** The name stored as the holder, for people and tools reading the lock; not empty. */
    public Builder owner(String owner) {
      Objects.requireNonNull(owner, "owner == null");
      if (owner.isEmpty()) {
        throw new IllegalArgumentException("owner is empty");
      }
      if (!new String(owner.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8)
          .equals(owner)) {
        throw new IllegalArgumentException("owner has a lone surrogate, which has no UTF-8 form: DynamoDB would store"
            + " another name");
      }
      this.owner = owner;
      return this;
    }

    /** The back-off of a waiting acquirer: it starts at {@code minimum} and doubles up to {@code maximum}, jittered. */
    public Builder backoff(Duration minimum, Duration maximum) {
      this.minimumBackoff = positive(minimum, "minimum backoff");
      this.maximumBackoff = positive(maximum, "maximum backoff");
      return this;
    }

    /** The options. */
    public LockOptions build() {
      return new LockOptions(this);
    }

    private static Duration positive(Duration duration, String what) {
      Objects.requireNonNull(duration, what + " == null");
      if (duration.compareTo(Duration.ofMillis(1)) < 0) {
        throw new IllegalArgumentException(what + " must be at least a millisecond, was " + duration);
      }
      if (duration.compareTo(LONGEST) > 0) {
        throw new IllegalArgumentException(what + " must be at most " + LONGEST + ", was " + duration);
      }
      return duration;
    }
  }
}
