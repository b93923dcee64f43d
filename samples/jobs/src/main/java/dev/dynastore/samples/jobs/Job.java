package dev.dynastore.samples.jobs;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import dev.dynastore.annotations.Version;

/**
 * A job in the shared table: its status, the worker that last claimed or finished it and that worker's fencing
 * token, how many times it was claimed, and its result.
 */
@Partition("jobs")
public record Job(@Key String id, JobStatus status, String worker, long fencingToken, int attempts, String result,
    @Version long version) {

  static Job pending(String id) {
    return new Job(id, JobStatus.PENDING, null, 0, 0, null, 0);
  }

  Job claimedBy(String worker, long token) {
    return new Job(id, JobStatus.RUNNING, worker, token, attempts + 1, null, version);
  }

  Job doneBy(String worker, long token, String result) {
    return new Job(id, JobStatus.DONE, worker, token, attempts, result, version);
  }
}
