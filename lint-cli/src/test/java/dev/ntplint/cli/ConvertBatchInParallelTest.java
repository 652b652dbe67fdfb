package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --output-dir} writes the same files, report and messages on any thread count. */
class ConvertBatchInParallelTest {

  private static final Path TESTDATA = Path.of(System.getProperty("ntplint.testdata",
      "../testdata"));

  @TempDir
  Path dir;

  @Test
  void hundredsOfNtpConfFilesConvertTheSameOnOneThreadAsOnSeveral() throws IOException {
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> walk = Stream.concat(Files.walk(TESTDATA.resolve("ntp")),
        Files.walk(TESTDATA.resolve("convert")))) {
      inputs.addAll(walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".conf"))
          .filter(p -> !p.getFileName().toString().endsWith(".chrony.conf"))
          .map(Path::toString).sorted().collect(Collectors.toList()));
    }
    // An unreadable input is reported in its place, the others still converted.
    inputs.add(150, dir.resolve("missing/ntp.conf").toString());
    assertThat(inputs).hasSizeGreaterThan(200);
    Path out = dir.resolve("out");

    Converted sequential = convert(inputs, out, 1);
    assertThat(sequential.exitCode()).isEqualTo(2);
    // One output per input that was read, and the report.
    assertThat(sequential.files()).hasSizeGreaterThanOrEqualTo(inputs.size());
    assertThat(sequential.files().get("convert-report.json")).contains("\"failed\" : 1");
    for (int jobs : new int[] {2, 4}) {
      assertThat(convert(inputs, out, jobs)).as("%d jobs", jobs).isEqualTo(sequential);
    }
  }

  record Converted(int exitCode, String stderr, Map<String, String> files) {}

  /** Converts into an empty {@code out} and reads back every file written there. */
  private static Converted convert(List<String> inputs, Path out, int jobs) throws IOException {
    if (Files.exists(out)) {
      try (Stream<Path> old = Files.walk(out)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("convert", "--to", "chrony", "--jobs",
        String.valueOf(jobs), "--output-dir", out.toString()));
    args.addAll(inputs);
    CliTest.Run run = CliTest.run(args.toArray(String[]::new));
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> written = Files.list(out)) {
      for (Path p : written.toList()) {
        files.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return new Converted(run.exitCode(), run.stderr(), files);
  }
}
