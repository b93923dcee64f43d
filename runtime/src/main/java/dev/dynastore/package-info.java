/**
 * The API you write against: the {@link dev.dynastore.Dynastore} session and its {@link dev.dynastore.Table}s,
 * what generated and declared repositories return ({@link dev.dynastore.Versioned}, {@link dev.dynastore.Page}),
 * how you ask for pages ({@link dev.dynastore.PageRequest}), and every exception Dynastore throws, all extending
 * {@link dev.dynastore.DynastoreException}. The annotations you put on entities are in
 * {@code dev.dynastore.annotations}; the K/V API, the Go library's model, is in {@link dev.dynastore.kv}.
 */
package dev.dynastore;
