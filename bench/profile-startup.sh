#!/usr/bin/env bash
# Issue 8, target P1: where the main thread of one short `ntplint check FILE` spends its CPU
# time, sampled with async-profiler (Apache 2.0; its jar comes from Maven Central) over RUNS runs
# of the ./ntplint launcher (its JVM flags and AppCDS archive), then summed per run:
# - by mechanism (a sample counts in every mechanism its stack shows, so they overlap): class
#   loading, constant-pool linking, class initialisers, invokedynamic call sites (lambdas) and
#   method-handle constants, regular-expression compilation, the ANTLR lexer, opening the jar;
# - by step of the check (rule catalogue, file system, parse, view, rules, report).
# A one-time cost shows where it is first paid: removing its first user moves it to the next.
#
#   bench/profile-startup.sh [RUNS] [FILE]   (default: 20 runs, a typical chrony.conf of the
#                                            shared corpus)
#
# The profiler adds its own overhead (~10-30% at a 1 ms interval): compare shares and two builds
# profiled in the same way, not these sample counts with the wall times of run-startup.sh.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-20}
file=${2:-$top/../shared/corpus/real/chrony/001.conf}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mvn -q -B -ntp dependency:copy -Dartifact=tools.profiler:async-profiler:3.0 \
  -DoutputDirectory="$tmp" >&2
(cd "$tmp" && unzip -q async-profiler-3.0.jar 'linux-x64/*')
agent=$tmp/linux-x64/libasyncProfiler.so

# Builds the jar if stale and writes the AppCDS archive (first run): not profiled.
"$top/ntplint" check "$file" >/dev/null 2>&1 || true

for i in $(seq 1 "$runs"); do
  JAVA_TOOL_OPTIONS="-agentpath:$agent=start,event=cpu,interval=1ms,threads,collapsed,file=$tmp/run$i.txt" \
    "$top/ntplint" check "$file" >/dev/null 2>&1 || true
done

python3 - "$runs" "$tmp" <<'PY'
import collections, glob, os, sys
runs, tmp = int(sys.argv[1]), sys.argv[2]
threads, mechanisms, steps = collections.Counter(), collections.Counter(), collections.Counter()
MECHANISMS = [
    ("class loading (from the archive or the jar)", ("SystemDictionary", "load_shared_class")),
    ("constant-pool linking (first call of each method, field)", ("LinkResolver",)),
    ("class initialisers (<clinit>)", ("initialize_impl",)),
    ("invokedynamic call sites (lambdas)", ("MethodHandleNatives.linkCallSite",)),
    ("method-handle constants", ("MethodHandleNatives.linkMethodHandleConstant",)),
    ("regular expressions compiled", ("java/util/regex/Pattern.<init>",)),
    ("ANTLR lexer (class, ATN, DFA, lexing)", ("org/antlr/",)),
    ("the jar opened (java -jar reads its manifest)", ("java/util/jar/JarFile.<init>",)),
]
# A check's steps, the first whose frames a stack shows (the order matters: a view is built
# while linting, a file read while checking).
STEPS = [
    ("rule catalogue (rule classes, registry)", ("RuleRegistry", "BuiltinRules")),
    ("file system (confinement, reading)", ("ConfinedFileSystem",)),
    ("configuration discovery (.ntplint.yaml)", ("ConfigDiscovery", "ConfigLoader")),
    ("dialect detection", ("DialectDetector",)),
    ("view (sources, access policy)", ("ViewBuilder",)),
    ("parse (lexer, directives, includes)", ("ChronyConf.", "NtpConf.", "FileLoader")),
    ("rules run", ("Linter.lint", "Linter.run")),
    ("report (text)", ("TextWriter", "format/Report")),
]
main = 0
for path in glob.glob(os.path.join(tmp, "run*.txt")):
    for line in open(path):
        stack, count = line.rstrip("\n").rsplit(" ", 1)
        frames, count = stack.split(";"), int(count)
        thread = frames[0].split(" tid=")[0].strip("[]")
        threads[thread] += count
        if thread != "main":
            continue
        main += count
        for name, needles in MECHANISMS:
            if any(needle in stack for needle in needles):
                mechanisms[name] += count
        step = next((name for name, needles in STEPS if any(n in stack for n in needles)),
                    "other ntplint code" if "dev/ntplint/" in stack else "JVM, before or after main")
        steps[step] += count
print(f"samples per run (1 ms of CPU each), by thread, {runs} runs:")
for thread, count in threads.most_common(5):
    print(f"  {count / runs:7.1f}  {thread}")
print("main thread, by mechanism (overlapping):")
for name, _ in MECHANISMS:
    print(f"  {mechanisms[name] / runs:7.1f}  {100 * mechanisms[name] / max(main, 1):5.1f}%  {name}")
print("main thread, by step:")
for step, count in steps.most_common(15):
    print(f"  {count / runs:7.1f}  {100 * count / max(main, 1):5.1f}%  {step}")
PY
