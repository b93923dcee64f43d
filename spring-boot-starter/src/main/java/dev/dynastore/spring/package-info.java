/**
 * Dynastore's Spring Boot starter: {@link dev.dynastore.spring.DynastoreAutoConfiguration} and its
 * {@link dev.dynastore.spring.DynastoreProperties}. Add the dependency, set {@code dynastore.table}, and inject the
 * generated repositories.
 */
package dev.dynastore.spring;
