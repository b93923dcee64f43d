import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes the start-up benchmark's entity types: for each of N types, a Dynastore record {@code EntityNN} (which
 * the processor then compiles into {@code EntityNNSchema}), the same item as an Enhanced Client bean
 * {@code EntityNNBean} and hand-written mapping code {@code EntityNNHand}; and {@code Entities}, which reaches
 * all of them through switches, without reflection. {@code SchemaInitMain} (hand-written) times them.
 *
 * <p>The build runs it in {@code generate-sources} with the JDK's source launcher (no compile step, no
 * dependency): {@code java StartupEntities.java OUTPUT_DIRECTORY COUNT}. Plain text rather than JavaPoet, whose
 * version here cannot write records. Files whose text is unchanged are left alone, so an unchanged build does not
 * recompile them; files of types no longer wanted are deleted.
 */
public final class StartupEntities {
  private static final String PACKAGE = "dev.dynastore.benchmarks.startup";

  /** An attribute of every entity type: its type, the value sample items hold, how hand-written code maps it. */
  private record Field(String name, String type, String sample, String handWritten) {
    String capitalized() {
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    String getter() {
      return (type.equals("boolean") ? "is" : "get") + capitalized();
    }
  }

  private static final List<Field> FIELDS = List.of(
      new Field("id", "String", "\"id\"", "map.put(\"id\", AttributeValue.createS(item.id()));\n"),
      new Field("name", "String", "\"n\"", "map.put(\"name\", AttributeValue.createS(item.name()));\n"),
      new Field("count", "int", "1",
          "map.put(\"count\", AttributeValue.createN(Integer.toString(item.count())));\n"),
      new Field("at", "Instant", "AT", "map.put(\"at\", AttributeValue.createS(item.at().toString()));\n"),
      new Field("amount", "BigDecimal", "AMOUNT",
          "map.put(\"amount\", AttributeValue.createN(item.amount().toString()));\n"),
      new Field("tags", "List<String>", "TAGS", """
          List<AttributeValue> tags = new ArrayList<>(item.tags().size());
          for (String tag : item.tags()) {
            tags.add(AttributeValue.createS(tag));
          }
          map.put("tags", AttributeValue.createL(tags));
          """),
      new Field("flag", "boolean", "true", "map.put(\"flag\", AttributeValue.createBool(item.flag()));\n"),
      new Field("counter", "long", "2L",
          "map.put(\"counter\", AttributeValue.createN(Long.toString(item.counter())));\n"));

  private static final String VALUE_IMPORTS = """
      import java.math.BigDecimal;
      import java.time.Instant;
      import java.util.List;
      """;

  private StartupEntities() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: StartupEntities OUTPUT_DIRECTORY COUNT");
    }
    Path directory = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
    int count = Integer.parseInt(args[1]);
    Map<String, String> files = new TreeMap<>();
    for (int i = 1; i <= count; i++) {
      String name = String.format("Entity%02d", i);
      files.put(name, record(name, i, count));
      files.put(name + "Bean", bean(name, i, count));
      files.put(name + "Hand", handWritten(name, i, count));
    }
    files.put("Entities", entities(count));
    write(directory, files);
  }

  /** Writes each file whose text differs and deletes the Java files not wanted any more. */
  private static void write(Path directory, Map<String, String> files) throws IOException {
    Files.createDirectories(directory);
    int written = 0;
    try (Stream<Path> existing = Files.list(directory)) {
      for (Path path : existing.toList()) {
        String file = path.getFileName().toString();
        if (file.endsWith(".java") && !files.containsKey(file.substring(0, file.length() - ".java".length()))) {
          Files.delete(path);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = directory.resolve(file.getKey() + ".java");
      byte[] text = file.getValue().getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(path) || !Arrays.equals(Files.readAllBytes(path), text)) {
        Files.write(path, text);
        written++;
      }
    }
    if (written > 0) {
      System.out.println("StartupEntities: wrote " + written + " of " + files.size() + " files to " + directory);
    }
  }

  private static String record(String name, int i, int count) {
    String components = FIELDS.stream()
        .map(f -> (f.name().equals("id") ? "@Key " : "") + f.type() + " " + f.name())
        .collect(Collectors.joining(",\n    "));
    return "package " + PACKAGE + ";\n\n"
        + "import dev.dynastore.annotations.Key;\n"
        + "import dev.dynastore.annotations.Partition;\n"
        + VALUE_IMPORTS + "\n"
        + "/** Start-up entity " + i + " of " + count + ". */\n"
        + String.format("@Partition(\"e%02d\")\n", i)
        + "public record " + name + "(\n"
        + "    " + components + ") {}\n";
  }

  private static String bean(String name, int i, int count) {
    String fields = FIELDS.stream().map(f -> "  private " + f.type() + " " + f.name() + ";\n")
        .collect(Collectors.joining());
    String accessors = FIELDS.stream().map(f -> (f.name().equals("id") ? "  @DynamoDbPartitionKey\n" : "")
        + "  public " + f.type() + " " + f.getter() + "() {\n"
        + "    return " + f.name() + ";\n"
        + "  }\n\n"
        + "  public void set" + f.capitalized() + "(" + f.type() + " " + f.name() + ") {\n"
        + "    this." + f.name() + " = " + f.name() + ";\n"
        + "  }\n").collect(Collectors.joining("\n"));
    return "package " + PACKAGE + ";\n\n"
        + VALUE_IMPORTS
        + "import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;\n"
        + "import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;\n\n"
        + "/** Start-up entity " + i + " of " + count + ", as a bean. */\n"
        + "@DynamoDbBean\n"
        + "public class " + name + "Bean {\n"
        + fields + "\n"
        + accessors
        + "}\n";
  }

  private static String handWritten(String name, int i, int count) {
    String puts = FIELDS.stream().map(f -> f.handWritten().indent(4)).collect(Collectors.joining());
    return "package " + PACKAGE + ";\n\n"
        + """
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

        """
        + "/** Start-up entity " + i + " of " + count + ", mapped by hand: the baseline of the start-up benchmark. */\n"
        + "final class " + name + "Hand {\n"
        + "  private " + name + "Hand() {}\n\n"
        + "  static Map<String, AttributeValue> toMap(" + name + " item) {\n"
        + "    Map<String, AttributeValue> map = new HashMap<>(" + (FIELDS.size() * 4 / 3 + 1) + ");\n"
        + puts
        + "    return map;\n"
        + "  }\n"
        + "}\n";
  }

  private static String entities(int count) {
    String samples = FIELDS.stream().map(Field::sample).collect(Collectors.joining(", "));
    String fills = IntStream.rangeClosed(1, count).mapToObj(i -> String.format("\n"
            + "  private static Entity%02dBean fill(Entity%02dBean bean) {\n", i, i)
            + FIELDS.stream().map(f -> "    bean.set" + f.capitalized() + "(" + f.sample() + ");\n")
                .collect(Collectors.joining())
            + "    return bean;\n"
            + "  }\n")
        .collect(Collectors.joining());
    return "package " + PACKAGE + ";\n\n"
        + """
        import java.math.BigDecimal;
        import java.time.Instant;
        import java.util.List;
        import java.util.Map;
        import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
        import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

        /**
         * Makes entity type {@code i} ready to use (schema created, one item mapped), without reflection of our own.
         * The items are made first, by {@link #record} or {@link #bean}: loading the application's own entity classes
         * is the same for every way of mapping them, so it is timed apart from the schemas.
         */
        final class Entities {
        """
        + "  static final int COUNT = " + count + ";\n"
        + """
          private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
          private static final BigDecimal AMOUNT = new BigDecimal("12.5");
          private static final List<String> TAGS = List.of("a", "b");

          private Entities() {}

          /** Touches the sample values, so that their classes load before timing starts. */
          static String sampleValues() {
            return AT + " " + AMOUNT + " " + TAGS;
          }

        """
        + byIndex(count, "An item of entity {@code i}, as the record that the generated and hand-written mappers map.",
            "Object record(int i)", i -> String.format("new Entity%02d(%s)", i, samples))
        + byIndex(count, "An item of entity {@code i}, as the bean that {@code BeanTableSchema} maps.",
            "Object bean(int i)", i -> String.format("fill(new Entity%02dBean())", i))
        + byIndex(count, "The generated schema of entity {@code i}, used once on {@code item}.",
            "Map<String, AttributeValue> generated(int i, Object item)",
            i -> String.format("Entity%02dSchema.INSTANCE.itemToMap((Entity%02d) item, true)", i, i))
        + byIndex(count, "Hand-written mapping code of entity {@code i}, used once on {@code item}: the baseline.",
            "Map<String, AttributeValue> handWritten(int i, Object item)",
            i -> String.format("Entity%02dHand.toMap((Entity%02d) item)", i, i))
        + byIndex(count,
            "The Enhanced Client's BeanTableSchema of entity {@code i}, created and used once on {@code item}.",
            "Map<String, AttributeValue> fromBean(int i, Object item)", i -> String.format(
                "TableSchema.fromBean(Entity%02dBean.class).itemToMap((Entity%02dBean) item, true)", i, i))
        + fills
        + "}\n";
  }

  /** A static method that returns {@code result} for entity index {@code i} ({@code case 0} is {@code Entity01}). */
  private static String byIndex(int count, String javadoc, String signature, IntFunction<String> result) {
    return "  /** " + javadoc + " */\n"
        + "  static " + signature + " {\n"
        + "    switch (i) {\n"
        + IntStream.rangeClosed(1, count)
            .mapToObj(i -> "      case " + (i - 1) + ":\n        return " + result.apply(i) + ";\n")
            .collect(Collectors.joining())
        + "      default:\n"
        + "        throw new IllegalArgumentException(\"no entity \" + i);\n"
        + "    }\n"
        + "  }\n\n";
  }
}
