#!/usr/bin/env bash
# The peer users have today: the costing roll-up as SUMIFS formulas in a spreadsheet, recalculated by
# LibreOffice Calc headless, against `bin/actionplan cost` on the same generated plan. Both are timed as
# whole processes (start-up included). Not part of CI.
#
# Needs: soffice (Debian: apt-get install libreoffice-calc-nogui), Java 17, Maven; run from anywhere.
# Usage: benchmarks/spreadsheet-vs-cli.sh [SIZE...]     (default: 1000 10000)
# Output: a Markdown table on stdout; files in target/spreadsheet-vs-cli/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JAR=benchmarks/target/benchmarks.jar
OUT=$ROOT/target/spreadsheet-vs-cli
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)

command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-calc-nogui" >&2; exit 2; }
[ -f "$JAR" ] || mvn -B -ntp -q -pl benchmarks -am package -DskipTests -Djacoco.skip=true -Djavadoc.skip=true
mkdir -p "$OUT"
PROFILE="file://$OUT/lo-profile"
FILTER='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2'   # sheet 2 = Summary

seconds() {   # runs a command, prints its wall time in seconds; its output goes to $LOG
  local start end
  start=$(date +%s.%N)
  "$@" >"$LOG" 2>&1 || { echo "failed"; return 0; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

echo "| Activities | Costs rows | Workbook MB | Plan JSON MB | LibreOffice recalc + export (s) | Sheet matches exact sums | bin/actionplan cost (s) |"
echo "|---:|---:|---:|---:|---:|---|---:|"
for n in "${SIZES[@]}"; do
  java -Xmx4g -cp "$JAR" org.actionplan.benchmarks.SpreadsheetWorkbook "$n" "$OUT"
  rows=$(($(unzip -p "$OUT/plan-$n.xlsx" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l) - 1))
  # first start of LibreOffice creates its profile: do it once, untimed
  [ -d "$OUT/lo-profile" ] || soffice -env:UserInstallation="$PROFILE" --headless --terminate_after_init >/dev/null 2>&1 || true
  rm -f "$OUT/plan-$n-Summary.csv"
  LOG=$OUT/soffice-$n.log
  lo=$(seconds soffice -env:UserInstallation="$PROFILE" --headless --convert-to "$FILTER" --outdir "$OUT" "$OUT/plan-$n.xlsx")
  match=no
  if [ -f "$OUT/plan-$n-Summary.csv" ] && diff -q <(tr -d '"\r' <"$OUT/plan-$n-Summary.csv") "$OUT/expected-$n.csv" >/dev/null; then
    match=yes
  fi
  cli="n/a (no bin/actionplan)"
  if [ -x bin/actionplan ]; then
    # the first call may build the tool with Maven: do it once, untimed
    [ -n "${CLI_WARM:-}" ] || { bin/actionplan cost "$OUT/plan-$n.json" >/dev/null 2>&1 || true; CLI_WARM=1; }
    LOG=$OUT/cli-$n.txt
    cli=$(seconds bin/actionplan cost "$OUT/plan-$n.json")
  fi
  mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1e6 }'; }
  echo "| $n | $rows | $(mb "$OUT/plan-$n.xlsx") | $(mb "$OUT/plan-$n.json") | $lo | $match | $cli |"
done
