#!/usr/bin/env bash
# Issue 8: is a change faster, and by how much? This tree's build of the benchmarks and another's
# (BEFORE), compared in one JVM operation by operation (dev.ntplint.bench.PairedBuilds): each
# build in a class loader of its own, both warmed up, then their operations alternated and each
# pair's ratio taken. On this VM a size's time moves by 20-30% from one minute to the next, so two
# JMH runs made minutes apart cannot show a change of a few percent; pairs made a second apart can.
#
#   BEFORE=/path/to/other/checkout bench/run-paired.sh [chrony|ntp|both] [SIZE] [SECONDS] [OPERATION]
#
# Defaults: both dialects, 20000000 bytes, 40 s of pairs after 20 s of warm-up, parseAndLint.
# OPERATION is parseAndLint, parse, or lint: the lint alone, of a file read just before it,
# untimed. BEFORE is a checkout (its benchmarks jar is built there when missing) or a
# benchmarks.jar. Without BEFORE this build is compared with itself: how far the ratio strays when
# nothing changed (run it first; a change smaller than that spread is not shown). Needs ~9 GB of
# free memory (the collector is kept aside as in run-scaling.sh's COLLECTOR=aside).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -ntp -Pbench -DskipTests package -pl bench -am
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Copies: a build made while the pairs run does not change what is compared.
cp bench/target/benchmarks.jar "$tmp/after.jar"
before=${BEFORE:-}
if [ -z "$before" ]; then
  cp bench/target/benchmarks.jar "$tmp/before.jar"
elif [ -d "$before" ]; then
  if [ ! -f "$before/bench/target/benchmarks.jar" ]; then
    (cd "$before" && mvn -q -B -ntp -Pbench -DskipTests package -pl bench -am)
  fi
  cp "$before/bench/target/benchmarks.jar" "$tmp/before.jar"
else
  cp "$before" "$tmp/before.jar"
fi

case "${1:-both}" in
  chrony) dialects=chrony ;;
  ntp) dialects=ntp ;;
  *) dialects="chrony ntp" ;;
esac
echo "before: ${before:-this build (calibration)}; after: this build"
for dialect in $dialects; do
  java -Xms8g -Xmx8g -Xmn6g -XX:+AlwaysPreTouch -XX:+UseParallelGC \
    -cp bench/target/benchmarks.jar dev.ntplint.bench.PairedBuilds \
    "$tmp/before.jar" "$tmp/after.jar" "$dialect" "${2:-20000000}" "${3:-40}" "${4:-parseAndLint}"
done
