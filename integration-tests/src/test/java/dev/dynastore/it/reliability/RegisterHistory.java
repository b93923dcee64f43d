package dev.dynastore.it.reliability;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A linearizability checker for one key's history, against the model of a versioned register: the key holds
 * nothing, or a value at a version. Operations, each with the times it was invoked and answered:
 * <ul>
 *   <li>create(x): ok only over nothing, leaving x at version 1; failed only over a value;</li>
 *   <li>swap(expected, x): ok only over exactly {@code expected} (version and value), leaving x at its version + 1;
 *       failed only over anything else;</li>
 *   <li>delete(expected): ok only over exactly {@code expected}, leaving nothing; failed only over anything else;</li>
 *   <li>read: ok with what it saw (nothing, or a value at a version).</li>
 * </ul>
 * An operation whose outcome is unknown (Dynastore's {@code OutcomeUnknownException}) may have taken effect at any
 * time after its invocation, or never: its answer time is infinite and it may be left out. The search is Wing and
 * Gong's, with Lowe's memoization of (operations linearized, state) pairs already explored. Values must be unique
 * per write, so that a state names one incarnation of the key.
 */
final class RegisterHistory {
  /** The register's state: {@code null} for nothing stored. */
  record State(long version, String value) {}

  /** What an operation does. */
  enum Kind { CREATE, SWAP, DELETE, READ }

  /** What came back. */
  enum Outcome { OK, FAILED, UNKNOWN }

  /**
   * One operation: its kind, its argument ({@code value} to write, {@code expected} state for swap and delete), what
   * came back ({@code seen} for a read: null for nothing), and when it was invoked and answered.
   */
  record Operation(Kind kind, String value, State expected, Outcome outcome, State seen, long invoked, long answered) {
    Operation {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(outcome, "outcome");
      if (outcome == Outcome.UNKNOWN) {
        answered = Long.MAX_VALUE;
      }
    }
  }

  private final List<Operation> operations = new ArrayList<>();

  synchronized void add(Operation operation) {
    operations.add(operation);
  }

  synchronized List<Operation> operations() {
    return List.copyOf(operations);
  }

  /** Whether some order of the operations, consistent with real time, explains every answer. */
  boolean isLinearizable() {
    List<Operation> ops = new ArrayList<>(operations());
    // reads that failed and unknown reads say nothing: leave them out
    ops.removeIf(op -> op.kind() == Kind.READ && op.outcome() != Outcome.OK);
    return search(ops, new BitSet(ops.size()), null, new HashSet<>());
  }

  private static boolean search(List<Operation> ops, BitSet done, State state, Set<Object> explored) {
    if (allRequiredDone(ops, done)) {
      return true;
    }
    if (!explored.add(List.of(done.clone(), state == null ? "nothing" : state))) {
      return false;
    }
    // an operation can go next if no other pending operation was answered before it was invoked
    long earliestAnswer = Long.MAX_VALUE;
    for (int i = 0; i < ops.size(); i++) {
      if (!done.get(i)) {
        earliestAnswer = Math.min(earliestAnswer, ops.get(i).answered());
      }
    }
    for (int i = 0; i < ops.size(); i++) {
      Operation op = ops.get(i);
      if (done.get(i) || op.invoked() > earliestAnswer) {
        continue;
      }
      done.set(i);
      if (op.outcome() == Outcome.UNKNOWN) {
        // it took effect here (if it could), or never
        State applied = apply(op, state);
        if (applied != NOT_POSSIBLE && search(ops, done, applied, explored)) {
          return true;
        }
        if (search(ops, done, state, explored)) {
          return true;
        }
      } else {
        State next = step(op, state);
        if (next != NOT_POSSIBLE && search(ops, done, next, explored)) {
          return true;
        }
      }
      done.clear(i);
    }
    return false;
  }

  private static boolean allRequiredDone(List<Operation> ops, BitSet done) {
    for (int i = 0; i < ops.size(); i++) {
      if (!done.get(i) && ops.get(i).outcome() != Outcome.UNKNOWN) {
        return false;
      }
    }
    return true;
  }

  /** A marker: the operation's answer is impossible in this state. */
  private static final State NOT_POSSIBLE = new State(-1, "impossible");

  /** The state after {@code op} answered as it did, or NOT_POSSIBLE. */
  private static State step(Operation op, State state) {
    boolean ok = op.outcome() == Outcome.OK;
    switch (op.kind()) {
      case CREATE:
        if (ok) {
          return state == null ? new State(1, op.value()) : NOT_POSSIBLE;
        }
        return state != null ? state : NOT_POSSIBLE;
      case SWAP:
        if (ok) {
          return op.expected().equals(state) ? new State(state.version() + 1, op.value()) : NOT_POSSIBLE;
        }
        return !op.expected().equals(state) ? state : NOT_POSSIBLE;
      case DELETE:
        if (ok) {
          return op.expected().equals(state) ? null : NOT_POSSIBLE;
        }
        return !op.expected().equals(state) ? state : NOT_POSSIBLE;
      case READ:
        return Objects.equals(op.seen(), state) ? state : NOT_POSSIBLE;
      default:
        throw new AssertionError(op.kind());
    }
  }

  /** The state after an operation of unknown outcome that did take effect, or NOT_POSSIBLE if it could not. */
  private static State apply(Operation op, State state) {
    return step(new Operation(op.kind(), op.value(), op.expected(), Outcome.OK, op.seen(), op.invoked(), 0), state);
  }
}
