package dev.dynastore.benchmarks.startup;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Start-up of the schemas of N entity types, in a fresh JVM: {@code generated} touches the generated
 * {@code EntityNNSchema}s, {@code handwritten} calls hand-written {@code EntityNNHand} mappers (the baseline),
 * {@code bean} builds {@code TableSchema.fromBean(EntityNNBean.class)}; each maps one
 * item, so the schema is ready to use. {@code benchmarks/run.sh} runs it in many fresh JVMs and takes medians.
 *
 * <p>Prints two times: {@code sdk_us}, loading the SDK's {@code AttributeValue} model (and the sample values),
 * which every way of mapping pays once, hand-written code included; and {@code schemas_us}, the schemas
 * themselves, which is what differs between the approaches.
 *
 * <p>Usage: {@code SchemaInitMain generated|handwritten|bean COUNT}
 */
public final class SchemaInitMain {
  private SchemaInitMain() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    String mode = args[0];
    int count = Integer.parseInt(args[1]);
    AttributeValue warm = AttributeValue.createS(Entities.sampleValues());
    long ready = System.nanoTime();
    int attributes = 0;
    for (int i = 0; i < count; i++) {
      switch (mode) {
        case "generated":
          attributes += Entities.generated(i).size();
          break;
        case "handwritten":
          attributes += Entities.handWritten(i).size();
          break;
        case "bean":
          attributes += Entities.bean(i).size();
          break;
        default:
          throw new IllegalArgumentException("mode is generated, handwritten or bean, not " + mode);
      }
    }
    long end = System.nanoTime();
    System.out.println("schemas=" + count + " mode=" + mode + " attributes=" + attributes + " sdk_us="
        + (ready - start) / 1_000 + " schemas_us=" + (end - ready) / 1_000 + " check=" + warm.s().length());
  }
}
