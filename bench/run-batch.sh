#!/usr/bin/env bash
# Issue 8, target P2 (batch): one `ntplint check DIR` over 10,000 configuration files, through the
# ./ntplint launcher, timed with /usr/bin/time -v (wall time, peak RSS). The files are generated in
# a temporary directory from the shared corpus (real chrony.conf and ntp.conf files), each copy
# made different by a comment line. The floor, in the same run: a JVM started as the launcher
# starts ntplint that walks the same directory and reads every file (BatchFloor.java).
#
#   bench/run-batch.sh [COUNT]   (default 10000; targets: >= 5,000 files/s, peak RSS <= 256 MiB)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
corpus=$top/../shared/corpus/real

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$corpus" "$tmp/configs" "$count" <<'PY'
import os, sys
corpus, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
sources = []
for dialect in ("chrony", "ntp"):
    d = os.path.join(corpus, dialect)
    for name in sorted(os.listdir(d)):
        if name.endswith(".conf"):
            sources.append((dialect, open(os.path.join(d, name), "rb").read()))
total = 0
for i in range(count):
    dialect, data = sources[i % len(sources)]
    folder = os.path.join(out, f"{i // 100:03d}")
    os.makedirs(folder, exist_ok=True)
    data = data + f"# batch copy {i}\n".encode()
    with open(os.path.join(folder, f"{dialect}-{i:05d}.conf"), "wb") as f:
        f.write(data)
    total += len(data)
print(f"generated {count} files ({total} bytes) from {len(sources)} corpus files")
PY

cat >"$tmp/BatchFloor.java" <<'JAVA'
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Walks a directory and reads every file: what any batch checker must at least do. */
public class BatchFloor {
  public static void main(String[] args) throws Exception {
    long bytes = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : files) {
      bytes += Files.readAllBytes(p).length;
    }
    System.out.println(files.size() + " files, " + bytes + " bytes");
  }
}
JAVA
javac -d "$tmp" "$tmp/BatchFloor.java"

# Build the jar if stale and write the AppCDS archive (first run): not timed.
"$top/ntplint" check "$corpus/chrony/001.conf" >/dev/null 2>&1 || true

python3 - "$tmp" "$top/ntplint" "$count" <<'PY'
import os, re, statistics, subprocess, sys
tmp, launcher, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
configs = os.path.join(tmp, "configs")
def timed(cmd):
    r = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", r.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1)) / 1024
    return seconds, rss, r.returncode
floor_cmd = ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", tmp, "BatchFloor", configs]
check_cmd = [launcher, "check", configs]
floor, check = [], []
for _ in range(3):
    floor.append(timed(floor_cmd))
    check.append(timed(check_cmd))
codes = {c[2] for c in check}
f = statistics.median(x[0] for x in floor)
c = statistics.median(x[0] for x in check)
rss = max(x[1] for x in check)
print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; median of 3 runs each, alternating")
print(f"floor (walk + read every file, one JVM): {f:6.2f} s  {count / f:8.0f} files/s  "
      f"peak RSS {max(x[1] for x in floor):6.1f} MiB")
print(f"ntplint check DIR (exit {sorted(codes)}):      {c:6.2f} s  {count / c:8.0f} files/s  "
      f"peak RSS {rss:6.1f} MiB  ratio to floor {c / f:.2f}")
PY
