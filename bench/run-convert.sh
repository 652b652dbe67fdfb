#!/usr/bin/env bash
# Issue 8, target P5 (convert): one `ntplint convert --to chrony --output-dir OUT FILE...` over a
# fleet of ntp.conf files (copies of the shared corpus's real ntp.conf files, each made different
# by a comment line, one per machine directory ROOT/ntp.conf), through the ./ntplint launcher,
# against ntp2chrony (chrony's conversion script) on the same files. Floor, in the same run: a JVM
# that walks the same directory and reads every file (bench/batchbench.py).
#
#   NTP2CHRONY=/path/to/ntp2chrony.py bench/run-convert.sh [COUNT] [SAMPLE]
#
# COUNT (default 10000) files for ntplint; ntp2chrony runs on the first SAMPLE (default 300) of
# them, in its two ways: one process per machine (`-r ROOT`, as it is meant to be run) and one
# process for all the sample (`-r ROOT...`, no interpreter start-up per file). It writes
# ROOT/chrony.conf and ROOT/chrony.keys inside the temporary directory only; its --ntp-conf is
# given relative so that it reads ROOT/ntp.conf. Target: ntplint's time per file <= 1/10 of
# ntp2chrony's. Without NTP2CHRONY (not part of this project: GPL, fetch it from chrony's
# contrib), the ratio is skipped.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
sample=${2:-300}
corpus=$top/../shared/corpus/real

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Build the jar if stale and write the AppCDS archive (first run): not timed.
"$top/ntplint" check "$corpus/chrony/001.conf" >/dev/null 2>&1 || true

python3 - "$top" "$corpus" "$tmp" "$count" "$sample" "${NTP2CHRONY:-}" <<'PY'
import os, statistics, subprocess, sys, time
top, corpus, tmp = sys.argv[1], sys.argv[2], sys.argv[3]
count, sample, ntp2chrony = int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
sys.path.insert(0, os.path.join(top, "bench"))
import batchbench

roots_dir = os.path.join(tmp, "roots")
files = batchbench.generate(corpus, ("ntp",), count,
                            lambda i, dialect: os.path.join(roots_dir, f"{i:05d}", "ntp.conf"))
out = os.path.join(tmp, "out")
os.makedirs(out)
# An argument file (expanded by picocli): 10,000 paths are more than a command line should carry.
argfile = os.path.join(tmp, "inputs.args")
with open(argfile, "w") as f:
    f.write("\n".join(files) + "\n")
floor_cmd = batchbench.floor_command(tmp, roots_dir)
convert_cmd = [os.path.join(top, "ntplint"), "convert", "--to", "chrony", "--force",
               "--output-dir", out, "@" + argfile]

roots = [os.path.dirname(p) for p in files[:sample]]
def clean_roots():
    # ntp2chrony refuses to replace its outputs (O_EXCL): every run starts without them.
    for root in roots:
        for name in ("chrony.conf", "chrony.keys"):
            path = os.path.join(root, name)
            if os.path.exists(path):
                os.remove(path)
def ntp2chrony_cmd(rs):
    return [sys.executable, ntp2chrony, "-r", *rs, "--ntp-conf", "ntp.conf",
            "--chrony-conf", "/chrony.conf", "--chrony-keys", "/chrony.keys"]
def per_process():
    clean_roots()
    start = time.perf_counter()
    for root in roots:
        subprocess.run(ntp2chrony_cmd([root]), check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start
def one_process():
    clean_roots()
    start = time.perf_counter()
    subprocess.run(ntp2chrony_cmd(roots), check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start

have_ntp2chrony = bool(ntp2chrony) and os.path.isfile(ntp2chrony)
floor, convert, separate, together = [], [], [], []
for _ in range(3):
    floor.append(batchbench.timed(floor_cmd))
    convert.append(batchbench.timed(convert_cmd))
    if have_ntp2chrony:
        separate.append(per_process())
        together.append(one_process())
print(f"load average: {batchbench.load_average()}; median of 3 runs each, alternating")
f = statistics.median(x[0] for x in floor)
c = statistics.median(x[0] for x in convert)
codes = sorted({x[2] for x in convert})
converted = len([n for n in os.listdir(out) if n.endswith(".chrony.conf")])
print(f"floor (walk + read every file, one JVM):           {f:7.2f} s  {count / f:8.0f} files/s")
print(f"ntplint convert --output-dir, {count} files (exit {codes}): {c:7.2f} s  "
      f"{count / c:8.0f} files/s  {1000 * c / count:7.3f} ms/file  peak RSS "
      f"{max(x[1] for x in convert):6.1f} MiB  ratio to floor {c / f:.2f}  CPU "
      f"{statistics.median(x[3] for x in convert):6.2f} s  ({converted} written)")
if not have_ntp2chrony:
    print("ntp2chrony: skipped (set NTP2CHRONY=/path/to/ntp2chrony.py for the ratio)")
    sys.exit(0)
ntplint_ms = 1000 * c / count
for label, times in (("one process per file", separate), ("one process for all", together)):
    per_file = 1000 * statistics.median(times) / sample
    print(f"ntp2chrony, {label}, {sample} files: {per_file:7.3f} ms/file  "
          f"ntplint is {per_file / ntplint_ms:6.1f}x faster per file")
PY
