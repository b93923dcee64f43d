package dev.dynastore.internal;

import dev.dynastore.kv.Index;
import dev.dynastore.kv.ReadOption;

/** A read, resolved: page size (null for DynamoDB's), start token, index, consistency and order. */
record ReadSpec(Integer limit, String startKey, Index index, boolean consistent, boolean reverse) {

  /** The options resolved: later options win. */
  static ReadSpec of(ReadOption... options) {
    Integer limit = null;
    String startKey = null;
    Index index = null;
    boolean consistent = false;
    boolean reverse = false;
    for (ReadOption option : options) {
      if (option instanceof ReadOption.Limit given) {
        limit = given.limit();
      } else if (option instanceof ReadOption.StartKey given) {
        startKey = given.token();
      } else if (option instanceof ReadOption.UseIndex given) {
        index = given.index();
      } else if (option instanceof ReadOption.Consistent) {
        consistent = true;
      } else if (option instanceof ReadOption.Reverse) {
        reverse = true;
      } else if (option == null) {
        throw new NullPointerException("read option == null");
      } else {
        throw new AssertionError(option);
      }
    }
    return new ReadSpec(limit, startKey, index, consistent, reverse);
  }
}
