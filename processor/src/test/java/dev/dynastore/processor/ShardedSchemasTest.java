package dev.dynastore.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Sharded types at compile time, beyond the one-line errors of {@link CompileErrorsTest}. */
class ShardedSchemasTest {
  /** An index named "shards" gets a constant that does not clash with {@code SHARDS}. */
  @Test
  void aShardedTypeWithAnIndexNamedShardsCompiles() {
    JavaFileObject source = Compilations.source("test.Parcel",
        "package test;",
        "import dev.dynastore.annotations.*;",
        "@Partition(value = \"parcels\", shards = 4) public record Parcel(",
        "    @Key String id,",
        "    @Indexed(\"shards\") String zone) {}");
    Compilation compilation = Compilations.compileWithoutInject(source);

    assertThat(compilation).succeededWithoutWarnings();
  }
}
