#!/usr/bin/env bash
# Issue 8, target P4's second half: do includes (and the rules that compare lines across files)
# have a quadratic path? Runs IncludeScalingBenchmark (JMH, average time per operation): one
# chrony.conf whose confdir holds N small files, and one ntp.conf with N includefile lines, read
# from a directory on disk and linted, for N = 10 to 10,000; prints the time per included file of
# each N and the spread (slowest / fastest time per file; P4's target for time per byte is < 1.5,
# and a quadratic path would grow ~1,000x over this range).
# FILES=100,10000 runs other counts; extra arguments go to JMH (not -p files, -f, -wi, -i, -w, -r).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -ntp -Pbench -DskipTests package -pl bench -am

json=$(mktemp)
trap 'rm -f "$json"' EXIT
# Warm-up as run-scaling.sh's (the JIT keeps compiling for ~20-30 s on 2 cores): at least 24 s
# per count, even for the smallest, whose operations take well under a millisecond.
java -jar bench/target/benchmarks.jar 'IncludeScalingBenchmark\.lint$' \
  -f 1 -wi 12 -i 3 -w 2s -r 2s -jvmArgs -Xmx2g \
  -p files="${FILES:-10,100,1000,10000}" -rf json -rff "$json" "$@"

python3 - "$json" <<'PY'
import json, sys
per = {}
for r in json.load(open(sys.argv[1])):
    dialect = r["params"]["dialect"]
    files = int(r["params"]["files"])
    runs = sorted(x for fork in r["primaryMetric"]["rawData"] for x in fork)
    n = len(runs)
    median = runs[n // 2] if n % 2 else (runs[n // 2 - 1] + runs[n // 2]) / 2
    per.setdefault(dialect, {})[files] = median * 1000 / files  # ms/op -> us per included file
print()
for dialect, by_files in sorted(per.items()):
    cells = "  ".join(f"{n:>6d} files: {us:7.1f} us/file" for n, us in sorted(by_files.items()))
    spread = max(by_files.values()) / min(by_files.values())
    print(f"{dialect:6s} {cells}  spread {spread:.2f}")
PY
