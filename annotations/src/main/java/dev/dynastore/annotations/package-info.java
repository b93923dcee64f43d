/**
 * Annotations that turn plain records and beans into DynamoDB entities. Dynastore's annotation processor
 * reads them at compile time and generates, for each entity, a schema and a typed repository; misuse is a
 * compile error on the annotated element.
 *
 * <pre>{@code
 * @Partition("customers")
 * public record Customer(
 *     @Key String id,
 *     String name,
 *     @Indexed("idx_created") Instant created,
 *     List<Address> addresses) {}
 * }</pre>
 */
package dev.dynastore.annotations;
