/** Annotations that turn plain records and beans into DynamoDB entities. */
package dev.dynastore.annotations;
