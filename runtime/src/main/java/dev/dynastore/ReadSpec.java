package dev.dynastore;

/** The read options, resolved: later options win. */
final class ReadSpec {
  final Integer limit;
  final String startKey;
  final Index index;
  final boolean consistent;
  final boolean reverse;

  ReadSpec(Integer limit, String startKey, Index index, boolean consistent, boolean reverse) {
    this.limit = limit;
    this.startKey = startKey;
    this.index = index;
    this.consistent = consistent;
    this.reverse = reverse;
  }

  static ReadSpec of(ReadOption... options) {
    Integer limit = null;
    String startKey = null;
    Index index = null;
    boolean consistent = false;
    boolean reverse = false;
    for (ReadOption option : options) {
      if (option == null) {
        throw new NullPointerException("read option == null");
      }
      switch (option.kind) {
        case LIMIT:
          limit = (Integer) option.argument;
          break;
        case START_KEY:
          startKey = (String) option.argument;
          break;
        case INDEX:
          index = (Index) option.argument;
          break;
        case CONSISTENT:
          consistent = true;
          break;
        case REVERSE:
          reverse = true;
          break;
        default:
          throw new AssertionError(option.kind);
      }
    }
    return new ReadSpec(limit, startKey, index, consistent, reverse);
  }
}
