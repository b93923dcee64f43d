package dev.dynastore.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.it.reliability.RegisterHistory.Kind;
import dev.dynastore.it.reliability.RegisterHistory.Operation;
import dev.dynastore.it.reliability.RegisterHistory.Outcome;
import dev.dynastore.it.reliability.RegisterHistory.State;
import org.junit.jupiter.api.Test;

/** The history checker against histories known to be linearizable, and known not to be. */
class RegisterHistoryTest {
  private static final State A1 = new State(1, "a");
  private static final State B2 = new State(2, "b");
  private static final State C2 = new State(2, "c");

  private static Operation create(String value, Outcome outcome, long invoked, long answered) {
    return new Operation(Kind.CREATE, value, null, outcome, null, invoked, answered);
  }

  private static Operation swap(State expected, String value, Outcome outcome, long invoked, long answered) {
    return new Operation(Kind.SWAP, value, expected, outcome, null, invoked, answered);
  }

  private static Operation delete(State expected, Outcome outcome, long invoked, long answered) {
    return new Operation(Kind.DELETE, null, expected, outcome, null, invoked, answered);
  }

  private static Operation read(State seen, long invoked, long answered) {
    return new Operation(Kind.READ, null, null, Outcome.OK, seen, invoked, answered);
  }

  private static boolean linearizable(Operation... operations) {
    RegisterHistory history = new RegisterHistory();
    for (Operation operation : operations) {
      history.add(operation);
    }
    return history.isLinearizable();
  }

  @Test
  void sequentialHistoriesThatFollowTheModelAreLinearizable() {
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), read(A1, 2, 3), swap(A1, "b", Outcome.OK, 4, 5),
        read(B2, 6, 7), swap(A1, "c", Outcome.FAILED, 8, 9), delete(B2, Outcome.OK, 10, 11), read(null, 12, 13),
        create("d", Outcome.OK, 14, 15), read(new State(1, "d"), 16, 17))).isTrue();
  }

  @Test
  void concurrentOperationsMayBeOrderedEitherWay() {
    // a read overlapping a swap may see either side of it
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), swap(A1, "b", Outcome.OK, 2, 10), read(A1, 3, 4),
        read(B2, 5, 6))).isTrue();
    // two swaps of one version, overlapping: one wins
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), swap(A1, "b", Outcome.OK, 2, 6),
        swap(A1, "c", Outcome.FAILED, 3, 5), read(B2, 7, 8))).isTrue();
  }

  @Test
  void aStaleReadAfterAWriteWasAnsweredIsNot() {
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), swap(A1, "b", Outcome.OK, 2, 3), read(A1, 4, 5)))
        .isFalse();
  }

  @Test
  void twoSuccessfulCreatesOrSwapsOfOneVersionAreNot() {
    assertThat(linearizable(create("a", Outcome.OK, 0, 5), create("b", Outcome.OK, 1, 6))).isFalse();
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), swap(A1, "b", Outcome.OK, 2, 6),
        swap(A1, "c", Outcome.OK, 3, 5))).as("a lost update").isFalse();
  }

  @Test
  void aFalseConflictIsNot() {
    // the swap was refused, but nothing else changed the register: a lie
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), swap(A1, "b", Outcome.FAILED, 2, 3), read(A1, 4, 5),
        delete(A1, Outcome.FAILED, 6, 7))).isFalse();
  }

  @Test
  void anUnknownOutcomeMayHaveAppliedOrNotButNothingElse() {
    // applied: explains the read
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), swap(A1, "b", Outcome.UNKNOWN, 2, 3), read(B2, 4, 5)))
        .isTrue();
    // not applied: explains the read too
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), swap(A1, "b", Outcome.UNKNOWN, 2, 3), read(A1, 4, 5)))
        .isTrue();
    // it may apply late, after a later read
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), swap(A1, "b", Outcome.UNKNOWN, 2, 3), read(A1, 4, 5),
        read(B2, 6, 7))).isTrue();
    // but not as something it did not write, and not twice
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), swap(A1, "b", Outcome.UNKNOWN, 2, 3), read(C2, 4, 5)))
        .isFalse();
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), swap(A1, "b", Outcome.UNKNOWN, 2, 3), read(B2, 4, 5),
        read(A1, 6, 7))).as("undone").isFalse();
  }

  @Test
  void aReadOfSomethingNeverWrittenIsNot() {
    assertThat(linearizable(read(A1, 0, 1))).isFalse();
    assertThat(linearizable(create("a", Outcome.OK, 0, 1), delete(A1, Outcome.OK, 2, 3), read(A1, 4, 5))).isFalse();
  }
}
