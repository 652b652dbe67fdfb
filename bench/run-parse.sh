#!/usr/bin/env bash
# Builds the benchmarks and runs ChronyParseBenchmark and NtpParseBenchmark (issue 8, target P3),
# then prints, per dialect, the throughput of parse+print, of parse+lint (every built-in rule) and
# of the line-splitting floor in MB/s (10^6 bytes per second, median of the measured iterations),
# and the ratio of each to the floor.
# Warm-up: twelve 2 s iterations. On a 2-core machine the JIT keeps compiling parseAndLint for
# ~20-30 s (1 MB ntp.conf, 2026-11-27: 2.7 ops/s in the first warm-up iteration, 9-11 in the
# sixth to ninth, 12 from the tenth on); six iterations measured part of that.
# Extra arguments go to JMH (e.g. -p size=4000000, -prof gc); JMH refuses options given twice,
# so they must not repeat -f/-wi/-i/-w/-r.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -ntp -Pbench -DskipTests package -pl bench -am

json=$(mktemp)
trap 'rm -f "$json"' EXIT
java -jar bench/target/benchmarks.jar '(ChronyParseBenchmark|NtpParseBenchmark)\.(parseAndPrint|parseAndLint|splitLines)$' -f 1 -wi 12 -i 5 -w 2s -r 2s \
  -rf json -rff "$json" "$@"

python3 - "$json" <<'PY'
import json, sys
rate = {}
for r in json.load(open(sys.argv[1])):
    cls, name = r["benchmark"].rsplit(".", 2)[1:]
    name = cls.replace("ParseBenchmark", "").lower() + " " + name
    size = int(r["params"]["size"])
    m = r["primaryMetric"]
    runs = sorted(x for fork in m["rawData"] for x in fork)
    median = runs[len(runs) // 2] if len(runs) % 2 else (runs[len(runs) // 2 - 1] + runs[len(runs) // 2]) / 2
    rate[name] = (size, size * median / 1e6, size * m["scoreError"] / 1e6)
print()
for dialect in ("chrony", "ntp"):
    for bench in ("parseAndPrint", "parseAndLint", "splitLines"):
        name = dialect + " " + bench
        if name in rate:
            size, mbs, err = rate[name]
            print(f"{name:22s} median {mbs:10.1f} MB/s (mean error ± {err:.1f})  ({size} bytes/op)")
    f = rate.get(dialect + " splitLines")
    for bench, label in (("parseAndPrint", "parse/floor"), ("parseAndLint", "lint/floor")):
        p = rate.get(dialect + " " + bench)
        if p and f:
            print(f"{dialect + ' ' + label:22s} {p[1] / f[1]:10.4f} (ratio of medians)")
PY
