#!/usr/bin/env python3
"""Turns benchmarks/results/* into the tables of BENCHMARKS.md: medians, p90s and ratios to the baselines."""
import json
import re
import statistics
import sys
from collections import defaultdict

out = sys.argv[1]


def pct(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1)))))
    return values[k]


print("## Machine\n\n```\n" + open(out + "/machine.txt").read().strip() + "\n```\n")

# mapping
data = json.load(open(out + "/mapping.json"))
results = {}
for r in data:
    name = r["benchmark"].split(".")[-1]
    p = r["params"]
    ns = float(r["primaryMetric"]["score"])
    err = float(r["primaryMetric"]["scoreError"])
    alloc = float(r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score", "nan"))
    results[(name, p["shape"], p["mapper"])] = (ns, err, alloc)
mappers = ["handwritten", "generated", "static", "bean", "immutable"]
for op in ["itemToMap", "mapToItem"]:
    print("## Mapping: %s (ns/op, B/op, ratio to hand-written)\n" % op)
    print("| shape | " + " | ".join(mappers) + " |")
    print("|---|" + "---|" * len(mappers))
    for shape in ["tiny", "customer", "flat", "nested"]:
        base = results.get((op, shape, "handwritten"))
        cells = []
        for m in mappers:
            r = results.get((op, shape, m))
            if r is None or base is None:
                cells.append("-")
                continue
            cells.append("%.0f ± %.0f ns, %.0f B (×%.2f time, ×%.2f bytes)" % (r[0], r[1], r[2], r[0] / base[0], r[2] / base[2]))
        print("| %s | %s |" % (shape, " | ".join(cells)))
    print()
print("Bean vs generated (how much faster the generated schema is than BeanTableSchema):\n")
print("| shape | itemToMap | mapToItem |\n|---|---|---|")
for shape in ["tiny", "customer", "flat", "nested"]:
    w = results[("itemToMap", shape, "bean")][0] / results[("itemToMap", shape, "generated")][0]
    r = results[("mapToItem", shape, "bean")][0] / results[("mapToItem", shape, "generated")][0]
    print("| %s | ×%.2f | ×%.2f |" % (shape, w, r))
print()

# start-up: schemas
samples = defaultdict(list)
sdk = defaultdict(list)
cds = defaultdict(list)
cds_sdk = []
items = defaultdict(list)
for line in open(out + "/startup-schemas.txt"):
    f = dict(kv.split("=") for kv in line.split())
    if f.get("cds") == "yes":
        cds[f["mode"]].append(int(f["schemas_us"]) / 1000.0)
        cds_sdk.append(int(f["sdk_us"]) / 1000.0)
        continue
    samples[(f["mode"], int(f["schemas"]))].append(int(f["schemas_us"]) / 1000.0)
    items[int(f["schemas"])].append(int(f["items_us"]) / 1000.0)
    sdk[f["mode"]].append(int(f["sdk_us"]) / 1000.0)
print("## Start-up: schemas ready (fresh JVM, -XX:TieredStopAtLevel=1, ms: median / p90)\n")
print("| entity types | hand-written | generated | BeanTableSchema | generated ÷ hand-written | bean ÷ generated |")
print("|---|---|---|---|---|---|")
for n in [1, 10, 50]:
    h, g, b = (samples[(m, n)] for m in ["handwritten", "generated", "bean"])
    print("| %d | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | ×%.2f | ×%.1f |" % (
        n, statistics.median(h), pct(h, 90), statistics.median(g), pct(g, 90), statistics.median(b), pct(b, 90),
        statistics.median(g) / statistics.median(h), statistics.median(b) / statistics.median(g)))
print("\nBefore timing, every approach pays the same: loading the SDK's AttributeValue model, median %.1f ms;"
      " then, timed apart, loading the entity classes and making one item of each: %s (medians).\n"
      % (statistics.median([v for vs in sdk.values() for v in vs]),
         ", ".join("%d types %.1f ms" % (n, statistics.median(items[n])) for n in sorted(items))))
if cds:
    print("With an application class-data archive (AppCDS, `-XX:SharedArchiveFile`), 10 entity types, ms median / p90: "
          + ", ".join("%s %.1f / %.1f" % (m, statistics.median(cds[m]), pct(cds[m], 90))
                      for m in ["handwritten", "generated", "bean"] if cds[m])
          + "; the SDK model then loads in %.1f ms.\n" % statistics.median(cds_sdk))

# start-up: first request
req = defaultdict(list)
proc = defaultdict(list)
for line in open(out + "/startup-requests.txt"):
    f = dict(kv.split("=") for kv in line.split())
    req[f["mode"]].append(int(f["elapsed_us"]) / 1000.0)
    proc[f["mode"]].append(int(f["process_us"]) / 1000.0)
print("## Start-up: main() to first conditional create + consistent get (fresh JVM, ms: median / p90)\n")
print("| program | main() to done | whole process | ratio to hand-written (main) |\n|---|---|---|---|")
base = statistics.median(req["lowlevel"])
for mode, label in [("lowlevel", "hand-written low-level client"), ("generated", "generated repository"),
                    ("bean", "Enhanced Client, BeanTableSchema")]:
    print("| %s | %.0f / %.0f | %.0f / %.0f | ×%.2f |" % (label, statistics.median(req[mode]), pct(req[mode], 90),
                                                      statistics.median(proc[mode]), pct(proc[mode], 90),
                                                      statistics.median(req[mode]) / base))
print("\nClasses loaded by the same programs (-Xlog:class+load):\n\n```\n" + open(out + "/classes.txt").read().strip() + "\n```\n")

# overhead
over = {r["benchmark"].split(".")[-1]: (float(r["primaryMetric"]["score"]), float(r["primaryMetric"]["scoreError"]))
        for r in json.load(open(out + "/overhead.json"))}
hw, rp, mini = over["handWritten"], over["repository"], over["handWrittenMinimal"]
print("## Repository overhead against dynalite (JMH, create + get + update + delete per op)\n")
print("| code | ops/s |\n|---|---|")
print("| hand-written low-level calls, same requests | %.1f ± %.1f |" % hw)
print("| generated repository | %.1f ± %.1f |" % rp)
print("| hand-written, minimal conditions (weaker guarantees) | %.1f ± %.1f |" % mini)
print("\nRepository ÷ hand-written (same requests): ×%.3f (overhead %.1f%%). Minimal ÷ same requests: ×%.3f.\n"
      % (rp[0] / hw[0], (1 - rp[0] / hw[0]) * 100, mini[0] / hw[0]))
