package dev.dynastore;

/**
 * How a typed read sees recent writes. {@link #EVENTUAL} is DynamoDB's default and costs half; {@link #STRONG}
 * sees every write acknowledged before the read (not possible on global secondary indexes).
 */
public enum Consistency {
  /** May miss writes of the last second or so. */
  EVENTUAL,
  /** Sees every write acknowledged before the read. */
  STRONG
}
