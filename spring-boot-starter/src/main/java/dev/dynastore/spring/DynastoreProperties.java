package dev.dynastore.spring;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Dynastore's configuration, under {@code dynastore.*}: the tables repositories are bound to, how the DynamoDB client
 * is built when the application has none, and the session's settings.
 *
 * <pre>
 * # the default table
 * dynastore.table=CRMTable
 * # the table of @Partition(table = "audit") entities, and more entities bound to it by configuration
 * dynastore.tables.audit.name=AuditLog
 * dynastore.tables.audit.entities=com.example.Payment
 * # from a secret
 * dynastore.page-token-key=${PAGE_TOKEN_SECRET}
 * </pre>
 */
@ConfigurationProperties("dynastore")
public class DynastoreProperties {
  /** The default table: where repositories of entities bound to no other table live. */
  private String table;

  /**
   * Further tables, by the key entities name in {@code @Partition(table = "key")} or that configuration binds them
   * to: {@code dynastore.tables.audit.name=AuditLog}.
   */
  private Map<String, TableProperties> tables = new LinkedHashMap<>();

  /**
   * The DynamoDB endpoint of the client the starter builds when the application defines no {@code DynamoDbClient}
   * (a local DynamoDB, say); the SDK's default otherwise.
   */
  private URI endpoint;

  /** The AWS region of the client the starter builds; the SDK's default region chain otherwise. */
  private String region;

  /**
   * The secret (16 bytes or more, as UTF-8) page tokens are encrypted and authenticated with. Every instance serving
   * one listing must share it. Without it tokens use a public key: anyone can read and forge them.
   */
  private String pageTokenKey;

  /** How many shards of a sharded partition a listing reads at once. */
  private int listingParallelism = 8;

  /** What start-up does with each table the repositories are bound to. */
  private TableCheck tableCheck = TableCheck.VERIFY;

  /**
   * Whether the start-up check requires DynamoDB's TTL deletion on {@code expires}. Turn it off only for a local
   * DynamoDB without TTL (dynalite); expired items then stay, hidden, and cost storage.
   */
  private boolean requireTtl = true;

  /** Whether every repository in the processor's index is registered as a bean. */
  private boolean registerRepositories = true;

  public String getTable() {
    return table;
  }

  public void setTable(String table) {
    this.table = table;
  }

  public Map<String, TableProperties> getTables() {
    return tables;
  }

  public void setTables(Map<String, TableProperties> tables) {
    this.tables = tables;
  }

  public URI getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(URI endpoint) {
    this.endpoint = endpoint;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPageTokenKey() {
    return pageTokenKey;
  }

  public void setPageTokenKey(String pageTokenKey) {
    this.pageTokenKey = pageTokenKey;
  }

  public int getListingParallelism() {
    return listingParallelism;
  }

  public void setListingParallelism(int listingParallelism) {
    this.listingParallelism = listingParallelism;
  }

  public TableCheck getTableCheck() {
    return tableCheck;
  }

  public void setTableCheck(TableCheck tableCheck) {
    this.tableCheck = tableCheck;
  }

  public boolean isRequireTtl() {
    return requireTtl;
  }

  public void setRequireTtl(boolean requireTtl) {
    this.requireTtl = requireTtl;
  }

  public boolean isRegisterRepositories() {
    return registerRepositories;
  }

  public void setRegisterRepositories(boolean registerRepositories) {
    this.registerRepositories = registerRepositories;
  }

  /** One table besides the default: its name, and the entities configuration binds to it. */
  public static class TableProperties {
    /** The table's name in DynamoDB. */
    private String name;

    /**
     * Entities (qualified class names) whose repositories use this table, besides those whose
     * {@code @Partition(table = ...)} names it.
     */
    private List<String> entities = new ArrayList<>();

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public List<String> getEntities() {
      return entities;
    }

    public void setEntities(List<String> entities) {
      this.entities = entities;
    }
  }

  /** What start-up does with each table repositories are bound to. */
  public enum TableCheck {
    /** Checks it has every index of its entities, and TTL on {@code expires}: start-up fails listing what is missing. */
    VERIFY,
    /** Creates it unless it exists (tests, local runs), then verifies it. */
    CREATE_IF_MISSING,
    /** Nothing: no request at start-up. */
    NONE
  }
}
