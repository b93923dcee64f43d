#!/usr/bin/env python3
"""Turns benchmarks/results/* into the tables of BENCHMARKS.md: medians, p90s and ratios to the baselines."""
import glob
import json
import os
import statistics
import sys
from collections import defaultdict

out = sys.argv[1]


def pct(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1)))))
    return values[k]


print("## Machine\n\n```\n" + open(out + "/machine.txt").read().strip() + "\n```\n")

# mapping: one JSON file per round and shape; ratios are taken within a round, then the median of rounds
rounds = defaultdict(dict)  # round -> (op, shape, mapper) -> (ns, alloc)
best = {}  # (op, shape, mapper) -> the fastest iteration of any round, ns/op
for path in sorted(glob.glob(out + "/mapping-*.json")):
    round_id = os.path.basename(path).split("-")[1]
    for r in json.load(open(path)):
        p = r["params"]
        ns = float(r["primaryMetric"]["score"])
        alloc = float(r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score", "nan"))
        key = (r["benchmark"].split(".")[-1], p["shape"], p["mapper"])
        rounds[round_id][key] = (ns, alloc)
        fastest = min(v for fork in r["primaryMetric"]["rawData"] for v in fork)
        best[key] = min(best.get(key, fastest), fastest)


def across_rounds(key, base_mapper=None, index=0):
    """Median over rounds of a score, or of its ratio to base_mapper's score in the same round; with min and max."""
    values = []
    for results in rounds.values():
        if key not in results:
            continue
        value = results[key][index]
        if base_mapper is not None:
            base = results.get((key[0], key[1], base_mapper))
            if base is None:
                continue
            value = value / base[index]
        values.append(value)
    return (statistics.median(values), min(values), max(values)) if values else None


mappers = ["handwritten", "generated", "static", "bean", "immutable"]
shapes = ["tiny", "customer", "flat", "nested"]
print("JMH mapping runs: %d rounds; a cell gives the median over rounds of ns/op and B/op, and of the ratio to"
      " hand-written measured in the same round, with its range over rounds.\n" % len(rounds))
for op in ["itemToMap", "mapToItem"]:
    print("## Mapping: %s (ns/op, B/op, ratio to hand-written)\n" % op)
    print("| shape | " + " | ".join(mappers) + " |")
    print("|---|" + "---|" * len(mappers))
    for shape in shapes:
        cells = []
        for m in mappers:
            ns = across_rounds((op, shape, m))
            alloc = across_rounds((op, shape, m), index=1)
            ratio = across_rounds((op, shape, m), "handwritten")
            alloc_ratio = across_rounds((op, shape, m), "handwritten", 1)
            if ns is None or ratio is None:
                cells.append("-")
                continue
            cells.append("%.0f ns, %.0f B (×%.2f time [%.2f–%.2f], ×%.2f bytes)"
                         % (ns[0], alloc[0], ratio[0], ratio[1], ratio[2], alloc_ratio[0]))
        print("| %s | %s |" % (shape, " | ".join(cells)))
    print()
print("Generated ÷ hand-written, both statistics: the median of the rounds' ratios [range], and the ratio of the"
      " fastest iterations (noise on a shared VM only ever slows an iteration down, so the fastest is the steadiest"
      " estimate of what the code costs):\n")
print("| shape | itemToMap | mapToItem |\n|---|---|---|")
for shape in shapes:
    cells = []
    for op in ["itemToMap", "mapToItem"]:
        r = across_rounds((op, shape, "generated"), "handwritten")
        cells.append("×%.2f [%.2f–%.2f]; fastest ×%.2f" % (r + (best[(op, shape, "generated")] / best[(op, shape, "handwritten")],)))
    print("| %s | %s |" % (shape, " | ".join(cells)))
print()
print("Bean vs generated (how much faster the generated schema is than BeanTableSchema; median of rounds, range):\n")
print("| shape | itemToMap | mapToItem |\n|---|---|---|")
for shape in shapes:
    cells = []
    for op in ["itemToMap", "mapToItem"]:
        r = across_rounds((op, shape, "bean"), "generated")
        cells.append("×%.2f [%.2f–%.2f]" % r)
    print("| %s | %s |" % (shape, " | ".join(cells)))
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

# overhead: one JSON file per round; the ratio is taken within a round
by_round = defaultdict(dict)
for path in sorted(glob.glob(out + "/overhead-*.json")):
    for r in json.load(open(path)):
        by_round[os.path.basename(path).split("-")[1]][r["benchmark"].split(".")[-1]] = float(r["primaryMetric"]["score"])
over_rounds = [r for r in by_round.values() if len(r) == 3]


def over_median(name, base=None):
    values = [r[name] / (r[base] if base else 1.0) for r in over_rounds]
    return statistics.median(values), min(values), max(values)


print("## Repository overhead against dynalite (JMH, create + get + update + delete per op; %d rounds)\n"
      % len(over_rounds))
print("| code | ops/s, median of rounds [range] | × hand-written, same round [range] |\n|---|---|---|")
for name, label in [("handWritten", "hand-written low-level calls, same requests"),
                    ("repository", "generated repository"),
                    ("handWrittenMinimal", "hand-written, minimal conditions (weaker guarantees)")]:
    print("| %s | %.1f [%.1f–%.1f] | ×%.3f [%.3f–%.3f] |" % ((label,) + over_median(name) + over_median(name, "handWritten")))
print()

# sharded listings: one JSON file; latency by shard count, and as a multiple of the unsharded listing's
sharded_path = out + "/sharded.json"
if os.path.exists(sharded_path):
    sharded = defaultdict(dict)
    for r in json.load(open(sharded_path)):
        sharded[r["benchmark"].split(".")[-1]][int(r["params"]["shards"])] = (
            float(r["primaryMetric"]["score"]), float(r["primaryMetric"]["scoreError"]))
    print("## Sharded listings: a page of 37 of 2,000 orders against dynalite (JMH, ms/op ± error; × 1 shard)\n")
    print("| shards | first page | a middle page |\n|---|---|---|")
    for shards in sorted(sharded["firstPage"]):
        cells = []
        for bench in ("firstPage", "middlePage"):
            score, error = sharded[bench][shards]
            cells.append("%.2f ± %.2f (×%.2f)" % (score, error, score / sharded[bench][1][0]))
        print("| %d | %s | %s |" % (shards, cells[0], cells[1]))
    print()

# request hooks: one JSON file; each variant as a multiple of the read without hooks, same run
hooks_path = out + "/hooks.json"
if os.path.exists(hooks_path):
    hooks = {}
    for r in json.load(open(hooks_path)):
        hooks[r["benchmark"].split(".")[-1]] = (float(r["primaryMetric"]["score"]),
                                               float(r["primaryMetric"]["scoreError"]))
    print("## Request hooks: a repository's consistent get over an HTTP client that answers at once"
          " (JMH, µs/op ± error; × no hooks)\n")
    print("| session | µs/op | × no hooks |\n|---|---|---|")
    for name, label in [("noHooks", "no hooks"), ("emptyHook", "a hook that does nothing (the attempt counter)"),
                        ("metrics", "DynastoreMetrics"),
                        ("metricsAndObservations", "DynastoreMetrics and DynastoreObservations (a handler)")]:
        score, error = hooks[name]
        print("| %s | %.2f ± %.2f | ×%.2f |" % (label, score, error, score / hooks["noHooks"][0]))
    print()
