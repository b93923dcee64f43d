package dev.dynastore.processor.discovery;

/** Qualified names of the annotations and runtime types the processor reads and writes. */
public final class AnnotationNames {
  public static final String PARTITION = "dev.dynastore.annotations.Partition";
  public static final String KEY = "dev.dynastore.annotations.Key";
  public static final String INDEXED = "dev.dynastore.annotations.Indexed";
  public static final String INDEXED_LIST = "dev.dynastore.annotations.Indexed.List";
  public static final String ATTRIBUTE = "dev.dynastore.annotations.Attribute";
  public static final String IGNORE = "dev.dynastore.annotations.Ignore";
  public static final String EXPIRES = "dev.dynastore.annotations.Expires";
  public static final String VERSION = "dev.dynastore.annotations.Version";
  public static final String CONVERT = "dev.dynastore.annotations.Convert";
  public static final String REPOSITORY = "dev.dynastore.annotations.Repository";
  public static final String QUERY = "dev.dynastore.annotations.Query";
  public static final String DYNASTORE_REPOSITORY = "dev.dynastore.DynastoreRepository";

  private AnnotationNames() {}
}
