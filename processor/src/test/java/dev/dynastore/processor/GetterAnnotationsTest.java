package dev.dynastore.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/**
 * Annotations on a class's getters, as Enhanced Client users write them ({@code @DynamoDbPartitionKey} on
 * {@code getId()}): a property is annotated on its field or on its getter, and either way the processor writes the
 * same code. Records keep being read from their components, although javac now copies the annotations to their
 * accessors too. The errors for an annotation in the wrong place are in {@link CompileErrorsTest}.
 */
class GetterAnnotationsTest {
  /** The converter the beans name with {@code @Convert}. */
  private static final JavaFileObject REVERSED = Compilations.source("test.Reversed",
      "package test;",
      "import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;",
      "import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;",
      "import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;",
      "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
      "public class Reversed implements AttributeConverter<String> {",
      "  public AttributeValue transformFrom(String v) {",
      "    return AttributeValue.fromS(new StringBuilder(v).reverse().toString());",
      "  }",
      "  public String transformTo(AttributeValue v) { return new StringBuilder(v.s()).reverse().toString(); }",
      "  public EnhancedType<String> type() { return EnhancedType.of(String.class); }",
      "  public AttributeValueType attributeValueType() { return AttributeValueType.S; }",
      "}");

  /**
   * A bean with every annotation a property can carry, each either on the field or on the getter: the
   * {@code %s} before a field and before its getter are filled with the annotation or left empty.
   */
  private static JavaFileObject account(boolean onGetters) {
    String[][] properties = {
        // annotations, type, name, getter prefix
        {"@Partition", "String", "tenant", "get"},
        {"@Key", "String", "id", "get"},
        {"@Attribute(\"holder\")", "String", "owner", "get"},
        {"@Indexed(\"idx_opened\") @Indexed(value = \"idx_holder\", partitionBy = \"holder\")", "java.time.Instant",
            "opened", "get"},
        {"@Attribute(\"on\")", "boolean", "active", "is"},
        {"@Convert(Reversed.class)", "String", "note", "get"},
        {"@Version", "long", "version", "get"},
        {"@Expires", "java.time.Instant", "expiresAt", "get"},
        {"@Ignore", "String", "scratch", "get"},
        {"", "int", "visits", "get"},
    };
    List<String> lines = new ArrayList<>(List.of("package test;", "import dev.dynastore.annotations.*;",
        "@Partition(\"accounts\") public class Account {"));
    for (String[] p : properties) {
      lines.add("  " + (onGetters ? "" : p[0] + " ") + "private " + p[1] + " " + p[2] + ";");
    }
    lines.add("  public Account() {}");
    for (String[] p : properties) {
      String capitalized = Character.toUpperCase(p[2].charAt(0)) + p[2].substring(1);
      lines.add("  " + (onGetters ? p[0] + " " : "") + "public " + p[1] + " " + p[3] + capitalized + "() { return "
          + p[2] + "; }");
      lines.add("  public void set" + capitalized + "(" + p[1] + " value) { this." + p[2] + " = value; }");
    }
    lines.add("}");
    return Compilations.source("test.Account", lines.toArray(new String[0]));
  }

  @Test
  void aBeanAnnotatedOnItsGettersGetsTheCodeOfOneAnnotatedOnItsFields() throws IOException {
    Compilation onFields = Compilations.compileWithoutInject(account(false), REVERSED);
    Compilation onGetters = Compilations.compileWithoutInject(account(true), REVERSED);

    assertThat(onFields).succeededWithoutWarnings();
    assertThat(onGetters).succeededWithoutWarnings();
    for (String generated : List.of("test.AccountSchema", "test.AccountRepository")) {
      assertThat(onGetters).generatedSourceFile(generated).contentsAsUtf8String()
          .isEqualTo(contents(onFields, generated));
    }
    // the schema really holds what the annotations say
    String schema = contents(onGetters, "test.AccountSchema");
    org.assertj.core.api.Assertions.assertThat(schema)
        .contains("\"holder\"", "\"on\"", "new Reversed()", "IDX_OPENED", "IDX_HOLDER", "getExpiresAt()")
        .doesNotContain("scratch");
  }

  @Test
  void anImmutableClassAnnotatedOnItsGettersGetsTheCodeOfOneAnnotatedOnItsFields() throws IOException {
    Compilation onFields = Compilations.compileWithoutInject(Compilations.source("test.Invoice",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"invoices\") public final class Invoice {",
        "  @Key private final long number;",
        "  @Indexed(\"idx_total\") private final Long total;",
        "  public Invoice(long number, Long total) { this.number = number; this.total = total; }",
        "  public long number() { return number; }",
        "  public Long getTotal() { return total; }",
        "}"));
    Compilation onGetters = Compilations.compileWithoutInject(Compilations.source("test.Invoice",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"invoices\") public final class Invoice {",
        "  private final long number;",
        "  private final Long total;",
        "  public Invoice(long number, Long total) { this.number = number; this.total = total; }",
        "  @Key public long number() { return number; }",
        "  @Indexed(\"idx_total\") public Long getTotal() { return total; }",
        "}"));

    assertThat(onGetters).succeededWithoutWarnings();
    for (String generated : List.of("test.InvoiceSchema", "test.InvoiceRepository")) {
      assertThat(onGetters).generatedSourceFile(generated).contentsAsUtf8String()
          .isEqualTo(contents(onFields, generated));
    }
  }

  @Test
  void ignoreOnAGetterLeavesThePropertyOutAndNeedsNoSetter() throws IOException {
    Compilation compilation = Compilations.compileWithoutInject(Compilations.source("test.Note",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"notes\") public class Note {",
        "  private String id;",
        "  private String draft;",
        "  @Key public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  @Ignore public String getDraft() { return draft; }",
        "}"));

    schema(compilation, "test.NoteSchema").doesNotContain("draft");
  }

  @Test
  void aNestedBeanMayBeAnnotatedOnItsGetters() throws IOException {
    Compilation compilation = Compilations.compileWithoutInject(Compilations.source("test.Parcel",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"parcels\") public record Parcel(@Key String id, Parcel.Label label) {",
        "  public static class Label {",
        "    private String text;",
        "    private String cache;",
        "    @Attribute(\"t\") public String getText() { return text; }",
        "    public void setText(String text) { this.text = text; }",
        "    @Ignore public String getCache() { return cache; }",
        "  }",
        "}"));

    schema(compilation, "test.Parcel_LabelSchema").contains("\"t\"").doesNotContain("cache");
  }

  @Test
  void aNestedBeanAnnotatedTwiceCannotBeStored() {
    JavaFileObject source = Compilations.source("test.Parcel",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"parcels\") public record Parcel(@Key String id, Parcel.Label label) {",
        "  public static class Label {",
        "    @Attribute(\"t\") private String text;",
        "    @Attribute(\"x\") public String getText() { return text; }",
        "    public void setText(String text) { this.text = text; }",
        "  }",
        "}");
    Compilation compilation = Compilations.compileWithoutInject(source);

    assertThat(compilation).hadErrorContaining("Label cannot be stored as a nested record or bean: property text of"
        + " Label is annotated on its field and on its getter getText(): annotate the property once")
        .inFile(source).onLineContaining("Parcel.Label label");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void recordsAreReadFromTheirComponentsWhateverTheirAccessors() throws IOException {
    // javac copies a component's annotations to its implicit accessor; an explicit accessor gets none, and the
    // component's annotations still count
    Compilation compilation = Compilations.compileWithoutInject(Compilations.source("test.Tag",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(\"tags\") public record Tag(",
        "    @Partition String tenant,",
        "    @Key String id,",
        "    @Indexed(\"idx_label\") @Attribute(\"lbl\") String label,",
        "    @Version long version,",
        "    @Expires java.time.Instant expires,",
        "    @Ignore String scratch,",
        "    java.util.List<String> aliases) {",
        "  public Tag {",
        "    aliases = aliases == null ? null : java.util.List.copyOf(aliases);",
        "  }",
        "  @Override public String label() { return label; }",
        "  public String shout() { return label.toUpperCase(java.util.Locale.ROOT); }",
        "}"));

    schema(compilation, "test.TagSchema").contains("\"lbl\"", "IDX_LABEL").doesNotContain("scratch");
  }

  /** The generated schema of a compilation that must succeed without warnings, for assertions on its text. */
  private static AbstractStringAssert<?> schema(Compilation compilation, String qualifiedName) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    return org.assertj.core.api.Assertions.assertThat(contents(compilation, qualifiedName));
  }

  private static String contents(Compilation compilation, String qualifiedName) throws IOException {
    return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(false).toString();
  }
}
