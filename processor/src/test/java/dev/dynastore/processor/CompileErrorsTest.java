package dev.dynastore.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.dynastore.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken entity per message of the catalogue: the error says what is wrong and what to do, and points at
 * the offending line; the error count shows nothing else was reported (and that the processor did not
 * stumble over its own error).
 */
class CompileErrorsTest {
  private static final Set<Message> TESTED = EnumSet.noneOf(Message.class);

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(bad(Message.TYPE_GENERIC, "is generic: an entity cannot have type parameters", "record Bad<T>",
        "@Partition(\"bad\") public record Bad<T>(@Key String id, T value) {}"));
    cases.add(bad(Message.TYPE_ABSTRACT, "test.Bad is abstract or an interface", "abstract class Bad",
        "@Partition(\"bad\") public abstract class Bad {",
        "  @Key private String id;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "}"));
    cases.add(bad(Message.TYPE_INNER, "test.Bad.Inner is an inner class: make it static", "class Inner",
        "public class Bad {",
        "  @Partition(\"bad\") public class Inner {",
        "    @Key private String id;",
        "    public String getId() { return id; }",
        "    public void setId(String id) { this.id = id; }",
        "  }",
        "}"));
    cases.add(bad(Message.TYPE_PRIVATE, "test.Bad.Inner is private: make it package-private or public", "record Inner",
        "public class Bad {",
        "  @Partition(\"bad\") private record Inner(@Key String id) {}",
        "}"));
    cases.add(bad(Message.TYPE_NO_CONSTRUCTOR, "test.Bad has no usable constructor", "public class Bad",
        "@Partition(\"bad\") public class Bad {",
        "  @Key private final String id;",
        "  private final String name;",
        "  public Bad(String id) { this.id = id; this.name = null; }",
        "  public String getId() { return id; }",
        "  public String getName() { return name; }",
        "}"));
    cases.add(bad(Message.PROPERTY_NO_GETTER, "property name of Bad has no getter: add a non-private getName()",
        "private String name",
        "@Partition(\"bad\") public class Bad {",
        "  @Key private String id;",
        "  private String name;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  public void setName(String name) { this.name = name; }",
        "}"));
    cases.add(bad(Message.PROPERTY_NO_SETTER, "property name of Bad has no setter: add a non-private setName(value)",
        "private String name",
        "@Partition(\"bad\") public class Bad {",
        "  @Key private String id;",
        "  private String name;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  public String getName() { return name; }",
        "}"));
    cases.add(bad(Message.PROPERTY_ANNOTATED_TWICE, "property label of Bad is annotated on its field and on its"
            + " getter getLabel(): annotate the property once: on the field or on its getter, not both",
        "@Indexed(\"idx_label\")",
        "@Partition(\"bad\") public class Bad {",
        "  @Key private String id;",
        "  @Attribute(\"lbl\") private String label;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  @Indexed(\"idx_label\") public String getLabel() { return label; }",
        "  public void setLabel(String label) { this.label = label; }",
        "}"));
    cases.add(bad(Message.ANNOTATION_NOT_ON_PROPERTY, "@Key on setId(String): it is a setter, so Dynastore would"
            + " ignore it; annotate the property once, on the field id or on its getter getId()", "@Key",
        "@Partition(\"bad\") public class Bad {",
        "  private String id;",
        "  public String getId() { return id; }",
        "  @Key public void setId(String id) { this.id = id; }",
        "}"));
    cases.add(bad(Message.ANNOTATION_NOT_ON_PROPERTY, "@Attribute on getLabel(int): it takes parameters, so"
            + " Dynastore would ignore it; annotate the property once, on the field label or on its getter"
            + " getLabel()", "@Attribute",
        "@Partition(\"bad\") public class Bad {",
        "  @Key private String id;",
        "  private String label;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  public String getLabel() { return label; }",
        "  @Attribute(\"x\") public String getLabel(int length) { return label.substring(0, length); }",
        "  public void setLabel(String label) { this.label = label; }",
        "}"));
    cases.add(bad(Message.ANNOTATION_NOT_ON_PROPERTY, "@Ignore on reset(): it returns nothing, so Dynastore would"
            + " ignore it; annotate a property on its field or on its getter", "@Ignore",
        "@Partition(\"bad\") public class Bad {",
        "  @Key private String id;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  @Ignore public void reset() { id = null; }",
        "}"));
    cases.add(bad(Message.ANNOTATION_NOT_ON_PROPERTY, "@Indexed on getDefaultLabel(): it is static, so Dynastore"
            + " would ignore it", "@Indexed",
        "@Partition(\"bad\") public class Bad {",
        "  @Key private String id;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  @Indexed(\"idx_label\") public static String getDefaultLabel() { return \"x\"; }",
        "}"));
    cases.add(bad(Message.ANNOTATION_NOT_ON_PROPERTY, "@Attribute on getNickname(): Bad has no field nickname, and"
            + " Dynastore reads a class's properties from its fields, so Dynastore would ignore it; add a field"
            + " nickname, or annotate a property on its field or on its getter", "@Attribute",
        "@Partition(\"bad\") public class Bad {",
        "  @Key private String id;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  @Attribute(\"nick\") public String getNickname() { return id; }",
        "  public void setNickname(String nickname) { this.id = nickname; }",
        "}"));
    cases.add(bad(Message.ANNOTATION_NOT_ON_PROPERTY, "@Attribute on isActive(): the getter Dynastore reads for"
            + " property active is Bad.getActive(), so Dynastore would ignore it; annotate the property once, on the"
            + " field active or on its getter getActive()", "@Attribute",
        "@Partition(\"bad\") public class Bad {",
        "  @Key private String id;",
        "  private boolean active;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  public boolean getActive() { return active; }",
        "  @Attribute(\"on\") public boolean isActive() { return active; }",
        "  public void setActive(boolean active) { this.active = active; }",
        "}"));
    cases.add(bad(Message.ANNOTATION_NOT_ON_PROPERTY, "@Attribute on isActive(): it is not the getter of property"
            + " active, which is a non-private getActive() returning Boolean, so Dynastore would ignore it; annotate"
            + " the property once, on the field active", "@Attribute",
        "@Partition(\"bad\") public class Bad {",
        "  @Key private String id;",
        "  @Ignore private Boolean active;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  @Attribute(\"on\") public Boolean isActive() { return active; }",
        "}"));
    cases.add(bad(Message.ANNOTATION_NOT_ON_PROPERTY, "@Attribute on shout(): it is not the accessor of a component"
            + " of record Bad, so Dynastore would ignore it; annotate a record component", "@Attribute",
        "@Partition(\"bad\") public record Bad(@Key String id) {",
        "  @Attribute(\"x\") public String shout() { return id.toUpperCase(java.util.Locale.ROOT); }",
        "}"));
    cases.add(bad(Message.ANNOTATION_NOT_ON_PROPERTY, "@Key on id(): it is the explicitly declared accessor of"
            + " component id, and Dynastore reads a record from its components, so Dynastore would ignore it;"
            + " annotate the component id", "@Key",
        "@Partition(\"bad\") public record Bad(String id) {",
        "  @Key @Override public String id() { return id; }",
        "}"));
    cases.add(bad(Message.PARTITION_MISSING, "Bad has a @Key but no partition", "record Bad",
        "public record Bad(@Key String id) {}"));
    cases.add(bad(Message.PARTITION_EMPTY, "@Partition on Bad has an empty name", "@Partition(\"\")",
        "@Partition(\"\") public record Bad(@Key String id) {}"));
    cases.add(bad(Message.PARTITION_NAME_ON_COMPONENT, "@Partition on component tenant takes no name",
        "@Partition(\"t\")",
        "@Partition(\"bad\") public record Bad(",
        "    @Partition(\"t\") String tenant,",
        "    @Key String id) {}"));
    cases.add(bad(Message.PARTITION_TWICE, "@Partition is on both tenant and region", "@Partition String region",
        "@Partition(\"bad\") public record Bad(",
        "    @Partition String tenant,",
        "    @Partition String region,",
        "    @Key String id) {}"));
    cases.add(bad(Message.PARTITION_TYPE, "@Partition component tenants has type java.util.List<java.lang.String>",
        "List<String> tenants",
        "@Partition(\"bad\") public record Bad(",
        "    @Partition java.util.List<String> tenants,",
        "    @Key String id) {}"));
    cases.add(bad(Message.PARTITION_NAMESPACE_MISSING, "@Partition component tenant names the partition, but Bad"
        + " has no @Partition name to keep its items apart from other types' items: add @Partition(\"bads\") on the"
        + " type; its items then live in partitions \"bads#<tenant>\"", "record Bad",
        "public record Bad(",
        "    @Partition String tenant,",
        "    @Key String id) {}"));
    cases.add(bad(Message.PARTITION_NAME_SEPARATOR, "@Partition name \"bad#x\" of Bad contains '#'",
        "@Partition(\"bad#x\")",
        "@Partition(\"bad#x\") public record Bad(@Key String id) {}"));
    cases.add(bad(Message.PARTITION_SHARDS_RANGE, "@Partition(shards = 0) on Bad: a type's partition is split into 1"
        + " to 64 shards", "shards = 0", "@Partition(value = \"bad\", shards = 0) public record Bad(@Key String id) {}"));
    cases.add(bad(Message.PARTITION_SHARDS_RANGE, "@Partition(shards = 65) on Bad", "shards = 65",
        "@Partition(value = \"bad\", shards = 65) public record Bad(@Key String id) {}"));
    cases.add(bad(Message.PARTITION_TABLE_KEY, "@Partition(table = \"AuditLog\") on Bad: the table is a"
        + " configuration key (dynastore.tables.<key>.name), in kebab-case: lower-case letters, digits and '-',"
        + " starting with a letter, e.g. \"audit-log\"", "table = \"AuditLog\"",
        "@Partition(value = \"bad\", table = \"AuditLog\") public record Bad(@Key String id) {}"));
    cases.add(bad(Message.PARTITION_TABLE_ON_COMPONENT, "@Partition(table = \"audit\") on component tenant: a"
        + " type's items live in one table; put table on the type's @Partition", "table = \"audit\"",
        "@Partition(\"bad\") public record Bad(",
        "    @Partition(table = \"audit\") String tenant,",
        "    @Key String id) {}"));
    cases.add(bad(Message.PARTITION_SHARDS_ON_COMPONENT, "@Partition(shards = 4) on Bad, whose partition comes from"
        + " component tenant: each value of tenant is a partition already", "shards = 4",
        "@Partition(value = \"bad\", shards = 4) public record Bad(",
        "    @Partition String tenant,",
        "    @Key String id) {}"));
    cases.add(bad(Message.PARTITION_SHARDS_ON_VALUE, "@Partition(shards = 16) on component tenant: shards spread a"
        + " type's one partition", "shards = 16",
        "@Partition(\"bad\") public record Bad(",
        "    @Partition(shards = 16) String tenant,",
        "    @Key String id) {}"));
    cases.add(bad(Message.KEY_MISSING, "Bad has no @Key: mark the component", "record Bad",
        "@Partition(\"bad\") public record Bad(String id) {}"));
    cases.add(bad(Message.KEY_TWICE, "@Key is on both id and email", "@Key String email",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Key String email) {}"));
    cases.add(bad(Message.KEY_TYPE, "@Key component id has type java.time.Instant, which cannot be a key",
        "Instant id",
        "@Partition(\"bad\") public record Bad(@Key java.time.Instant id) {}"));
    cases.add(bad(Message.KEY_AND_PARTITION, "component id is both @Key and @Partition", "@Key @Partition",
        "@Partition(\"bad\") public record Bad(@Key @Partition String id) {}"));
    cases.add(bad(Message.INDEX_NAME_EMPTY, "@Indexed on created has an empty index name", "@Indexed(\"\")",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Indexed(\"\") String created) {}"));
    cases.add(bad(Message.INDEX_NAME_INVALID, "@Indexed(\"ix\") on created: DynamoDB names an index with 3 to 255",
        "@Indexed(\"ix\")",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Indexed(\"ix\") String created) {}"));
    cases.add(bad(Message.INDEX_TYPE, "@Indexed component tags has type java.util.List<java.lang.String>, which "
            + "cannot be an index key", "List<String> tags",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Indexed(\"idx_tags\") java.util.List<String> tags) {}"));
    cases.add(bad(Message.INDEX_SORT_CONFLICT, "index idx_created is sorted by both created and updated",
        "String updated",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Indexed(\"idx_created\") String created,",
        "    @Indexed(\"idx_created\") String updated) {}"));
    cases.add(bad(Message.INDEX_PARTITION_CONFLICT, "index idx_by is partitioned by both status and kind",
        "partitionBy = \"kind\"",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    String status,",
        "    String kind,",
        "    @Indexed(value = \"idx_by\", partitionBy = \"status\")",
        "    @Indexed(value = \"idx_by\", partitionBy = \"kind\") String created) {}"));
    cases.add(bad(Message.INDEX_PARTITION_UNKNOWN, "partitionBy \"stat\" of index idx_status names no attribute of "
            + "Bad; its attributes are [created, id, status]", "partitionBy = \"stat\"",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    String status,",
        "    @Indexed(value = \"idx_status\", partitionBy = \"stat\") String created) {}"));
    cases.add(bad(Message.INDEX_PARTITION_SELF, "index idx_x is partitioned and sorted by the same attribute created",
        "partitionBy = \"created\"",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Indexed(value = \"idx_x\", partitionBy = \"created\") String created) {}"));
    cases.add(bad(Message.INDEX_PARTITION_TYPE, "index idx_vip is partitioned by vip of type boolean",
        "partitionBy = \"vip\"",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    boolean vip,",
        "    @Indexed(value = \"idx_vip\", partitionBy = \"vip\") String created) {}"));
    cases.add(bad(Message.INDEX_RESERVED_ATTRIBUTE, "@Indexed component name is stored as top-level attribute "
            + "\"name\", which Dynastore reserves (id, name, version, expires, payload, wtoken, fence): rename it with "
            + "@Attribute(\"badName\")", "String name",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Indexed(\"idx_name\") String name) {}"));
    cases.add(bad(Message.INDEX_CONVERTED, "@Indexed component price uses @Convert", "@Indexed(\"idx_price\")",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Indexed(\"idx_price\") @Convert(Bad.PriceConverter.class) java.math.BigDecimal price) {",
        "  public static final class PriceConverter extends BigDecimalText {}",
        "}"));
    cases.add(bad(Message.INDEX_NOT_STORED, "component note is @Ignore and @Indexed: an index key must be stored",
        "String note",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Indexed(\"idx_note\") @Ignore String note) {}"));
    cases.add(bad(Message.ATTRIBUTE_EMPTY, "@Attribute on name has an empty name", "@Attribute(\"\")",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Attribute(\"\") String name) {}"));
    cases.add(bad(Message.ATTRIBUTE_DUPLICATE, "components name and fullName are both stored as attribute "
            + "\"name\": rename one with @Attribute", "String fullName",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    String name,",
        "    @Attribute(\"name\") String fullName) {}"));
    cases.add(bad(Message.NO_CONVERTER, "component lock has type java.lang.Object, which Dynastore cannot store",
        "Object lock",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    Object lock) {}"));
    cases.add(bad(Message.CONVERTER_INVALID, "@Convert(String.class) on price: the converter must be a class "
            + "implementing AttributeConverter<java.math.BigDecimal>", "String.class",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Convert(String.class) java.math.BigDecimal price) {}"));
    cases.add(bad(Message.EXPIRES_TYPE, "@Expires component ttl has type long: it must be java.time.Instant",
        "long ttl",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Expires long ttl) {}"));
    cases.add(bad(Message.EXPIRES_TWICE, "@Expires is on both a and b", "Instant b",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Expires java.time.Instant a,",
        "    @Expires java.time.Instant b) {}"));
    cases.add(bad(Message.VERSION_TYPE, "@Version component version has type int: it must be long or Long",
        "int version",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Version int version) {}"));
    cases.add(bad(Message.VERSION_TWICE, "@Version is on both a and b", "long b",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Version long a,",
        "    @Version long b) {}"));
    cases.add(bad(Message.MARKER_ON_STORED_ROLE, "component revision is @Version and also @Indexed", "long revision",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    @Indexed(\"idx_rev\") @Version long revision) {}"));
    cases.add(bad(Message.REPOSITORY_NOT_INTERFACE, "@Repository Bad is not an interface", "abstract class Bad",
        "@Repository public abstract class Bad implements dev.dynastore.DynastoreRepository<Shop> {}"));
    cases.add(bad(Message.REPOSITORY_NO_ENTITY, "@Repository Bad does not say its entity: extend "
            + "DynastoreRepository<E>, where E is a type annotated @Partition", "interface Bad",
        "@Repository public interface Bad extends dev.dynastore.DynastoreRepository<String> {}"));
    cases.add(bad(Message.REPOSITORY_GENERIC, "@Repository Bad is generic", "interface Bad",
        "@Repository public interface Bad<T> extends dev.dynastore.DynastoreRepository<Shop> {}"));
    cases.add(bad(Message.QUERY_UNKNOWN_INDEX, "@Query index \"idx_cty\" is not an index of Shop; its indexes are "
            + "[idx_city, idx_owner]", "idx_cty",
        "@Repository public interface Bad extends dev.dynastore.DynastoreRepository<Shop> {",
        "  @Query(index = \"idx_cty\")",
        "  dev.dynastore.Page<Shop> inCity(String prefix, dev.dynastore.PageRequest page);",
        "}"));
    cases.add(bad(Message.QUERY_RETURN_TYPE, "inCity(String prefix, PageRequest page) returns java.util.List<test.Shop>:"
            + " a listing returns Page<Shop>, Stream<Shop>, Stream<Versioned<Shop>>, long (a count) or"
            + " Listing<Shop, String>", "inCity(",
        "@Repository public interface Bad extends dev.dynastore.DynastoreRepository<Shop> {",
        "  @Query(index = \"idx_city\")",
        "  java.util.List<Shop> inCity(String prefix, dev.dynastore.PageRequest page);",
        "}"));
    cases.add(bad(Message.QUERY_PARAMETERS, "byOwner(PageRequest page) takes (PageRequest page): this listing takes "
            + "(String, [KeyRange<String> or String prefix], PageRequest)", "byOwner(",
        "@Repository public interface Bad extends dev.dynastore.DynastoreRepository<Shop> {",
        "  @Query(index = \"idx_owner\")",
        "  dev.dynastore.Page<Shop> byOwner(dev.dynastore.PageRequest page);",
        "}"));
    cases.add(bad(Message.QUERY_RANGE_TYPE, "parameter opened of since(String owner, KeyRange<Instant> opened,"
            + " PageRequest page)"
            + " is KeyRange<Instant>, but index idx_owner is sorted by String opened: declare KeyRange<String>",
        "KeyRange<java.time.Instant> opened",
        "@Repository public interface Bad extends dev.dynastore.DynastoreRepository<Shop> {",
        "  @Query(index = \"idx_owner\")",
        "  dev.dynastore.Page<Shop> since(String owner,",
        "      dev.dynastore.KeyRange<java.time.Instant> opened, dev.dynastore.PageRequest page);",
        "}"));
    cases.add(bad(Message.QUERY_NOT_ABSTRACT, "@Query on inCity, a default method: Dynastore implements abstract"
            + " methods only", "inCity(",
        "@Repository public interface Bad extends dev.dynastore.DynastoreRepository<Shop> {",
        "  @Query(index = \"idx_city\")",
        "  default dev.dynastore.Page<Shop> inCity(dev.dynastore.PageRequest page) { return null; }",
        "}"));
    cases.add(bad(Message.KEY_METHOD_SIGNATURE, "get(long id) does not fit a get by key: declare "
            + "java.util.Optional<dev.dynastore.Versioned<test.Shop>> get(String), optionally with a Consistency",
        "get(long id)",
        "@Repository public interface Bad extends dev.dynastore.DynastoreRepository<Shop> {",
        "  java.util.Optional<dev.dynastore.Versioned<Shop>> get(long id);",
        "}"));
    cases.add(bad(Message.METHOD_UNSUPPORTED, "findByOwnerName(String name) is not a method Dynastore can implement",
        "findByOwnerName",
        "@Repository public interface Bad extends dev.dynastore.DynastoreRepository<Shop> {",
        "  java.util.List<Shop> findByOwnerName(String name);",
        "}"));
    return cases.stream();
  }

  /** A valid entity for the declared-repository cases. */
  private static final JavaFileObject SHOP = Compilations.source("test.Shop",
      "package test;",
      "import dev.dynastore.annotations.*;",
      "@Partition(\"shops\") public record Shop(",
      "    @Key String id,",
      "    @Indexed(\"idx_city\") String city,",
      "    String owner,",
      "    @Indexed(value = \"idx_owner\", partitionBy = \"owner\") String opened) {}");

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsOneErrorOnTheOffendingLine(Message message, String expected, String line, JavaFileObject source) {
    TESTED.add(message);
    Compilation compilation = Compilations.compileWithoutInject(source, BIG_DECIMAL_TEXT, SHOP);

    assertThat(compilation).hadErrorContaining(expected).inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @org.junit.jupiter.api.Test
  void twoEntitiesCannotShareAPartitionName() {
    TESTED.add(Message.PARTITION_NAME_TAKEN);
    JavaFileObject source = Compilations.source("test.Bad",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"shops\") public record Bad(@Partition String tenant, @Key String id) {}");
    Compilation compilation = Compilations.compileWithoutInject(source, SHOP);

    // reported on the type processed second, naming both
    assertThat(compilation).hadErrorContaining("test.Bad and test.Shop both store their items under the partition"
        + " name \"shops\": their items would mix").inFile(SHOP).onLineContaining("@Partition(\"shops\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @org.junit.jupiter.api.Test
  void anUnresolvableComponentTypeIsReportedOnceProcessingIsOver() {
    TESTED.add(Message.UNRESOLVED_TYPE);
    JavaFileObject source = Compilations.source("test.Bad",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"bad\") public record Bad(",
        "    @Key String id,",
        "    NotGeneratedYet later) {}");
    Compilation compilation = Compilations.compile(source);

    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLineContaining("NotGeneratedYet");
    assertThat(compilation).hadErrorContaining("test.Bad has a component of type NotGeneratedYet, which could not be "
        + "resolved").inFile(source).onLineContaining("record Bad");
    assertThat(compilation).hadErrorCount(2);
  }

  @org.junit.jupiter.api.Test
  void everyProblemOfAnEntityIsReportedInOneCompile() {
    JavaFileObject source = Compilations.source("test.Bad",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"\") public record Bad(",
        "    @Indexed(\"idx_name\") String name,",
        "    Object lock) {}");
    Compilation compilation = Compilations.compile(source);

    assertThat(compilation).hadErrorContaining("empty name");
    assertThat(compilation).hadErrorContaining("has no @Key");
    assertThat(compilation).hadErrorContaining("reserves");
    assertThat(compilation).hadErrorContaining("cannot store");
    assertThat(compilation).hadErrorCount(4);
  }

  /** An entity with a numeric and an instant sort key, for the checks on ranges. */
  private static final JavaFileObject SCORE = Compilations.source("test.Score",
      "package test;",
      "import dev.dynastore.annotations.*;",
      "@Partition(\"scores\") public record Score(",
      "    @Key long id,",
      "    @Indexed(\"idx_points\") int points,",
      "    @Indexed(\"idx_at\") java.time.Instant at) {}");

  @org.junit.jupiter.api.Test
  void aPrefixOnANumericSortKeyDoesNotCompile() {
    // declared: a String where the numeric sort key's range goes is not a prefix, and the message says what is
    JavaFileObject declared = Compilations.source("test.Bad",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Repository public interface Bad extends dev.dynastore.DynastoreRepository<Score> {",
        "  @Query(index = \"idx_points\")",
        "  dev.dynastore.Page<Score> pointsStartingWith(String prefix, dev.dynastore.PageRequest page);",
        "}");
    Compilation compilation = Compilations.compileWithoutInject(declared, SCORE);
    assertThat(compilation).hadErrorContaining("this listing takes ([KeyRange<Integer>], PageRequest)")
        .inFile(declared).onLineContaining("pointsStartingWith");
    assertThat(compilation).hadErrorCount(1);

    // generated: beginsWith makes a KeyRange<String>, which a listing sorted by numbers or instants does not take
    JavaFileObject caller = Compilations.source("test.Caller",
        "package test;",
        "import dev.dynastore.KeyRange;",
        "class Caller {",
        "  Object byKey(ScoreRepository scores) { return scores.listing().where(KeyRange.beginsWith(\"1\")); }",
        "  Object byPoints(ScoreRepository scores) { return scores.byPoints().where(KeyRange.beginsWith(\"1\")); }",
        "  Object byAt(ScoreRepository scores) { return scores.byAt().where(KeyRange.atLeast(\"2026\")); }",
        "  Object fine(ScoreRepository scores) { return scores.byPoints().where(KeyRange.between(1, 10)); }",
        "}");
    compilation = Compilations.compileWithoutInject(caller, SCORE);
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(caller).onLineContaining("Object byKey(");
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(caller).onLineContaining("Object byPoints(");
    assertThat(compilation).hadErrorContaining("incompatible").inFile(caller).onLineContaining("Object byAt(");
    assertThat(compilation).hadErrorCount(3);
  }

  @org.junit.jupiter.api.Test
  void aDeclaredListingIsTypedByItsSortKey() {
    JavaFileObject declared = Compilations.source("test.Bad",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Repository public interface Bad extends dev.dynastore.DynastoreRepository<Score> {",
        "  @Query(index = \"idx_at\")",
        "  dev.dynastore.Listing<Score, Long> recent();",
        "}");
    Compilation compilation = Compilations.compileWithoutInject(declared, SCORE);
    assertThat(compilation).hadErrorContaining("the listing of recent() is Listing<Score, Long>, but index idx_at is"
        + " sorted by Instant at: declare Listing<Score, Instant>").inFile(declared).onLineContaining("recent()");
    assertThat(compilation).hadErrorCount(1);
  }

  @AfterAll
  static void everyMessageIsTested() {
    Set<Message> untested = EnumSet.complementOf(EnumSet.copyOf(TESTED));
    // the crash message only appears when the processor has a bug: there is no input that should trigger it
    untested.remove(Message.PROCESSOR_CRASHED);
    org.assertj.core.api.Assertions.assertThat(untested).as("messages without a negative test").isEmpty();
  }

  /** A converter base for cases that need a valid one. */
  private static final JavaFileObject BIG_DECIMAL_TEXT = Compilations.source("test.BigDecimalText",
      "package test;",
      "import java.math.BigDecimal;",
      "import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;",
      "import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;",
      "import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;",
      "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
      "public class BigDecimalText implements AttributeConverter<BigDecimal> {",
      "  public AttributeValue transformFrom(BigDecimal v) { return AttributeValue.fromS(v.toPlainString()); }",
      "  public BigDecimal transformTo(AttributeValue v) { return new BigDecimal(v.s()); }",
      "  public EnhancedType<BigDecimal> type() { return EnhancedType.of(BigDecimal.class); }",
      "  public AttributeValueType attributeValueType() { return AttributeValueType.S; }",
      "}");

  private static Arguments bad(Message message, String expected, String line, String... body) {
    List<String> lines = new ArrayList<>(List.of("package test;", "import dev.dynastore.annotations.*;"));
    lines.addAll(List.of(body));
    return Arguments.of(message, expected, line, Compilations.source("test.Bad", lines.toArray(new String[0])));
  }
}
