package dev.dynastore.processor.diagnostics;

/**
 * Every compile error the processor reports, in one place. Each says what is wrong, where, and what to do;
 * {@code %s} placeholders are filled in order.
 */
public enum Message {
  TYPE_GENERIC("@Partition type %s is generic: an entity cannot have type parameters; remove them"),
  TYPE_ABSTRACT("%s is abstract or an interface: annotate a concrete record or class"),
  TYPE_INNER("%s is an inner class: make it static, so generated code can create it"),
  TYPE_PRIVATE("%s is private: make it package-private or public, so generated code in its package can reach it"),
  TYPE_NO_CONSTRUCTOR("%s has no usable constructor: give it a non-private no-argument constructor and setters,"
      + " or a non-private constructor taking every field, or make it a record"),
  PROPERTY_NO_GETTER("property %s of %s has no getter: add a non-private %s(), or mark the field @Ignore"),
  PROPERTY_NO_SETTER("property %s of %s has no setter: add a non-private %s(value), or mark the field @Ignore"),
  PROPERTY_ANNOTATED_TWICE("property %s of %s is annotated on its field and on its getter %s(): annotate the"
      + " property once: on the field or on its getter, not both"),
  ANNOTATION_NOT_ON_PROPERTY("%s on %s: %s, so Dynastore would ignore it; %s"),

  PARTITION_MISSING("%s has a @Key but no partition: add @Partition(\"name\") on the type, or @Partition on the"
      + " component that names the partition"),
  PARTITION_EMPTY("@Partition on %s has an empty name: name the partition its items live in, e.g."
      + " @Partition(\"%s\")"),
  PARTITION_NAME_ON_COMPONENT("@Partition on component %s takes no name: put the name (the partition prefix) on"
      + " the type"),
  PARTITION_NAMESPACE_MISSING("@Partition component %s names the partition, but %s has no @Partition name to keep"
      + " its items apart from other types' items: add @Partition(\"%s\") on the type; its items then live in"
      + " partitions \"%s#<%s>\""),
  PARTITION_NAME_SEPARATOR("@Partition name \"%s\" of %s contains '#', which separates a type's name from a"
      + " component's value: use a name without '#', e.g. \"%s\""),
  PARTITION_SHARDS_RANGE("@Partition(shards = %d) on %s: a type's partition is split into 1 to %d shards; use a"
      + " count in that range (16 spreads a type over 16 partition keys, for 16 times the throughput of one)"),
  PARTITION_SHARDS_ON_COMPONENT("@Partition(shards = %d) on %s, whose partition comes from component %s: each"
      + " value of %s is a partition already, so shards spread nothing a tenant's own partition would not; remove"
      + " shards, or drop the component and shard the type's one partition"),
  PARTITION_SHARDS_ON_VALUE("@Partition(shards = %d) on component %s: shards spread a type's one partition, and"
      + " each value of %2$s is a partition already; remove shards"),
  PARTITION_TABLE_ON_COMPONENT("@Partition(table = \"%s\") on component %s: a type's items live in one table;"
      + " put table on the type's @Partition"),
  PARTITION_TABLE_KEY("@Partition(table = \"%s\") on %s: the table is a configuration key"
      + " (dynastore.tables.<key>.name), in kebab-case: lower-case letters, digits and '-', starting with a letter,"
      + " e.g. \"%s\""),
  PARTITION_NAME_TAKEN("%s and %s both store their items under the partition name \"%s\": their items would"
      + " mix in listings and overwrite each other; give each type its own @Partition name"),
  PARTITION_TWICE("@Partition is on both %s and %s: the partition comes from one component"),
  PARTITION_TYPE("@Partition component %s has type %s, which cannot name a partition: use String, UUID, an enum,"
      + " int or long"),

  KEY_MISSING("%s has no @Key: mark the component that identifies an item within its partition with @Key"),
  KEY_TWICE("@Key is on both %s and %s: an entity has exactly one key; remove one"),
  KEY_TYPE("@Key component %s has type %s, which cannot be a key: use String, UUID, an enum, int or long"),
  KEY_AND_PARTITION("component %s is both @Key and @Partition: the key identifies an item within the partition;"
      + " use two components"),

  INDEX_NAME_EMPTY("@Indexed on %s has an empty index name: give the name the table defines, e.g."
      + " @Indexed(\"idx_%s\")"),
  INDEX_NAME_INVALID("@Indexed(\"%s\") on %s: DynamoDB names an index with 3 to 255 characters of a-z, A-Z, 0-9,"
      + " '_', '-' and '.'; e.g. @Indexed(\"idx_%s\")"),
  INDEX_TYPE("@Indexed component %s has type %s, which cannot be an index key: use a String, a number, an enum,"
      + " a UUID, an Instant or byte[]"),
  INDEX_SORT_CONFLICT("index %s is sorted by both %s and %s: an index has one sort key; give one of them another"
      + " index name"),
  INDEX_PARTITION_CONFLICT("index %s is partitioned by both %s and %s: declare it with one partitionBy"),
  INDEX_PARTITION_UNKNOWN("partitionBy \"%s\" of index %s names no attribute of %s; its attributes are %s"),
  INDEX_PARTITION_SELF("index %s is partitioned and sorted by the same attribute %s: partition by another one"),
  INDEX_PARTITION_TYPE("index %s is partitioned by %s of type %s, which cannot partition an index: use a String,"
      + " a number, an enum, a UUID or an Instant"),
  INDEX_RESERVED_ATTRIBUTE("@Indexed component %s is stored as top-level attribute \"%s\", which Dynastore"
      + " reserves (%s): rename it with @Attribute(\"%s\")"),
  INDEX_CONVERTED("@Indexed component %s uses @Convert: index keys must use a built-in type, whose stored form"
      + " Dynastore knows"),

  ATTRIBUTE_EMPTY("@Attribute on %s has an empty name: give the attribute name to store it under"),
  ATTRIBUTE_DUPLICATE("components %s and %s are both stored as attribute \"%s\": rename one with @Attribute"),

  NO_CONVERTER("component %s has type %s, which Dynastore cannot store: %s"),
  CONVERTER_INVALID("@Convert(%s.class) on %s: the converter must be a class implementing"
      + " AttributeConverter<%s> with a public no-argument constructor"),

  EXPIRES_TYPE("@Expires component %s has type %s: it must be java.time.Instant"),
  EXPIRES_TWICE("@Expires is on both %s and %s: an entity has one expiry"),
  VERSION_TYPE("@Version component %s has type %s: it must be long or Long"),
  VERSION_TWICE("@Version is on both %s and %s: an entity has one version"),
  INDEX_NOT_STORED("component %s is @Ignore and @Indexed: an index key must be stored; remove one annotation"),
  MARKER_ON_STORED_ROLE("component %s is @%s and also @%s: the version and expiry are the item's, not stored"
      + " components; remove one annotation"),

  REPOSITORY_NOT_INTERFACE("@Repository %s is not an interface: declare an interface extending"
      + " DynastoreRepository<YourEntity>, and Dynastore generates its implementation"),
  REPOSITORY_NO_ENTITY("@Repository %s does not say its entity: extend DynastoreRepository<E>, where E is a type"
      + " annotated @Partition"),
  REPOSITORY_GENERIC("@Repository %s is generic: a declared repository serves one entity; remove the type"
      + " parameters"),
  QUERY_UNKNOWN_INDEX("@Query index \"%s\" is not an index of %s; its indexes are %s"),
  QUERY_RETURN_TYPE("%s returns %s: a listing returns Page<%s>, Stream<%s>, Stream<Versioned<%s>>, long (a count)"
      + " or Listing<%s, %s>"),
  QUERY_PARAMETERS("%s takes (%s): this listing takes %s"),
  QUERY_RANGE_TYPE("%s of %s is %s, but %s: declare %s<%s>"),
  QUERY_NOT_ABSTRACT("@Query on %s, a %s method: Dynastore implements abstract methods only; remove the body or"
      + " the @Query"),
  KEY_METHOD_SIGNATURE("%s does not fit a %s by key: declare %s"),
  METHOD_UNSUPPORTED("%s is not a method Dynastore can implement: declare @Query listings, or get, exists, delete,"
      + " getAll, deleteAll, list or count by key; write anything else as a default method"),

  UNRESOLVED_TYPE("%s has a component of type %s, which could not be resolved: fix the type, or the processor that"
      + " should generate it"),
  PROCESSOR_CRASHED("the Dynastore processor failed on %s: %s; please report this with the type's source");

  private final String format;

  Message(String format) {
    this.format = format;
  }

  /** The message with its placeholders filled. */
  public String format(Object... arguments) {
    return String.format(format, arguments);
  }
}
