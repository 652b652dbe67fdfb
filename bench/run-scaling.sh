#!/usr/bin/env bash
# Issue 8, target P4: is parse + lint linear? Runs parseAndLint of ChronyParseBenchmark and
# NtpParseBenchmark (JMH, average time per operation) on generated files from 1 KB to 20 MB, and
# the line-splitting floor on the same bytes, then prints nanoseconds per byte for each size and
# the spread (slowest / fastest ns per byte; the target is < 1.5).
# SIZES=1000,20000000 runs other sizes; extra arguments go to JMH (not -p size, -f, -wi, -i, -w, -r).
# PHASES=1 also runs `parse` (the file read into its model, no rule run) and `lint` (the rules over
# a model read once, measured directly), and prints the lint's own time per byte both ways (`lint`,
# and parseAndLint - parse) with their spreads: which half grows (issue 8, P4).
#
# COLLECTOR=aside keeps the garbage collector out of the operations, to show the code's own growth
# (needs ~9 GB of free memory): a young generation of 6 GB holds several operations' allocation (a
# 20 MB operation allocates 0.5-0.7 GB), so no collection copies a model while it is being built,
# and the heap is touched before the first operation (-XX:+AlwaysPreTouch), so the kernel's first
# touch of each page is not counted either (on this VM it cost more than the operation). With the
# JVM's defaults (G1, a heap that grows as it goes), a 20 MB operation spends a large share of its
# time in young collections that copy the growing model and scan the old regions that point to
# it, which a 100 KB one hardly meets (bench/RESULTS.md, issue 8, P4).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -ntp -Pbench -DskipTests package -pl bench -am

# ROUNDS=N repeats the whole run N times (default 1) and pools each size's measured iterations:
# on this VM a size's time moves by 20-30% from one minute to the next, and the sizes of one run
# are measured minutes apart, so one run's spread can be the machine's. DIALECTS=chrony or ntp
# runs one dialect's benchmarks only.
jsondir=$(mktemp -d)
trap 'rm -rf "$jsondir"' EXIT
# Warm-up: at least 24 s per size (the JIT keeps compiling for ~20-30 s on 2 cores; see
# run-parse.sh); a 20 MB operation takes seconds, so each of its iterations is one operation or two.
# -Xmx: the 20 MB files' model and findings stay live during one operation.
jvm_args=-Xmx4g
if [ "${COLLECTOR:-}" = aside ]; then
  jvm_args="-Xms8g -Xmx8g -Xmn6g -XX:+AlwaysPreTouch -XX:+UseParallelGC"
fi
case "${DIALECTS:-both}" in
  chrony) classes=ChronyParseBenchmark ;;
  ntp) classes=NtpParseBenchmark ;;
  *) classes='ChronyParseBenchmark|NtpParseBenchmark' ;;
esac
benchmarks='parseAndLint|splitLines'
if [ "${PHASES:-}" = 1 ]; then
  benchmarks='parse|lint|parseAndLint|splitLines'
fi
rounds=${ROUNDS:-1}
for round in $(seq "$rounds"); do
  java -jar bench/target/benchmarks.jar "($classes)\\.($benchmarks)\$" \
    -bm avgt -tu us -f 1 -wi 12 -i 3 -w 2s -r 2s -jvmArgs "$jvm_args" \
    -p size="${SIZES:-1000,10000,100000,1000000,20000000}" -rf json -rff "$jsondir/$round.json" "$@"
done

python3 - "$jsondir" "${COLLECTOR:-}" "$rounds" <<'PY'
import glob, json, os, sys
pooled = {}
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    for r in json.load(open(path)):
        cls, name = r["benchmark"].rsplit(".", 2)[1:]
        dialect = cls.replace("ParseBenchmark", "").lower()
        size = int(r["params"]["size"])
        pooled.setdefault((dialect, name), {}).setdefault(size, []).extend(
            x for fork in r["primaryMetric"]["rawData"] for x in fork)
per = {}
for key, by_size in pooled.items():
    for size, runs in by_size.items():
        runs = sorted(runs)
        n = len(runs)
        median = runs[n // 2] if n % 2 else (runs[n // 2 - 1] + runs[n // 2]) / 2
        per.setdefault(key, {})[size] = median * 1000 / size  # us/op -> ns/byte
print()
print(f"rounds: {sys.argv[3]} (each size's measured iterations of every round pooled, then the median)")
print("collector:", "kept out of the operations (COLLECTOR=aside)" if sys.argv[2] == "aside"
      else "the JVM's defaults, -Xmx4g")
for (dialect, name), by_size in sorted(per.items()):
    cells = "  ".join(f"{size:>9d} B: {ns:8.2f} ns/B" for size, ns in sorted(by_size.items()))
    spread = max(by_size.values()) / min(by_size.values())
    print(f"{dialect:6s} {name:13s} {cells}  spread {spread:.2f}")
for dialect in ("chrony", "ntp"):
    whole, parse = per.get((dialect, "parseAndLint")), per.get((dialect, "parse"))
    if whole and parse:
        alone = {s: whole[s] - parse[s] for s in whole if s in parse}
        cells = "  ".join(f"{size:>9d} B: {ns:8.2f} ns/B" for size, ns in sorted(alone.items()))
        spread = max(alone.values()) / min(alone.values())
        print(f"{dialect:6s} {'lint alone':13s} {cells}  spread {spread:.2f}")
for dialect in ("chrony", "ntp"):
    lint, floor = per.get((dialect, "parseAndLint")), per.get((dialect, "splitLines"))
    if lint and floor:
        ratios = "  ".join(f"{s}: {lint[s] / floor[s]:.0f}x" for s in sorted(lint) if s in floor)
        print(f"{dialect:6s} lint/floor time per byte  {ratios}")
PY
