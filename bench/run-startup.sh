#!/usr/bin/env bash
# Issue 8, target P1 (pre-commit path): wall time of `ntplint check FILE` through the ./ntplint
# launcher (staleness check, AppCDS archive), against the JVM floor measured in the same run:
# `java -Xshare:auto -cp DIR Hello` (default CDS archive). Runs alternate, so both see the same
# machine load; prints the medians, their ratio (target <= 2.0) and peak RSS (/usr/bin/time -v).
# Each file is also checked as the pre-commit hook runs it: from pre-commit's clone (its cache
# directory), where the launcher skips the staleness check. Also times `check --format=sarif` on
# the first file, for information: CI's form (not P1's); its check options no longer go through
# picocli, but the SARIF report describes every rule.
#
#   bench/run-startup.sh [RUNS] [FILE...]   (default: 21 runs; a typical chrony.conf and ntp.conf
#                                           of the shared corpus)
#
# BASELINE=LAUNCHER also times another build's launcher in the same alternating runs, for
# before/after figures taken under the same load. Make it a whole checkout of the other commit
# (`git worktree add DIR COMMIT`, then `DIR/ntplint` builds it): the launcher's staleness check
# stats every main source file (~420 here, ~5 ms on this VM), and a bare copy of ./ntplint next to
# an older jar skips that and looks 5-7% faster than the same jar in a checkout (issue 8, P1).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-21}
shift || true
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  corpus=$top/../shared/corpus/real
  files=("$corpus/chrony/001.conf" "$corpus/ntp/001.conf")
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("Hello");
  }
}
JAVA
javac -d "$tmp" "$tmp/Hello.java"

# Builds the jar if stale, then the first run writes the AppCDS archive: not timed.
baseline=${BASELINE:-}
for launcher in "$top/ntplint" ${baseline:+"$baseline"}; do
  for f in "${files[@]}"; do "$launcher" check "$f" >/dev/null 2>&1 || true; done
  "$launcher" check "${files[0]}" >/dev/null 2>&1 || true
done

python3 - "$runs" "$tmp" "$top/ntplint" "$baseline" "${files[@]}" <<'PY'
import os, re, resource, statistics, subprocess, sys, time
runs, tmp, launcher, baseline, files = (int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4],
                                        sys.argv[5:])
floor_cmd = ["java", "-Xshare:auto", "-cp", tmp, "Hello"]
cmds = {"floor (java Hello)": floor_cmd}
# The same check as the pre-commit hook runs it: from pre-commit's clone of the repository, which
# the launcher recognises by its cache directory and so skips the staleness check (the clone is
# pinned to one revision). Here the checkout's parent stands for that cache.
hook_env = dict(os.environ, PRE_COMMIT_HOME=os.path.dirname(os.path.dirname(launcher)))
envs = {}
for f in files:
    cmds["ntplint check " + os.path.relpath(f)] = [launcher, "check", f]
    name = "ntplint check " + os.path.relpath(f) + " (pre-commit)"
    cmds[name] = [launcher, "check", f]
    envs[name] = hook_env
    if baseline:
        cmds["baseline check " + os.path.relpath(f)] = [baseline, "check", f]
# Not P1's form, for information: CI's (the report describes every rule).
sarif = ["check", "--format=sarif", files[0]]
cmds["ntplint " + " ".join(sarif[:2]) + " " + os.path.relpath(files[0])] = [launcher] + sarif
if baseline:
    cmds["baseline " + " ".join(sarif[:2]) + " " + os.path.relpath(files[0])] = [baseline] + sarif
times = {name: [] for name in cmds}
# CPU time (user + system of the child and its children) too: on a shared machine the wall time
# also counts waiting for a core, the CPU time much less so.
cpu = {name: [] for name in cmds}
def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
for _ in range(runs):
    for name, cmd in cmds.items():
        c = children_cpu()
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=envs.get(name))
        times[name].append((time.perf_counter() - t) * 1000)
        cpu[name].append((children_cpu() - c) * 1000)
def rss(cmd):
    r = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    return int(m.group(1)) / 1024 if m else float("nan")
floor = statistics.median(times["floor (java Hello)"])
floor_cpu = statistics.median(cpu["floor (java Hello)"])
print(f"load average: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}; "
      f"{runs} runs each, alternating")
for name, cmd in cmds.items():
    ts = sorted(times[name])
    med = statistics.median(ts)
    print(f"{name:60s} median {med:7.1f} ms  (min {ts[0]:6.1f}, max {ts[-1]:6.1f})  "
          f"ratio to floor {med / floor:5.2f}  peak RSS {rss(cmd):6.1f} MiB")
    cmed = statistics.median(cpu[name])
    print(f"{'':60s} CPU    {cmed:7.1f} ms  ratio to floor CPU {cmed / floor_cpu:5.2f}")
PY
