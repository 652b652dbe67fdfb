#!/usr/bin/env bash
# Issue 8, target P4 beyond `check`: are `ntplint check --fix` (and `--diff`) and `ntplint
# convert` linear? Runs FixBenchmark and ConvertBenchmark (JMH, average time per operation) on
# the generated files of ChronyParseBenchmark and NtpParseBenchmark (the chrony.conf has about one
# fix per 80 bytes), then prints nanoseconds per byte for each size and the spread (slowest /
# fastest; P4's target is < 1.5).
# SIZES=10000,1000000 runs other sizes; extra arguments go to JMH (not -p size, -f, -wi, -i, -w, -r).
# An operation of 5 MB takes seconds: five warm-up iterations are enough for this path, whose
# time is the lint of each pass (see run-scaling.sh for the lint's own warm-up).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -ntp -Pbench -DskipTests package -pl bench -am

json=$(mktemp)
trap 'rm -f "$json"' EXIT
java -jar bench/target/benchmarks.jar '(FixBenchmark|ConvertBenchmark)\.' \
  -f 1 -wi 5 -i 3 -w 2s -r 2s -jvmArgs -Xmx4g \
  -p size="${SIZES:-10000,100000,1000000,5000000}" -rf json -rff "$json" "$@"

python3 - "$json" <<'PY'
import json, sys
per = {}
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 1)[1]  # fix, fixAndDiff, ntpToChrony, chronyToNtp
    size = int(r["params"]["size"])
    runs = sorted(x for fork in r["primaryMetric"]["rawData"] for x in fork)
    n = len(runs)
    median = runs[n // 2] if n % 2 else (runs[n // 2 - 1] + runs[n // 2]) / 2
    per.setdefault(name, {})[size] = median * 1e6 / size  # ms/op -> ns/byte
print()
for name, by_size in sorted(per.items()):
    cells = "  ".join(f"{size:>9d} B: {ns:8.1f} ns/B" for size, ns in sorted(by_size.items()))
    spread = max(by_size.values()) / min(by_size.values())
    print(f"{name:11s} {cells}  spread {spread:.2f}")
PY
