package dev.dynastore.spring;

import dev.dynastore.Table;
import dev.dynastore.TableDefinition;
import dev.dynastore.internal.StoreBacked;
import java.util.List;
import java.util.function.Function;

/**
 * The tables the starter made beans of, each with the repositories bound to it: what the start-up check verifies and
 * the health indicator describes. A bean; inject it to see the bindings.
 */
public final class DynastoreTables {
  private final List<Bound> tables;

  /**
   * One table.
   *
   * @param key its configuration key ({@code dynastore.tables.<key>}), empty for the default table
   * @param table the table
   * @param repositoryBeans the names of the repository beans bound to it
   */
  public record Bound(String key, Table table, List<String> repositoryBeans) {
    public Bound {
      repositoryBeans = List.copyOf(repositoryBeans);
    }
  }

  DynastoreTables(List<Bound> tables) {
    this.tables = List.copyOf(tables);
  }

  /** Every table, the default first. */
  public List<Bound> tables() {
    return tables;
  }

  /**
   * What {@code table} needs to serve the repositories bound to it: every index of their entities, and TTL unless
   * {@code requireTtl} is false. A table without repositories (the K/V API's, locks') needs the key schema only:
   * locks never expire by TTL, and K/V items need it only to be deleted once expired.
   */
  static TableDefinition definition(Bound table, Function<String, Object> beans, boolean requireTtl) {
    if (table.repositoryBeans().isEmpty()) {
      return TableDefinition.withoutIndexes().withoutTtl();
    }
    TableDefinition definition = TableDefinition.withoutIndexes();
    for (String name : table.repositoryBeans()) {
      // a test's mock or a proxy replacing the bean is not a generated repository: its entity's indexes come from
      // the entity's other repository, or are not checked
      if (beans.apply(name) instanceof StoreBacked<?> repository) {
        definition = definition.and(repository.entityStore().indexes());
      }
    }
    return requireTtl ? definition : definition.withoutTtl();
  }
}
