package dev.dynastore.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Dynastore;
import dev.dynastore.TableDefinition;
import dev.dynastore.TableTemplate;
import dev.dynastore.kv.Index;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import dev.dynastore.tools.TableTemplates;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The production table's CloudFormation template, written by the command from generated schemas: it parses, names
 * every index the entities declare with its key schema, defines each key attribute once, and describes the same
 * table {@code createIfMissing} makes (compared with DynamoDB's own description of it).
 */
@DynamoDbTest
class TableTemplateTest {
  private static final List<List<Index>> ENTITY_INDEXES = List.of(CustomerSchema.INDEXES, OrderSchema.INDEXES,
      ReadingSchema.INDEXES);

  @Test
  void theCommandNamesEveryIndexTheEntitiesDeclare() {
    Map<String, JsonNode> properties = properties(command("--table", "CRMTable", "--entity",
        Customer.class.getName(), "--entity", Order.class.getName(), "--entity", ReadingSchema.class.getName(),
        "--tag", "team=crm", "--tag", "note=say \"hi\"\\back"));

    Map<String, JsonNode> indexes = new HashMap<>();
    Stream.of("LocalSecondaryIndexes", "GlobalSecondaryIndexes").filter(properties::containsKey)
        .flatMap(kind -> properties.get(kind).asArray().stream())
        .forEach(index -> indexes.put(index.field("IndexName").get().asString(), index));
    List<String> declared = ENTITY_INDEXES.stream().flatMap(List::stream).map(Index::name).distinct().toList();
    assertThat(indexes.keySet()).containsExactlyInAnyOrderElementsOf(declared);
    for (Index index : ENTITY_INDEXES.stream().flatMap(List::stream).toList()) {
      List<String> keys = keyNames(indexes.get(index.name()).field("KeySchema").get());
      assertThat(keys).as(index.name()).containsExactly(index.isGlobal() ? index.partitionAttribute() : "id",
          index.sortAttribute());
      assertThat(properties.get(index.isGlobal() ? "GlobalSecondaryIndexes" : "LocalSecondaryIndexes").asArray())
          .as(index.name() + " in its kind").contains(indexes.get(index.name()));
    }

    Map<String, String> attributes = attributeDefinitions(properties);
    assertThat(attributes).containsEntry("id", "S").containsEntry("name", "S");
    for (Index index : ENTITY_INDEXES.stream().flatMap(List::stream).toList()) {
      assertThat(attributes).containsEntry(index.sortAttribute(), index.sortType().toString());
    }
    assertThat(keyNames(properties.get("KeySchema"))).containsExactly("id", "name");
    assertThat(properties.get("BillingMode").asString()).isEqualTo("PAY_PER_REQUEST");
    assertThat(properties.get("TimeToLiveSpecification").field("AttributeName").get().asString()).isEqualTo("expires");
    assertThat(properties.get("TimeToLiveSpecification").field("Enabled").get().asBoolean()).isTrue();
    assertThat(properties.get("PointInTimeRecoverySpecification").field("PointInTimeRecoveryEnabled").get().asBoolean())
        .isTrue();
    assertThat(properties.get("Tags").asArray()).extracting(tag -> tag.field("Value").get().asString())
        .containsExactly("crm", "say \"hi\"\\back");
  }

  @Test
  void provisionedTablesGiveEveryGlobalIndexItsThroughput() {
    Map<String, JsonNode> properties = properties(TableTemplate.of("Orders", TableDefinition.of(OrderSchema.INDEXES,
        CustomerSchema.INDEXES)).provisioned(25, 10).pointInTimeRecovery(false).toCloudFormation());

    assertThat(properties.get("BillingMode").asString()).isEqualTo("PROVISIONED");
    assertThat(properties.get("ProvisionedThroughput").field("ReadCapacityUnits").get().asNumber()).isEqualTo("25");
    assertThat(properties.get("GlobalSecondaryIndexes").asArray()).isNotEmpty().allSatisfy(index ->
        assertThat(index.field("ProvisionedThroughput").get().field("WriteCapacityUnits").get().asNumber())
            .isEqualTo("10"));
    assertThat(properties.get("PointInTimeRecoverySpecification").field("PointInTimeRecoveryEnabled").get().asBoolean())
        .isFalse();
  }

  @Test
  void theTemplateDescribesTheTableCreateIfMissingMakes(DynamoDbClient client, @TableName String table) {
    TableDefinition crm = TableDefinition.of(CustomerSchema.INDEXES, OrderSchema.INDEXES, ReadingSchema.INDEXES);
    Dynastore.builder().client(client).build().table(table).createIfMissing(crm);
    TableDescription created = client.describeTable(b -> b.tableName(table)).table();

    Map<String, JsonNode> properties = properties(TableTemplate.of(table, crm).toCloudFormation());

    Map<String, String> createdAttributes = new TreeMap<>();
    created.attributeDefinitions().forEach(a -> createdAttributes.put(a.attributeName(), a.attributeTypeAsString()));
    assertThat(attributeDefinitions(properties)).isEqualTo(createdAttributes);
    Map<String, List<String>> createdIndexes = new TreeMap<>();
    created.localSecondaryIndexes().forEach(i -> createdIndexes.put(i.indexName(),
        i.keySchema().stream().map(k -> k.attributeName() + " " + k.keyTypeAsString()).toList()));
    created.globalSecondaryIndexes().forEach(i -> createdIndexes.put(i.indexName(),
        i.keySchema().stream().map(k -> k.attributeName() + " " + k.keyTypeAsString()).toList()));
    Map<String, List<String>> templateIndexes = new TreeMap<>();
    Stream.of("LocalSecondaryIndexes", "GlobalSecondaryIndexes").filter(properties::containsKey)
        .flatMap(kind -> properties.get(kind).asArray().stream())
        .forEach(index -> templateIndexes.put(index.field("IndexName").get().asString(),
            index.field("KeySchema").get().asArray().stream().map(k -> k.field("AttributeName").get().asString() + " "
                + k.field("KeyType").get().asString()).toList()));
    assertThat(templateIndexes).isEqualTo(createdIndexes);
  }

  @Test
  void badArgumentsAreNamedWithExitStatusTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(TableTemplates.run(new String[] {"--entity", Customer.class.getName()}, out, errors)).isEqualTo(2);
    assertThat(TableTemplates.run(new String[] {"--table", "T1x", "--entity", "no.such.Type"}, out, errors))
        .isEqualTo(2);
    assertThat(TableTemplates.run(new String[] {"--table", "T1x", "--entity", Customer.class.getName(),
        "--provisioned", "many"}, out, errors)).isEqualTo(2);
    assertThat(TableTemplates.run(new String[] {"--table", "T1x", "--entity", Customer.class.getName(),
        "--provisioned", "0,5"}, out, errors)).as("no silent on-demand table").isEqualTo(2);
    assertThat(TableTemplates.run(new String[] {"--table", "T1x", "--entity", Customer.class.getName(),
        "--provisioned", "25"}, out, errors)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--table is required")
        .contains("no generated schema for no.such.Type").contains("--provisioned takes READ,WRITE");
    assertThatThrownBy(() -> TableTemplate.of("no spaces", TableDefinition.withoutIndexes()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** An entity nested in another class: its schema is {@code TableTemplateTest_NestedSchema}. */
  @dev.dynastore.annotations.Partition("nested")
  public record Nested(@dev.dynastore.annotations.Key String id,
      @dev.dynastore.annotations.Indexed("idx_nested_at") String at) {}

  @Test
  void aNestedEntityIsNamedAsJavaWritesIt() {
    for (String name : List.of(TableTemplateTest.class.getName() + ".Nested",
        TableTemplateTest.class.getName() + "$Nested")) {
      Map<String, JsonNode> properties = properties(command("--table", "Nested", "--entity", name));
      assertThat(properties.get("LocalSecondaryIndexes").asArray()).singleElement()
          .satisfies(index -> assertThat(index.field("IndexName").get().asString()).isEqualTo("idx_nested_at"));
    }
  }

  private static String command(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = TableTemplates.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The table resource's properties, from a template that parses as JSON and holds one DynamoDB table. */
  private static Map<String, JsonNode> properties(String template) {
    JsonNode root = JsonNode.parser().parse(template);
    assertThat(root.field("AWSTemplateFormatVersion").get().asString()).isEqualTo("2010-09-09");
    Map<String, JsonNode> resources = root.field("Resources").get().asObject();
    assertThat(resources).hasSize(1);
    JsonNode table = resources.values().iterator().next();
    assertThat(table.field("Type").get().asString()).isEqualTo("AWS::DynamoDB::Table");
    assertThat(table.field("DeletionPolicy").get().asString()).isEqualTo("Retain");
    return table.field("Properties").get().asObject();
  }

  private static Map<String, String> attributeDefinitions(Map<String, JsonNode> properties) {
    Map<String, String> attributes = new TreeMap<>();
    for (JsonNode definition : properties.get("AttributeDefinitions").asArray()) {
      String name = definition.field("AttributeName").get().asString();
      assertThat(attributes.put(name, definition.field("AttributeType").get().asString())).as("defined once: " + name)
          .isNull();
    }
    return attributes;
  }

  private static List<String> keyNames(JsonNode keySchema) {
    List<String> names = new ArrayList<>();
    for (JsonNode key : keySchema.asArray()) {
      names.add(key.field("AttributeName").get().asString());
    }
    return names;
  }
}
