package dev.dynastore.benchmarks.startup;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Start-up of the schemas of N entity types, in a fresh JVM: {@code generated} touches the generated
 * {@code EntityNNSchema}s, {@code handwritten} calls hand-written {@code EntityNNHand} mappers (the baseline),
 * {@code bean} builds {@code TableSchema.fromBean(EntityNNBean.class)}; each maps one
 * item, so the schema is ready to use. {@code benchmarks/run.sh} runs it in many fresh JVMs and takes medians.
 *
 * <p>Prints three times: {@code sdk_us}, loading the SDK's {@code AttributeValue} model (and the sample values),
 * which every way of mapping pays once, hand-written code included; {@code items_us}, loading the N entity
 * classes and making one item of each, which the application pays whatever maps its items; and
 * {@code schemas_us}, the schemas themselves (created, and one item mapped by each), which is what differs
 * between the approaches.
 *
 * <p>The entity types and {@code Entities} are written during the build by
 * {@code benchmarks/src/generator/java/StartupEntities.java}, not committed.
 *
 * <p>Usage: {@code SchemaInitMain generated|handwritten|bean COUNT}
 */
public final class SchemaInitMain {
  private SchemaInitMain() {}

  /**
   * Opens every jar on the class path, by looking up a resource that none of them holds. The JVM opens jars
   * lazily, in class-path order, when it first searches them for a class: what that costs depends on how many
   * jars come before the one needed, not on the schemas, and a single shaded jar (the usual Lambda package)
   * opens once. Loads no class.
   */
  private static void openClassPath() {
    if (SchemaInitMain.class.getClassLoader().getResource("dev/dynastore/benchmarks/none") != null) {
      throw new IllegalStateException("found a resource that does not exist");
    }
  }

  public static void main(String[] args) {
    long start = System.nanoTime();
    String mode = args[0];
    int count = Integer.parseInt(args[1]);
    AttributeValue warm = AttributeValue.createS(Entities.sampleValues());
    openClassPath();
    long ready = System.nanoTime();
    Object[] items = new Object[count];
    for (int i = 0; i < count; i++) {
      items[i] = mode.equals("bean") ? Entities.bean(i) : Entities.record(i);
    }
    long made = System.nanoTime();
    int attributes = 0;
    for (int i = 0; i < count; i++) {
      switch (mode) {
        case "generated":
          attributes += Entities.generated(i, items[i]).size();
          break;
        case "handwritten":
          attributes += Entities.handWritten(i, items[i]).size();
          break;
        case "bean":
          attributes += Entities.fromBean(i, items[i]).size();
          break;
        default:
          throw new IllegalArgumentException("mode is generated, handwritten or bean, not " + mode);
      }
    }
    long end = System.nanoTime();
    System.out.println("schemas=" + count + " mode=" + mode + " attributes=" + attributes + " sdk_us="
        + (ready - start) / 1_000 + " items_us=" + (made - ready) / 1_000 + " schemas_us=" + (end - made) / 1_000 + " check=" + warm.s().length());
  }
}
