/**
 * For code the Dynastore processor generates, and Dynastore's implementation. Not an API: nothing here has a
 * compatibility promise, and your own code should not call it. Generated schemas extend
 * {@link dev.dynastore.internal.GeneratedSchema} and convert values with {@link dev.dynastore.internal.Attributes};
 * generated repositories call {@link dev.dynastore.internal.EntityStore}.
 */
package dev.dynastore.internal;
