package dev.dynastore.processor.model;

/** The name of a generated top-level class, e.g. {@code test} and {@code CustomerSchema}. */
public record GeneratedName(String packageName, String simpleName) {
  /** {@code test.CustomerSchema}. */
  public String qualifiedName() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }
}
