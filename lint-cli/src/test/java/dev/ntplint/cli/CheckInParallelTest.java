package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.cli.CheckCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} over many files gives the same report, messages and exit code with one thread as
 * with several: the files are linted in parallel, but what depends on the order of the inputs
 * (files already covered by an earlier include, messages) is decided in input order.
 */
class CheckInParallelTest {

  private static final Path TESTDATA = Path.of(System.getProperty("ntplint.testdata",
      "../testdata"));

  @TempDir
  Path dir;

  @Test
  void theTestdataFixturesGiveTheSameOutputOnOneThreadAsOnSeveral() {
    for (String format : List.of("text", "json")) {
      String[] args = {"check", "--no-config", "--format", format,
          TESTDATA.resolve("chrony").toString(), TESTDATA.resolve("ntp").toString()};
      Run sequential = CheckCommandTest.run(withJobs(args, 1));
      assertThat(sequential.out()).as(sequential.err()).contains("ntp/");
      for (int jobs : new int[] {2, 5}) {
        assertThat(CheckCommandTest.run(withJobs(args, jobs))).as("%s, %d jobs", format, jobs)
            .isEqualTo(sequential);
      }
    }
  }

  @Test
  void hundredsOfGeneratedFilesWithIncludesGiveTheSameOutputOnOneThreadAsOnSeveral()
      throws IOException {
    List<Path> created = generate(300);
    String[] args = {"check", "--format", "gcc", dir.toString(),
        dir.resolve("ignored/chrony.conf").toString(), dir.resolve("missing/ntp.conf").toString()};
    Run sequential = CheckCommandTest.run(withJobs(args, 1));

    // The set exercises every in-order decision: input errors, ignored files, dialect warnings,
    // and files checked as part of an earlier configuration (so not again on their own).
    assertThat(sequential.exitCode()).isEqualTo(2);
    assertThat(sequential.err()).contains("missing/ntp.conf: ")
        .contains("ignored/chrony.conf: ignored by ")
        .contains("is named like a chrony.conf but is written like a ntp.conf");
    String extra = dir.resolve("host000/chrony.d/extra.conf").toString();
    assertThat(sequential.out()).contains(extra + ":");
    assertThat(created).hasSizeGreaterThan(300);
    for (int jobs : new int[] {2, 3, 8}) {
      assertThat(CheckCommandTest.run(withJobs(args, jobs))).as("%d jobs", jobs)
          .isEqualTo(sequential);
    }
  }

  @Test
  void aConfigurationErrorStopsAtTheSameFileWithTheSameMessagesBeforeIt() throws IOException {
    generate(60);
    write("host059/.ntplint.yaml", "fail-level: fatal\n");
    String[] args = {"check", dir.toString(), dir.resolve("missing/ntp.conf").toString()};
    Run sequential = CheckCommandTest.run(withJobs(args, 1));
    assertThat(sequential.exitCode()).isEqualTo(2);
    assertThat(sequential.err()).contains("host059").doesNotContain("missing/ntp.conf");
    assertThat(CheckCommandTest.run(withJobs(args, 4))).isEqualTo(sequential);
  }

  @Test
  void refusesANegativeJobCount() {
    Run r = CheckCommandTest.run("check", "--jobs", "-1", TESTDATA.resolve("chrony").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--jobs -1");
  }

  private static String[] withJobs(String[] args, int jobs) {
    String[] out = new String[args.length + 1];
    out[0] = args[0];
    out[1] = "--jobs=" + jobs;
    System.arraycopy(args, 1, out, 2, args.length - 1);
    return out;
  }

  /**
   * {@code count} hosts, each a fixture chrony.conf or ntp.conf (every fourth including a file that
   * the directory walk also finds, checked after it), some misnamed, some ignored.
   */
  private List<Path> generate(int count) throws IOException {
    List<byte[]> chrony = fixtures("chrony");
    List<byte[]> ntp = fixtures("ntp");
    List<Path> created = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String host = String.format("host%03d/", i);
      switch (i % 4) {
        case 0 -> {
          Path extra = write(host + "chrony.d/extra.conf", "server ntp" + i + ".example.com\n");
          created.add(extra);
          created.add(write(host + "chrony.conf", new String(chrony.get(i % chrony.size()),
              StandardCharsets.ISO_8859_1) + "include " + extra.getParent() + "/*.conf\n"));
        }
        case 1 -> created.add(write(host + "ntp.conf", new String(ntp.get(i % ntp.size()),
            StandardCharsets.ISO_8859_1)));
        case 2 -> {
          // Written like ntp.conf, named like chrony.conf: a warning, read as chrony.conf.
          created.add(write(host + "chrony.conf", new String(ntp.get(i % ntp.size()),
              StandardCharsets.ISO_8859_1)));
        }
        default -> {
          Path included = write(host + "ntp.d/peers.conf", "server 192.0.2." + i % 250 + "\n");
          created.add(included);
          created.add(write(host + "ntp.conf", "includefile " + included + "\n"
              + new String(ntp.get(i % ntp.size()), StandardCharsets.ISO_8859_1)));
        }
      }
    }
    write("ignored/.ntplint.yaml", "ignore: [chrony.conf]\n");
    created.add(write("ignored/chrony.conf", "server a.example.com\n"));
    return created;
  }

  /** The fixtures of a dialect: real-world shapes, always in the checkout (unlike the corpus). */
  private static List<byte[]> fixtures(String dialect) throws IOException {
    try (Stream<Path> files = Files.walk(TESTDATA.resolve(dialect))) {
      List<Path> sorted = files.filter(p -> p.toString().endsWith(".conf")).sorted()
          .collect(Collectors.toList());
      List<byte[]> contents = new ArrayList<>();
      for (Path p : sorted) {
        contents.add(Files.readAllBytes(p));
      }
      assertThat(contents).as(dialect + " fixtures").hasSizeGreaterThan(10);
      return contents;
    }
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    return file;
  }
}
