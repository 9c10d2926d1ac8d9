#!/usr/bin/env bash
# The short benchmark run reported in docs/benchmarks.md: about 7 minutes on 2 quiet cores, 8 GB of heap at most.
# Not part of CI. Usage: benchmarks/run-short.sh   (results in target/benchmarks/, summary in results.md)
# Choose steps with STEPS="..."; by default: engines operations million scoring json reporting memory.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
OUT=target/benchmarks
STEPS=${STEPS:-"engines operations million scoring json reporting memory"}
SHORT=(-f 1 -wi 2 -i 3 -w 1 -r 1)
mkdir -p "$OUT"
: >"$OUT/commands.txt"
[ -f "$JAR" ] || mvn -B -ntp -q -pl benchmarks -am package -DskipTests -Djacoco.skip=true -Djavadoc.skip=true

run() {   # name, JMH arguments...
  local name=$1; shift
  echo "== $name: java -jar $JAR $*" | tee -a "$OUT/commands.txt"
  java -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" >"$OUT/$name.log" 2>&1 || echo "   (failed: see $OUT/$name.log)"
  grep -E '^[A-Z][A-Za-z]+Benchmarks\.' "$OUT/$name.log" || true
}

for step in $STEPS; do
  case $step in
    engines)   # the roll-ups and the baseline at 10^3..10^5 (the fitted exponent also uses 10^6, below)
      run engines "${SHORT[@]}" -p activities=1000,10000,100000 \
        'BaselineBenchmarks|CostingBenchmarks\.(rollUp|rollUpFromPlan|rollUpByGoalYearCategory|rollUpEveryRow)$' ;;
    operations)   # the other costing operations and plan generation at 10^3 and 10^5
      run operations "${SHORT[@]}" -p activities=1000,100000 \
        'CostingBenchmarks\.(pivot3|gapByGoal|convertToEuro|audit)$|GenerationBenchmarks' ;;
    million)   # 10^6: each fork generates the plan first (tens of seconds), so fewer iterations
      run million -f 1 -wi 1 -i 2 -w 1 -r 1 -p activities=1000000 \
        'BaselineBenchmarks|CostingBenchmarks\.(rollUp|rollUpFromPlan|rollUpByGoalYearCategory|rollUpEveryRow)$' ;;
    scoring)   # 10^5 takes minutes per operation on 2 loaded cores: run it alone with -p activities=100000
      run scoring "${SHORT[@]}" -p activities=1000,10000 'ScoringBenchmarks\.scoreEightPeriods' ;;
    json)      # the reader's JIT warm-up is long: more warm-up iterations
      run json -f 1 -wi 5 -i 3 -w 1 -r 1 -p activities=1000 'JsonBenchmarks' ;;
    reporting)
      run reporting "${SHORT[@]}" -p activities=1000,10000 'ReportingBenchmarks\.costingSummary(Html|Csv)|CostingConversionBenchmarks' ;;
    memory)
      echo "== memory: java -Xmx8g -cp $JAR org.actionplan.benchmarks.MemoryRunner" | tee -a "$OUT/commands.txt"
      java -Xmx8g -cp "$JAR" org.actionplan.benchmarks.MemoryRunner >"$OUT/memory.md" 2>"$OUT/memory.log"
      cat "$OUT/memory.md" ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
done

{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  java -version 2>&1 | sed 's/^/    /'
  echo
  ls "$OUT"/*.json >/dev/null 2>&1 && java -cp "$JAR" org.actionplan.benchmarks.ScalingRunner "$OUT"/*.json
} >"$OUT/results.md"
cat "$OUT/results.md"
