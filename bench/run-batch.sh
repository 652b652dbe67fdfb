#!/usr/bin/env bash
# Issue 8, target P2 (batch): one `ntplint check DIR` over 10,000 configuration files, through the
# ./ntplint launcher, timed with /usr/bin/time -v (wall time, peak RSS). The files are generated in
# a temporary directory from the shared corpus (real chrony.conf and ntp.conf files), each copy
# made different by a comment line. The floor, in the same run: a JVM started as the launcher
# starts ntplint that walks the same directory and reads every file (bench/batchbench.py).
#
#   bench/run-batch.sh [COUNT]   (default 10000; targets: >= 5,000 files/s, peak RSS <= 256 MiB)
#
# JOBS=1,2 also times `check --jobs N` for each N (the default uses one thread per processor).
# BEFORE=/path/to/other/ntplint also times another build's launcher (e.g. main's) in the same
# runs, alternating with this one, for a before/after comparison under the same load.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
corpus=$top/../shared/corpus/real

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Build the jar if stale and write the AppCDS archive (first run): not timed.
"$top/ntplint" check "$corpus/chrony/001.conf" >/dev/null 2>&1 || true

if [ -n "${BEFORE:-}" ]; then "$BEFORE" check "$corpus/chrony/001.conf" >/dev/null 2>&1 || true; fi

python3 - "$top" "$corpus" "$tmp" "$count" "${JOBS:-}" "${BEFORE:-}" <<'PY'
import os, statistics, sys
top, corpus, tmp, count, jobs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
before = sys.argv[6]
sys.path.insert(0, os.path.join(top, "bench"))
import batchbench

configs = os.path.join(tmp, "configs")
batchbench.generate(corpus, ("chrony", "ntp"), count,
                    lambda i, dialect: os.path.join(configs, f"{i // 100:03d}", f"{dialect}-{i:05d}.conf"))
launcher = os.path.join(top, "ntplint")
commands = {"floor (walk + read every file, one JVM)": batchbench.floor_command(tmp, configs),
            "ntplint check DIR": [launcher, "check", configs]}
if before:
    commands["before: " + before + " check DIR"] = [before, "check", configs]
for n in filter(None, jobs.split(",")):
    commands[f"ntplint check --jobs {n} DIR"] = [launcher, "check", "--jobs", n, configs]
runs = {name: [] for name in commands}
loads = [batchbench.load_average()]
for _ in range(3):
    for name, cmd in commands.items():
        runs[name].append(batchbench.timed(cmd))
    loads.append(batchbench.load_average())
# The load before the runs and after each round: wall times mean little when it exceeds 2.
print(f"load average: {' | '.join(loads)}; median of 3 runs each, alternating")
floor = statistics.median(x[0] for x in runs["floor (walk + read every file, one JVM)"])
for name, results in runs.items():
    wall = statistics.median(x[0] for x in results)
    codes = sorted({x[2] for x in results})
    print(f"{name + ' (exit ' + str(codes) + ')':<48} {wall:6.2f} s  {count / wall:8.0f} files/s  "
          f"peak RSS {max(x[1] for x in results):6.1f} MiB  ratio to floor {wall / floor:.2f}  "
          f"CPU {statistics.median(x[3] for x in results):6.2f} s "
          f"({1000 * statistics.median(x[3] for x in results) / count:.3f} ms/file)")
PY
