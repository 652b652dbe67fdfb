"""What the batch benchmarks (run-batch.sh, run-convert.sh) share: generated inputs, the floor, timing.

The inputs are copies of the shared corpus (real chrony.conf and ntp.conf files), each made
different by a comment line. The floor, measured in the same run as what it is compared with, is a
JVM started as the launcher starts ntplint that walks the same directory and reads every file.
"""
import os
import re
import subprocess

FLOOR_JAVA = """
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Walks a directory and reads every file: what any batch tool must at least do. */
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
"""


def corpus_files(corpus, dialects):
    """The corpus files of these dialects, as (dialect, bytes), in a fixed order."""
    sources = []
    for dialect in dialects:
        folder = os.path.join(corpus, dialect)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".conf"):
                with open(os.path.join(folder, name), "rb") as f:
                    sources.append((dialect, f.read()))
    return sources


def generate(corpus, dialects, count, path_of):
    """Writes count copies of the corpus files to path_of(i, dialect); returns the paths."""
    sources = corpus_files(corpus, dialects)
    paths, total = [], 0
    for i in range(count):
        dialect, data = sources[i % len(sources)]
        path = path_of(i, dialect)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = data + f"# batch copy {i}\n".encode()
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
        total += len(data)
    print(f"generated {count} files ({total} bytes) from {len(sources)} corpus files")
    return paths


def floor_command(tmp, directory):
    """Compiles BatchFloor into tmp; the command that walks and reads directory."""
    source = os.path.join(tmp, "BatchFloor.java")
    with open(source, "w") as f:
        f.write(FLOOR_JAVA)
    subprocess.run(["javac", "-d", tmp, source], check=True)
    return ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", tmp, "BatchFloor",
            directory]


def timed(cmd):
    """Runs cmd under /usr/bin/time -v: (wall seconds, peak RSS in MiB, exit code, CPU seconds).

    The CPU time (user + system) is the work done whatever the load; the wall time shows what
    parallel threads gain only when the processors are free (see the load average).
    """
    r = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)",
                     r.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1)) / 1024
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", r.stderr).group(1))
              for kind in ("User", "System"))
    return seconds, rss, r.returncode, cpu


def load_average():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())
