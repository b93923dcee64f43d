package dev.dynastore.spring;

import dev.dynastore.spring.DynastoreProperties.TableProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which table each indexed repository is bound to: its entity's by configuration
 * ({@code dynastore.tables.<key>.entities}), else by {@code @Partition(table = "<key>")}, else the default table
 * ({@code dynastore.table}). Checked as a whole before any bean is made.
 */
final class TableBindings {
  /** The key of the default table among {@link #tables()}. */
  static final String DEFAULT = "";

  private final Map<String, BoundTable> tables = new LinkedHashMap<>();

  /** A table and the repositories bound to it; {@code key} is {@link #DEFAULT} for the default table. */
  record BoundTable(String key, String name, List<IndexedRepository> repositories) {}

  private TableBindings() {}

  /**
   * The bindings of these repositories under this configuration.
   *
   * @throws DynastoreConfigurationException if a table is named by no configuration, an entity is bound to two
   *     tables, or configuration names an entity that has no repository
   */
  static TableBindings of(DynastoreProperties properties, List<IndexedRepository> repositories) {
    // one form per key: as the entities write it, else as configuration does (an environment variable's key has no
    // dashes: DYNASTORE_TABLES_AUDITLOG_NAME binds the key "auditlog", which is "audit-log")
    Map<String, String> keyForms = new LinkedHashMap<>();
    for (IndexedRepository repository : repositories) {
      if (!repository.tableKey().isEmpty()) {
        keyForms.putIfAbsent(loose(repository.tableKey()), repository.tableKey());
      }
    }
    properties.getTables().keySet().forEach(key -> keyForms.putIfAbsent(loose(key), key));
    java.util.function.UnaryOperator<String> canonical =
        key -> key.equals(DEFAULT) ? DEFAULT : keyForms.getOrDefault(loose(key), key);

    Map<String, String> configuredKeyOfEntity = new LinkedHashMap<>();
    for (Map.Entry<String, TableProperties> table : properties.getTables().entrySet()) {
      String key = canonical.apply(table.getKey());
      if (blank(table.getValue().getName())) {
        throw new DynastoreConfigurationException("dynastore.tables." + table.getKey() + " has no name",
            "set dynastore.tables." + table.getKey() + ".name to the table's name in DynamoDB");
      }
      for (String entity : table.getValue().getEntities()) {
        String other = configuredKeyOfEntity.put(entity.replace('$', '.'), key);
        if (other != null && !other.equals(key)) {
          throw new DynastoreConfigurationException("entity " + entity + " is bound to two tables, by"
              + " dynastore.tables." + other + ".entities and dynastore.tables." + key + ".entities",
              "bind it to one: its items live in one table");
        }
      }
    }
    Set<String> indexedEntities = new TreeSet<>();
    TableBindings bindings = new TableBindings();
    for (IndexedRepository repository : repositories) {
      indexedEntities.add(repository.entityCanonicalName());
      String key = configuredKeyOfEntity.getOrDefault(repository.entityCanonicalName(),
          canonical.apply(repository.tableKey()));
      bindings.bind(key, repository, properties);
    }
    for (String entity : configuredKeyOfEntity.keySet()) {
      if (!indexedEntities.contains(entity)) {
        throw new DynastoreConfigurationException("dynastore.tables." + configuredKeyOfEntity.get(entity)
            + ".entities names " + entity + ", which has no Dynastore repository on the class path (entities: "
            + (indexedEntities.isEmpty() ? "none" : String.join(", ", indexedEntities)) + ")",
            "give the entity's qualified name, as written in source, or compile it with dynastore-processor");
      }
    }
    // tables without repositories too: for the K/V API, locks, or repositories made by hand
    if (!blank(properties.getTable())) {
      bindings.tables.computeIfAbsent(DEFAULT, k -> new BoundTable(DEFAULT, properties.getTable(), new ArrayList<>()));
    }
    properties.getTables().forEach((key, table) -> bindings.tables.computeIfAbsent(canonical.apply(key),
        k -> new BoundTable(k, table.getName(), new ArrayList<>())));
    return bindings;
  }

  private void bind(String key, IndexedRepository repository, DynastoreProperties properties) {
    BoundTable table = tables.get(key);
    if (table == null) {
      table = new BoundTable(key, tableName(key, repository, properties), new ArrayList<>());
      tables.put(key, table);
    }
    table.repositories().add(repository);
  }

  private static String tableName(String key, IndexedRepository repository, DynastoreProperties properties) {
    if (key.equals(DEFAULT)) {
      if (blank(properties.getTable())) {
        throw new DynastoreConfigurationException("no table for " + repository.type() + ", a repository of "
            + repository.entityCanonicalName() + ", which is bound to the default table",
            "set dynastore.table to the default table's name, or bind the entity to another table with"
            + " @Partition(table = \"<key>\") or dynastore.tables.<key>.entities");
      }
      return properties.getTable();
    }
    TableProperties table = configured(properties, key);
    if (table == null) {
      throw new DynastoreConfigurationException("no table named for key \"" + key + "\", which "
          + repository.entityCanonicalName() + " is bound to (its @Partition(table = \"" + key + "\"))",
          "set dynastore.tables." + key + ".name to the table's name in DynamoDB");
    }
    return table.getName();
  }

  /**
   * The table configured under {@code key}: as written ({@code dynastore.tables.audit-log}), or as an environment
   * variable binds it ({@code DYNASTORE_TABLES_AUDITLOG_NAME} gives the key {@code auditlog}): keys are compared
   * without dashes and case.
   */
  private static TableProperties configured(DynastoreProperties properties, String key) {
    TableProperties exact = properties.getTables().get(key);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, TableProperties> table : properties.getTables().entrySet()) {
      if (loose(table.getKey()).equals(loose(key))) {
        return table.getValue();
      }
    }
    return null;
  }

  private static String loose(String key) {
    return key.replace("-", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** Each table, the default first when it has repositories or a name. */
  List<BoundTable> tables() {
    List<BoundTable> all = new ArrayList<>();
    if (tables.containsKey(DEFAULT)) {
      all.add(tables.get(DEFAULT));
    }
    tables.forEach((key, table) -> {
      if (!key.equals(DEFAULT)) {
        all.add(table);
      }
    });
    return all;
  }
}
