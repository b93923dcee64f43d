#!/usr/bin/env python3
"""Writes the benchmark's model classes: each item shape as a Dynastore record, an Enhanced Client bean, an
Enhanced Client immutable class, a hand-built StaticTableSchema and hand-written mapping code. Generated
because writing 60-attribute builders by hand teaches nothing; the output is committed and reviewed.

Run from the repository root: python3 benchmarks/scripts/generate_models.py
(The start-up benchmark's entity types are written during the build: benchmarks/src/generator/java.)
"""
import os

PKG = "dev.dynastore.benchmarks.model"
OUT = "benchmarks/src/main/java/dev/dynastore/benchmarks/model"

# field kinds: S (String), INT, LONG, BOOL, STATUS (enum), INSTANT, DECIMAL, LIST_S (List<String>),
# NESTED:<Type>, LIST_NESTED:<Type>
SHAPES = {
    "Tiny": {"key": True, "fields": [("id", "S"), ("count", "INT")]},
    "Address": {"key": False, "fields": [("street", "S"), ("city", "S"), ("zip", "S"), ("country", "S")]},
    "Customer": {"key": True, "fields": [
        ("id", "S"), ("name", "S"), ("email", "S"), ("phone", "S"), ("status", "STATUS"),
        ("created", "INSTANT"), ("updated", "INSTANT"), ("balance", "DECIMAL"), ("visits", "INT"),
        ("vip", "BOOL"), ("tags", "LIST_S"), ("address", "NESTED:Address"), ("notes", "S")]},
    "Flat": {"key": True, "fields": [("id", "S")] + [("s%02d" % i, "S") for i in range(1, 60)]},
    "Line": {"key": False, "fields": [("sku", "S"), ("title", "S"), ("quantity", "INT"), ("priceCents", "LONG"),
                                      ("tags", "LIST_S")]},
    "Order": {"key": True, "fields": [
        ("id", "S"), ("customer", "S"), ("created", "INSTANT"), ("lines", "LIST_NESTED:Line"),
        ("shipping", "NESTED:Address"), ("billing", "NESTED:Address")]},
}
TOP = ["Tiny", "Customer", "Flat", "Order"]


def java_type(kind, flavour):
    if kind == "S": return "String"
    if kind == "INT": return "int"
    if kind == "LONG": return "long"
    if kind == "BOOL": return "boolean"
    if kind == "STATUS": return "Status"
    if kind == "INSTANT": return "Instant"
    if kind == "DECIMAL": return "BigDecimal"
    if kind == "LIST_S": return "List<String>"
    t = kind.split(":")[1] + flavour
    if kind.startswith("NESTED"): return t
    return "List<%s>" % t


def cap(n): return n[0].upper() + n[1:]


def header(imports):
    return "package %s;\n\n%s\n" % (PKG, "".join("import %s;\n" % i for i in sorted(imports)))


COMMON = ["java.math.BigDecimal", "java.time.Instant", "java.util.List"]


def write(name, text):
    with open(os.path.join(OUT, name + ".java"), "w") as f:
        f.write(text)


def record(shape, spec):
    imports = set(COMMON)
    ann = ""
    if spec["key"]:
        imports |= {"dev.dynastore.annotations.Key", "dev.dynastore.annotations.Partition"}
        ann = '@Partition("%s")\n' % shape.lower()
    comps = []
    for i, (n, k) in enumerate(spec["fields"]):
        comps.append("    %s%s %s" % ("@Key " if spec["key"] and i == 0 else "", java_type(k, "Record"), n))
    write(shape + "Record", header(imports) + "/** %s as a Dynastore record: its schema is generated. */\n%spublic record %sRecord(\n%s) {}\n"
          % (shape, ann, shape, ",\n".join(comps)))


def bean(shape, spec):
    imports = set(COMMON) | {"software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean"}
    if spec["key"]:
        imports.add("software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey")
    body = []
    for n, k in spec["fields"]:
        body.append("  private %s %s;\n" % (java_type(k, "Bean"), n))
    body.append("\n")
    for i, (n, k) in enumerate(spec["fields"]):
        t = java_type(k, "Bean")
        getter = ("is" if k == "BOOL" else "get") + cap(n)
        if spec["key"] and i == 0:
            body.append("  @DynamoDbPartitionKey\n")
        body.append("  public %s %s() {\n    return %s;\n  }\n\n" % (t, getter, n))
        body.append("  public void set%s(%s %s) {\n    this.%s = %s;\n  }\n\n" % (cap(n), t, n, n, n))
    write(shape + "Bean", header(imports) + "/** %s as an Enhanced Client bean, for BeanTableSchema and StaticTableSchema. */\n@DynamoDbBean\npublic class %sBean {\n%s}\n"
          % (shape, shape, "".join(body).rstrip() + "\n"))


def immutable(shape, spec):
    imports = set(COMMON) | {"software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable"}
    if spec["key"]:
        imports.add("software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey")
    c = shape + "Immutable"
    body = []
    for n, k in spec["fields"]:
        body.append("  private final %s %s;\n" % (java_type(k, "Immutable"), n))
    body.append("\n  private %s(Builder b) {\n%s  }\n\n" % (c, "".join("    this.%s = b.%s;\n" % (n, n) for n, _ in spec["fields"])))
    body.append("  public static Builder builder() {\n    return new Builder();\n  }\n\n")
    for i, (n, k) in enumerate(spec["fields"]):
        t = java_type(k, "Immutable")
        getter = ("is" if k == "BOOL" else "get") + cap(n)
        if spec["key"] and i == 0:
            body.append("  @DynamoDbPartitionKey\n")
        body.append("  public %s %s() {\n    return %s;\n  }\n\n" % (t, getter, n))
    body.append("  /** The builder the Enhanced Client fills. */\n  public static final class Builder {\n")
    for n, k in spec["fields"]:
        body.append("    private %s %s;\n" % (java_type(k, "Immutable"), n))
    body.append("\n")
    for n, k in spec["fields"]:
        t = java_type(k, "Immutable")
        body.append("    public Builder %s(%s %s) {\n      this.%s = %s;\n      return this;\n    }\n\n" % (n, t, n, n, n))
    body.append("    public %s build() {\n      return new %s(this);\n    }\n  }\n" % (c, c))
    write(c, header(imports) + "/** %s as an Enhanced Client immutable class, for ImmutableTableSchema. */\n@DynamoDbImmutable(builder = %s.Builder.class)\npublic final class %s {\n%s}\n"
          % (shape, c, c, "".join(body)))


def static_schema(shape, spec):
    imports = set(COMMON) | {"software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema",
                             "software.amazon.awssdk.enhanced.dynamodb.TableSchema",
                             "software.amazon.awssdk.enhanced.dynamodb.EnhancedType"}
    if spec["key"]:
        imports.add("software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags")
    c = shape + "Bean"
    lines = []
    for i, (n, k) in enumerate(spec["fields"]):
        getter = ("is" if k == "BOOL" else "get") + cap(n)
        if k.startswith("NESTED"):
            t = k.split(":")[1]
            typ = "EnhancedType.documentOf(%sBean.class, %sStatic.SCHEMA)" % (t, t)
        elif k.startswith("LIST_NESTED"):
            t = k.split(":")[1]
            typ = "EnhancedType.listOf(EnhancedType.documentOf(%sBean.class, %sStatic.SCHEMA))" % (t, t)
        elif k == "LIST_S":
            typ = "EnhancedType.listOf(String.class)"
        else:
            boxed = {"INT": "Integer", "LONG": "Long", "BOOL": "Boolean"}.get(k, java_type(k, "Bean"))
            typ = "%s.class" % boxed
        tags = ".tags(StaticAttributeTags.primaryPartitionKey())" if spec["key"] and i == 0 else ""
        lines.append("      .addAttribute(%s, a -> a.name(\"%s\").getter(%s::%s).setter(%s::set%s)%s)" %
                     (typ, n, c, getter, c, cap(n), tags))
    write(shape + "Static", header(imports) + "/** %s's hand-built StaticTableSchema: no reflection, lambdas per attribute. */\npublic final class %sStatic {\n  public static final TableSchema<%s> SCHEMA = StaticTableSchema.builder(%s.class)\n      .newItemSupplier(%s::new)\n%s\n      .build();\n\n  private %sStatic() {}\n}\n"
          % (shape, shape, c, c, c, "\n".join(lines), shape))


def hand(shape, spec):
    imports = set(COMMON) | {"java.util.HashMap", "java.util.Map", "java.util.ArrayList",
                             "software.amazon.awssdk.services.dynamodb.model.AttributeValue"}
    r = shape + "Record"
    put, get = [], []
    for n, k in spec["fields"]:
        v = "item.%s()" % n
        if k == "S":
            put.append("    if (%s != null) {\n      map.put(\"%s\", AttributeValue.createS(%s));\n    }\n" % (v, n, v))
            get.append("s(map.get(\"%s\"))" % n)
        elif k == "INT":
            put.append("    map.put(\"%s\", AttributeValue.createN(Integer.toString(%s)));\n" % (n, v))
            get.append("i(map.get(\"%s\"))" % n)
        elif k == "LONG":
            put.append("    map.put(\"%s\", AttributeValue.createN(Long.toString(%s)));\n" % (n, v))
            get.append("l(map.get(\"%s\"))" % n)
        elif k == "BOOL":
            put.append("    map.put(\"%s\", AttributeValue.createBool(%s));\n" % (n, v))
            get.append("b(map.get(\"%s\"))" % n)
        elif k == "STATUS":
            put.append("    if (%s != null) {\n      map.put(\"%s\", AttributeValue.createS(%s.name()));\n    }\n" % (v, n, v))
            get.append("map.get(\"%s\") == null ? null : Status.valueOf(map.get(\"%s\").s())" % (n, n))
        elif k == "INSTANT":
            put.append("    if (%s != null) {\n      map.put(\"%s\", AttributeValue.createS(%s.toString()));\n    }\n" % (v, n, v))
            get.append("map.get(\"%s\") == null ? null : Instant.parse(map.get(\"%s\").s())" % (n, n))
        elif k == "DECIMAL":
            put.append("    if (%s != null) {\n      map.put(\"%s\", AttributeValue.createN(%s.toString()));\n    }\n" % (v, n, v))
            get.append("map.get(\"%s\") == null ? null : new BigDecimal(map.get(\"%s\").n())" % (n, n))
        elif k == "LIST_S":
            put.append("    if (%s != null) {\n      List<AttributeValue> %s = new ArrayList<>(%s.size());\n      for (String s : %s) {\n        %s.add(AttributeValue.createS(s));\n      }\n      map.put(\"%s\", AttributeValue.createL(%s));\n    }\n" % (v, n, v, v, n, n, n))
            get.append("strings(map.get(\"%s\"))" % n)
        elif k.startswith("NESTED"):
            t = k.split(":")[1]
            put.append("    if (%s != null) {\n      map.put(\"%s\", AttributeValue.createM(%sHand.toMap(%s)));\n    }\n" % (v, n, t, v))
            get.append("map.get(\"%s\") == null ? null : %sHand.fromMap(map.get(\"%s\").m())" % (n, t, n))
        elif k.startswith("LIST_NESTED"):
            t = k.split(":")[1]
            put.append("    if (%s != null) {\n      List<AttributeValue> %s = new ArrayList<>(%s.size());\n      for (%sRecord e : %s) {\n        %s.add(AttributeValue.createM(%sHand.toMap(e)));\n      }\n      map.put(\"%s\", AttributeValue.createL(%s));\n    }\n" % (v, n, v, t, v, n, t, n, n))
            get.append("%sList(map.get(\"%s\"))" % (t[0].lower() + t[1:], n))
    cap_size = max(4, len(spec["fields"]) * 4 // 3 + 1)
    extra = ""
    for n, k in spec["fields"]:
        if k.startswith("LIST_NESTED"):
            t = k.split(":")[1]
            extra += ("\n  private static List<%sRecord> %sList(AttributeValue value) {\n    if (value == null) {\n      return null;\n    }\n"
                      "    List<%sRecord> list = new ArrayList<>(value.l().size());\n    for (AttributeValue e : value.l()) {\n      list.add(%sHand.fromMap(e.m()));\n    }\n    return list;\n  }\n") % (t, t[0].lower() + t[1:], t, t)
    helpers = """
  private static String s(AttributeValue v) {
    return v == null ? null : v.s();
  }

  private static int i(AttributeValue v) {
    return v == null ? 0 : Integer.parseInt(v.n());
  }

  private static long l(AttributeValue v) {
    return v == null ? 0 : Long.parseLong(v.n());
  }

  private static boolean b(AttributeValue v) {
    return v != null && v.bool();
  }

  private static List<String> strings(AttributeValue v) {
    if (v == null) {
      return null;
    }
    List<String> list = new ArrayList<>(v.l().size());
    for (AttributeValue e : v.l()) {
      list.add(e.s());
    }
    return list;
  }
"""
    text = header(imports) + ("/** %s mapped by hand with the SDK's AttributeValue.createX factories: the physical limit. */\n"
                              "@SuppressWarnings(\"unused\")\npublic final class %sHand {\n  private %sHand() {}\n\n"
                              "  public static Map<String, AttributeValue> toMap(%s item) {\n    Map<String, AttributeValue> map = new HashMap<>(%d);\n%s    return map;\n  }\n\n"
                              "  public static %s fromMap(Map<String, AttributeValue> map) {\n    return new %s(\n        %s);\n  }\n%s%s}\n") % (
        shape, shape, shape, r, cap_size, "".join(put), r, r, ",\n        ".join(get), extra, helpers)
    write(shape + "Hand", text)


def value(kind, name, flavour):
    if kind == "S": return '"%s-%s"' % (name, "v" * 8)
    if kind == "INT": return "42"
    if kind == "LONG": return "12345678L"
    if kind == "BOOL": return "true"
    if kind == "STATUS": return "Status.ACTIVE"
    if kind == "INSTANT": return 'Instant.parse("2026-11-25T10:00:00Z")'
    if kind == "DECIMAL": return 'new BigDecimal("1234.56")'
    if kind == "LIST_S": return 'List.of("alpha", "beta", "gamma")'
    t = kind.split(":")[1]
    if kind.startswith("NESTED"): return "%sFixtures.%s()" % (t, flavour.lower())
    return "%sFixtures.%sList()" % (t, flavour.lower())


def fixtures(shape, spec):
    imports = set(COMMON) | {"java.util.ArrayList"}
    body = []
    for flavour in ["Record", "Bean", "Immutable"]:
        c = shape + flavour
        if flavour == "Record":
            args = ",\n        ".join(value(k, n, flavour) for n, k in spec["fields"])
            body.append("  public static %s record() {\n    return new %s(\n        %s);\n  }\n" % (c, c, args))
        elif flavour == "Bean":
            sets = "".join("    item.set%s(%s);\n" % (cap(n), value(k, n, flavour)) for n, k in spec["fields"])
            body.append("  public static %s bean() {\n    %s item = new %s();\n%s    return item;\n  }\n" % (c, c, c, sets))
        else:
            sets = "".join("\n        .%s(%s)" % (n, value(k, n, flavour)) for n, k in spec["fields"])
            body.append("  public static %s immutable() {\n    return %s.builder()%s\n        .build();\n  }\n" % (c, c, sets))
        body.append("  public static List<%s> %sList() {\n    List<%s> list = new ArrayList<>();\n    for (int i = 0; i < 20; i++) {\n      list.add(%s());\n    }\n    return list;\n  }\n"
                    % (c, flavour.lower(), c, flavour.lower()))
    write(shape + "Fixtures", header(imports) + "/** The same %s in every flavour, with realistic values. */\npublic final class %sFixtures {\n  private %sFixtures() {}\n\n%s}\n"
          % (shape, shape, shape, "\n".join(body)))


def main():
    os.makedirs(OUT, exist_ok=True)
    write("Status", "package %s;\n\n/** A customer status. */\npublic enum Status { ACTIVE, SUSPENDED, CLOSED }\n" % PKG)
    for shape, spec in SHAPES.items():
        record(shape, spec)
        bean(shape, spec)
        immutable(shape, spec)
        static_schema(shape, spec)
        hand(shape, spec)
        fixtures(shape, spec)


main()
