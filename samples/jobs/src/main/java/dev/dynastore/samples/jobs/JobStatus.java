package dev.dynastore.samples.jobs;

/** Where a job is: waiting, claimed by a worker, or done. */
public enum JobStatus { PENDING, RUNNING, DONE }
