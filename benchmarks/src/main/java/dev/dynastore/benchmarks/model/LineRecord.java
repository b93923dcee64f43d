package dev.dynastore.benchmarks.model;

import java.util.List;

/** Line as a Dynastore record: its schema is generated. */
public record LineRecord(String sku, String title, int quantity, long priceCents, List<String> tags) {}
