package dev.dynastore.tools;

import dev.dynastore.TableDefinition;
import dev.dynastore.TableTemplate;
import dev.dynastore.kv.Index;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The command that writes a production table's CloudFormation template ({@link TableTemplate}) from the generated
 * schemas of the entity types it serves. Run it with your application's class path:
 *
 * <pre>
 * java -cp target/classes:$(cat cp.txt) dev.dynastore.tools.TableTemplates --table CRMTable \
 *     --entity com.example.Customer --entity com.example.Order \
 *     [--provisioned 25,10] [--no-point-in-time-recovery] [--tag team=crm] [--logical-id Crm] [--out table.json]
 * </pre>
 *
 * <p>{@code --entity} names an entity class (its generated {@code <Entity>Schema} is used) or a generated schema.
 * Exits 0 with the template, 2 with the reason when the arguments are wrong.
 */
public final class TableTemplates {
  private TableTemplates() {}

  /** Writes the template, or the reason it cannot and exit status 2. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** As {@link #main}, writing to {@code out} and {@code err}: the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Arguments arguments = Arguments.parse(args);
      TableTemplate template = TableTemplate.of(arguments.table, arguments.definition())
          .pointInTimeRecovery(arguments.pointInTimeRecovery);
      if (arguments.logicalId != null) {
        template.logicalId(arguments.logicalId);
      }
      if (arguments.readUnits > 0) {
        template.provisioned(arguments.readUnits, arguments.writeUnits);
      }
      arguments.tags.forEach(tag -> template.tag(tag[0], tag[1]));
      String json = template.toCloudFormation();
      if (arguments.out == null) {
        out.print(json);
      } else {
        Files.writeString(arguments.out, json, StandardCharsets.UTF_8);
      }
      return 0;
    } catch (IllegalArgumentException | IOException e) {
      err.println("TableTemplates: " + e.getMessage());
      err.println("usage: TableTemplates --table NAME --entity CLASS [--entity CLASS]... [--provisioned READ,WRITE]"
          + " [--no-point-in-time-recovery] [--tag KEY=VALUE]... [--logical-id ID] [--out FILE]");
      return 2;
    }
  }

  private static final class Arguments {
    String table;
    final List<String> entities = new ArrayList<>();
    long readUnits;
    long writeUnits;
    boolean pointInTimeRecovery = true;
    final List<String[]> tags = new ArrayList<>();
    String logicalId;
    Path out;

    static Arguments parse(String[] args) {
      Arguments parsed = new Arguments();
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        switch (option) {
          case "--table" -> parsed.table = value(args, ++i, option);
          case "--entity" -> parsed.entities.add(value(args, ++i, option));
          case "--provisioned" -> {
            String[] units = value(args, ++i, option).split(",");
            try {
              if (units.length != 2) {
                throw new NumberFormatException();
              }
              parsed.readUnits = Long.parseLong(units[0].trim());
              parsed.writeUnits = Long.parseLong(units[1].trim());
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--provisioned takes READ,WRITE units, e.g. 25,10");
            }
            if (parsed.readUnits < 1 || parsed.writeUnits < 1) {
              throw new IllegalArgumentException("--provisioned takes at least 1 read and 1 write unit");
            }
          }
          case "--no-point-in-time-recovery" -> parsed.pointInTimeRecovery = false;
          case "--tag" -> {
            String tag = value(args, ++i, option);
            int equals = tag.indexOf('=');
            if (equals < 1) {
              throw new IllegalArgumentException("--tag takes KEY=VALUE, was " + tag);
            }
            parsed.tags.add(new String[] {tag.substring(0, equals), tag.substring(equals + 1)});
          }
          case "--logical-id" -> parsed.logicalId = value(args, ++i, option);
          case "--out" -> parsed.out = Path.of(value(args, ++i, option));
          default -> throw new IllegalArgumentException("unknown argument " + option);
        }
      }
      if (parsed.table == null) {
        throw new IllegalArgumentException("--table is required");
      }
      if (parsed.entities.isEmpty()) {
        throw new IllegalArgumentException("name at least one --entity");
      }
      return parsed;
    }

    TableDefinition definition() {
      TableDefinition definition = TableDefinition.withoutIndexes();
      for (String entity : entities) {
        definition = definition.and(indexesOf(entity));
      }
      return definition;
    }

    private static String value(String[] args, int at, String option) {
      if (at >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[at];
    }
  }

  /**
   * The class itself, its generated schema, and for a nested entity ({@code Outer.Inner} or {@code Outer$Inner})
   * the schema the processor names {@code Outer_InnerSchema}.
   */
  private static List<String> candidates(String className) {
    List<String> candidates = new ArrayList<>(List.of(className, className + "Schema"));
    String name = className.replace('$', '.');
    for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
      int packageEnd = name.lastIndexOf('.', dot - 1);
      String nested = name.substring(packageEnd + 1).replace('.', '_');
      candidates.add((packageEnd < 0 ? "" : name.substring(0, packageEnd + 1)) + nested + "Schema");
    }
    return candidates;
  }

  /** The {@code INDEXES} a generated schema declares: of the class named, or of its generated schema. */
  static Collection<? extends Index> indexesOf(String className) {
    for (String candidate : candidates(className)) {
      Class<?> type;
      try {
        type = Class.forName(candidate, false, Thread.currentThread().getContextClassLoader());
      } catch (ClassNotFoundException e) {
        continue;
      }
      try {
        Field field = type.getField("INDEXES");
        if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Collection<?> list
            && list.stream().allMatch(Index.class::isInstance)) {
          @SuppressWarnings("unchecked")
          Collection<? extends Index> indexes = (Collection<? extends Index>) list;
          return indexes;
        }
      } catch (NoSuchFieldException | IllegalAccessException e) {
        // not a generated schema: try the next name
      }
    }
    throw new IllegalArgumentException("no generated schema for " + className + ": name an entity class whose"
        + " <Entity>Schema the processor generated, or that schema, and put your classes on the class path");
  }
}
