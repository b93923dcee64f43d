package dev.dynastore.processor.discovery;

import java.util.List;

/**
 * Qualified names of what the processor reads in users' code: Dynastore's annotations, and the runtime and SDK
 * types that declared repositories and converters are checked against. (The names generated code refers to are
 * in {@code writing.Types}, which takes these where the two meet.)
 */
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
  public static final String PAGE = "dev.dynastore.Page";
  public static final String PAGE_REQUEST = "dev.dynastore.PageRequest";
  public static final String VERSIONED = "dev.dynastore.Versioned";
  public static final String CONSISTENCY = "dev.dynastore.Consistency";
  public static final String LISTING = "dev.dynastore.Listing";
  public static final String KEY_RANGE = "dev.dynastore.KeyRange";
  public static final String ATTRIBUTE_CONVERTER = "software.amazon.awssdk.enhanced.dynamodb.AttributeConverter";
  /** The annotations a property carries: on a record component, a field or a getter. */
  public static final List<String> PROPERTY_ANNOTATIONS =
      List.of(PARTITION, KEY, INDEXED, INDEXED_LIST, ATTRIBUTE, IGNORE, EXPIRES, VERSION, CONVERT);

  private AnnotationNames() {}
}
