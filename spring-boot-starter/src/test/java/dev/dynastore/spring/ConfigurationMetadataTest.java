package dev.dynastore.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration metadata IDEs complete {@code dynastore.*} properties from, as the starter's jar carries it. */
class ConfigurationMetadataTest {
  @Test
  void everyPropertyIsDescribed() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("written by spring-boot-configuration-processor").isNotNull();
      metadata = new ObjectMapper().readTree(in);
    }
    Map<String, JsonNode> properties = new HashMap<>();
    metadata.get("properties").forEach(property -> properties.put(property.get("name").asText(), property));

    assertThat(properties).containsKeys("dynastore.table", "dynastore.tables", "dynastore.endpoint",
        "dynastore.region", "dynastore.page-token-key", "dynastore.listing-parallelism", "dynastore.table-check",
        "dynastore.require-ttl", "dynastore.register-repositories", "dynastore.metrics.enabled",
        "dynastore.observations.enabled", "management.health.dynastore.enabled");
    properties.forEach((name, property) -> {
      if (name.startsWith("dynastore.") || name.startsWith("management.health.dynastore")) {
        assertThat(property.path("description").asText()).as(name).isNotBlank();
      }
    });
    assertThat(properties.get("dynastore.table-check").get("defaultValue").asText()).isEqualTo("verify");
  }
}
