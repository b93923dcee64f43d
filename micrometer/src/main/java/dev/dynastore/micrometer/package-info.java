/**
 * Dynastore's requests in Micrometer: {@link dev.dynastore.micrometer.DynastoreMetrics} (meters) and
 * {@link dev.dynastore.micrometer.DynastoreObservations} (observations, hence spans), both request hooks.
 */
package dev.dynastore.micrometer;
