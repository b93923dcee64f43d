/**
 * Coordination: named locks with leases and fencing tokens, kept as items of a table partition
 * ({@code table.locks("locks")}). A {@link dev.dynastore.locks.Lease} says who holds a lock until when, renews
 * itself in the background, tells its holder when it is lost, and fences writes
 * ({@code table.fencedBy(lease)}, {@link dev.dynastore.kv.WriteOption#withFence}) so that a holder that lost its
 * lock without knowing cannot overwrite the work of the next.
 */
package dev.dynastore.locks;
