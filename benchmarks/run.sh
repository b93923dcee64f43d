#!/usr/bin/env bash
# Reproduces every measurement in BENCHMARKS.md; writes raw results and a summary to benchmarks/results/.
#   benchmarks/run.sh            everything (about 35 minutes on 2 cores)
#   benchmarks/run.sh quick      fewer samples and shorter JMH runs, to check the script itself
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/benchmarks/results
mkdir -p "$OUT"
QUICK=${1:-}

scripts/install-local-dynamodb.sh
echo "Building..." >&2
mvn -B -q --no-transfer-progress -pl benchmarks -am -DskipTests package
CP="$(ls -t "$ROOT"/benchmarks/target/dynastore-benchmarks-*.jar | head -1 || true):$(cat "$ROOT"/benchmarks/target/classpath.txt)"
JAVA=${JAVA:-java}
SAMPLES=15
# JMH runs are repeated in ROUNDS, each round measuring every mapper of a shape back to back: on a shared VM
# the speed drifts over minutes, so a ratio is taken within a round and the report gives the median of rounds.
ROUNDS=3
OVERHEAD_ROUNDS=5
JMH_MAPPING=(-wi 3 -w 1s -i 5 -r 1s)
JMH_OVERHEAD=(-wi 5 -w 3s -i 4 -r 3s)
JMH_SHARDED=()
JMH_HOOKS=(-f 2 -wi 5 -i 8)
if [ "$QUICK" = quick ]; then
  SAMPLES=3
  ROUNDS=1
  OVERHEAD_ROUNDS=1
  JMH_MAPPING=(-wi 1 -w 200ms -i 2 -r 200ms)
  JMH_OVERHEAD=(-wi 1 -w 1s -i 2 -r 1s)
  JMH_SHARDED=(-wi 1 -w 1s -i 2 -r 1s)
  JMH_HOOKS=(-wi 1 -w 1s -i 2 -r 1s)
fi

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "memory: $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "jdk: $($JAVA -version 2>&1 | head -1 || true)"
  echo "samples: $SAMPLES"
} > "$OUT/machine.txt"

echo "1/6 mapping throughput (JMH, -prof gc), $ROUNDS rounds..." >&2
rm -f "$OUT"/mapping*.json
: > "$OUT/mapping.log"
for round in $(seq "$ROUNDS"); do
  for shape in tiny customer flat nested; do
    $JAVA -cp "$CP" org.openjdk.jmh.Main 'dev.dynastore.benchmarks.mapping.MappingBenchmark' -p shape="$shape" \
      "${JMH_MAPPING[@]}" -prof gc -rf json -rff "$OUT/mapping-$round-$shape.json" >> "$OUT/mapping.log"
  done
done

echo "2/6 schema start-up, fresh JVMs..." >&2
: > "$OUT/startup-schemas.txt"
for n in 1 10 50; do
  for i in $(seq "$SAMPLES"); do
    for mode in handwritten generated bean; do
      $JAVA -XX:TieredStopAtLevel=1 -cp "$CP" dev.dynastore.benchmarks.startup.SchemaInitMain "$mode" "$n" \
        >> "$OUT/startup-schemas.txt"
    done
  done
done

# the same with an application class-data archive (AppCDS), as Lambda SnapStart-style deployments can use
for mode in handwritten generated bean; do
  $JAVA -XX:ArchiveClassesAtExit="$OUT/$mode.jsa" -cp "$CP" dev.dynastore.benchmarks.startup.SchemaInitMain \
    "$mode" 10 > /dev/null 2>&1
done
for i in $(seq "$SAMPLES"); do
  for mode in handwritten generated bean; do
    $JAVA -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$OUT/$mode.jsa" -cp "$CP" \
      dev.dynastore.benchmarks.startup.SchemaInitMain "$mode" 10 | sed 's/^/cds=yes /' >> "$OUT/startup-schemas.txt"
  done
done
rm -f "$OUT"/*.jsa

echo "3/6 main() to first create + get against dynalite, fresh JVMs..." >&2
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
node node_modules/dynalite/cli.js --host 127.0.0.1 --port "$PORT" --createTableMs 0 --deleteTableMs 0 \
  --updateTableMs 0 > "$OUT/dynalite.log" 2>&1 &
DYNALITE=$!
trap 'kill $DYNALITE 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  (echo > "/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.1
done
export DYNASTORE_ENDPOINT=http://127.0.0.1:$PORT AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench
$JAVA -cp "$CP" dev.dynastore.benchmarks.requests.SetupTablesMain
: > "$OUT/startup-requests.txt"
for i in $(seq "$SAMPLES"); do
  for mode in lowlevel generated bean; do
    begin=$(date +%s%N)
    line=$($JAVA -XX:TieredStopAtLevel=1 -cp "$CP" dev.dynastore.benchmarks.requests.FirstRequestMain "$mode")
    end=$(date +%s%N)
    echo "$line process_us=$(( (end - begin) / 1000 ))" >> "$OUT/startup-requests.txt"
  done
done
: > "$OUT/classes.txt"
rm -f "$OUT"/classes-*.log*
for mode in lowlevel generated bean; do
  $JAVA -XX:TieredStopAtLevel=1 -Xlog:class+load=info:file="$OUT/classes-$mode.log" -cp "$CP" \
    dev.dynastore.benchmarks.requests.FirstRequestMain "$mode" > /dev/null
  total=$(grep -c 'class,load' "$OUT/classes-$mode.log")
  lambdas=$(grep -c 'Lambda\$' "$OUT/classes-$mode.log" || true)
  ours=$(grep -E 'dev\.dynastore\.[A-Za-z.]*\$\$Lambda' "$OUT/classes-$mode.log" | grep -vc 'benchmarks' || true)
  reflection=$(grep -cE 'jdk\.internal\.reflect\.Generated' "$OUT/classes-$mode.log" || true)
  echo "mode=$mode classes=$total lambda_classes=$lambdas dynastore_lambda_classes=$ours generated_accessors=$reflection" \
    >> "$OUT/classes.txt"
done
kill $DYNALITE 2>/dev/null || true
trap - EXIT

echo "4/6 repository overhead against dynalite (JMH), $OVERHEAD_ROUNDS rounds..." >&2
rm -f "$OUT"/overhead*.json
: > "$OUT/overhead.log"
# each benchmark in its own JVM and dynalite; the order rotates from round to round, so that neither side is
# always measured first
ORDER=(handWritten repository handWrittenMinimal)
for round in $(seq "$OVERHEAD_ROUNDS"); do
  for k in 0 1 2; do
    bench=${ORDER[$(( (round + k) % 3 ))]}
    $JAVA -cp "$CP" org.openjdk.jmh.Main "dev.dynastore.benchmarks.requests.OverheadBenchmark.$bench\$" \
      "${JMH_OVERHEAD[@]}" -rf json -rff "$OUT/overhead-$round-$bench.json" >> "$OUT/overhead.log"
  done
done

echo "5/6 sharded listing latency against dynalite (JMH)..." >&2
$JAVA -cp "$CP" org.openjdk.jmh.Main 'dev.dynastore.benchmarks.sharding.ShardedListingBenchmark' \
  "${JMH_SHARDED[@]}" -rf json -rff "$OUT/sharded.json" > "$OUT/sharded.log"

echo "6/6 request hooks' cost, in process (JMH)..." >&2
$JAVA -cp "$CP" org.openjdk.jmh.Main 'dev.dynastore.benchmarks.hooks.HookCostBenchmark' \
  "${JMH_HOOKS[@]}" -rf json -rff "$OUT/hooks.json" > "$OUT/hooks.log"

python3 benchmarks/scripts/summarize.py "$OUT" > "$OUT/summary.md"
cat "$OUT/summary.md"
