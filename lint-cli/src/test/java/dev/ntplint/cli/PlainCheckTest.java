package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ntplint.dialect.Dialect;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The picocli-free start-up path for {@code ntplint [check] FILE...} behaves as picocli does. */
class PlainCheckTest {

  /** The start-up warm-up prepares the lexer the first file's name suggests, else chrony's. */
  @Test
  void guessesTheDialectToWarmUpFromTheFirstFileName() {
    assertThat(likely("/etc/ntpsec/ntp.conf", "chrony.conf")).isEqualTo(Dialect.NTP);
    assertThat(likely("etc/chrony/chrony.conf")).isEqualTo(Dialect.CHRONY);
    assertThat(likely("sources.d/office.sources")).isEqualTo(Dialect.CHRONY);
    assertThat(likely("/srv/configs/ntp/web1.conf")).isEqualTo(Dialect.NTP);
    assertThat(likely("time.conf"))
        .as("no hint: chrony's, the more common dialect today").isEqualTo(Dialect.CHRONY);
    assertThat(likely("--dialect", "ntp", "time.conf")).isEqualTo(Dialect.NTP);
    assertThat(likely("--dialect=chrony", "ntp.conf")).isEqualTo(Dialect.CHRONY);
    assertThat(likely("--stdin-filename", "etc/ntp.conf", "-")).isEqualTo(Dialect.NTP);
    assertThat(likely("-")).isEqualTo(Dialect.CHRONY);
  }

  private static Dialect likely(String... args) {
    return PlainCheck.likelyDialect(PlainCheck.command(new NtplintMain(), args, null));
  }

  @Test
  void knowsEverySubcommandOfThePicocliModel() {
    Set<String> names = new HashSet<>(NtplintMain.commandLine().getSubcommands().keySet());
    names.remove("check");
    assertThat(PlainCheck.SUBCOMMANDS).containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void setsUpTheCheckCommandAsPicocliDoes() throws Exception {
    String[] files = {"a.conf", "dir/b.conf"};
    CommandLine.ParseResult parsed = NtplintMain.commandLine().parseArgs(
        CheckCommand.withDefaultCommand(files, NtplintMain.commandLine()));
    CheckCommand viaPicocli = (CheckCommand) parsed.subcommand().commandSpec().userObject();
    CheckCommand plain = PlainCheck.command(new NtplintMain(), files, null);
    assertSameOptions(plain, viaPicocli, "no option");
  }

  @Test
  void takesFileNamesAndTheCheckOptionsInFormsPicocliReadsOneWay() {
    assertThat(inputs("a.conf")).containsExactly("a.conf");
    assertThat(inputs("check", "a.conf", "b", "check", "-")).containsExactly("a.conf", "b",
        "check", "-");
    CheckCommand options = PlainCheck.command(new NtplintMain(), new String[] {"--format", "json",
        "a.conf", "-o", "out.json", "--no-config", "--target=chrony-4.3", "-j", "2",
        "--max-size=1000", "--fail-level", "error"}, null);
    assertThat(options.inputs).containsExactly("a.conf");
    assertThat(options.format).isEqualTo("json");
    assertThat(options.output).isEqualTo(Path.of("out.json"));
    assertThat(options.noConfig).isTrue();
    assertThat(options.target).isEqualTo("chrony-4.3");
    assertThat(options.jobs).isEqualTo(2);
    assertThat(options.maxSize).isEqualTo(1000);
    assertThat(options.failLevel).isEqualTo("error");
    for (String[] picocli : List.of(new String[0], new String[] {"check"},
        new String[] {"rules"}, new String[] {"help", "check"}, new String[] {"--version"},
        new String[] {"check", "@args.txt"}, new String[] {"a.conf", ""},
        new String[] {"check", "--", "a.conf"}, new String[] {"--no-config"},
        new String[] {"a.conf", "--format"}, new String[] {"a.conf", "--format", "json", "-f",
            "gcc"}, new String[] {"-fjson", "a.conf"}, new String[] {"-f=json", "a.conf"},
        new String[] {"--fix=true", "a.conf"}, new String[] {"--jobs", "-1", "a.conf"},
        new String[] {"--max-size", "010", "a.conf"}, new String[] {"--format=", "a.conf"},
        new String[] {"-o", "@out", "a.conf"}, new String[] {"--debug", "a.conf"},
        new String[] {"--help", "a.conf"}, new String[] {"--bogus", "a.conf"})) {
      assertThat(PlainCheck.command(new NtplintMain(), picocli, null))
          .as(String.join(" ", picocli)).isNull();
    }
  }

  private static List<String> inputs(String... args) {
    return PlainCheck.command(new NtplintMain(), args, null).inputs;
  }

  /**
   * Every command line taken without picocli sets every option and parameter of the check command
   * as picocli's parse of it does (and picocli accepts it). Generated from file names, standard
   * input, each check option under each of its names in the forms --name=value and name value,
   * values picocli might read otherwise, options picocli alone knows, and repeats.
   */
  @Test
  void everyCommandLineTakenSetsTheCheckCommandAsPicocliDoes() {
    List<String[]> usual = new ArrayList<>();
    List<String[]> unusual = new ArrayList<>();
    pieces(usual, unusual);
    // Usual pieces drawn about four times as often as unusual ones, so that many lines hold
    // only usual pieces and are taken here.
    int weight = Math.max(1, 4 * unusual.size() / usual.size());
    int range = weight * usual.size() + unusual.size();
    List<String> files = List.of("a.conf", "dir/b.conf", "-", "check", "x y.conf", "rules");
    int[] taken = new int[1];
    qt().withExamples(600).withShrinkCycles(200)
        .forAll(lists().of(integers().between(0, range - 1)).ofSizeBetween(0, 5),
            lists().of(integers().between(0, files.size() - 1)).ofSizeBetween(0, 3),
            booleans().all(), integers().between(0, 2))
        .checkAssert((chosen, fileIndexes, checkFirst, order) -> {
          List<String[]> options = new ArrayList<>();
          for (int piece : chosen) {
            options.add(piece < weight * usual.size() ? usual.get(piece % usual.size())
                : unusual.get(piece - weight * usual.size()));
          }
          // Files after the options, before them, or between them.
          List<String> line = new ArrayList<>();
          if (checkFirst) {
            line.add("check");
          }
          for (int i = 0; i < Math.max(options.size(), fileIndexes.size()); i++) {
            String file = i < fileIndexes.size() ? files.get(fileIndexes.get(i)) : null;
            if (file != null && order == 1) {
              line.add(file);
            }
            if (i < options.size()) {
              line.addAll(List.of(options.get(i)));
            }
            if (file != null && order == 2) {
              line.add(file);
            }
          }
          if (order == 0) {
            fileIndexes.forEach(i -> line.add(files.get(i)));
          }
          String[] args = line.toArray(String[]::new);
          CheckCommand plain = PlainCheck.command(new NtplintMain(), args, null);
          if (plain == null) {
            return;
          }
          taken[0]++;
          CommandLine top = NtplintMain.commandLine();
          CommandLine.ParseResult parsed = top.parseArgs(CheckCommand.withDefaultCommand(args,
              top));
          assertThat(parsed.subcommand()).as(String.join(" ", args)).isNotNull();
          CheckCommand viaPicocli = (CheckCommand) parsed.subcommand().commandSpec().userObject();
          assertSameOptions(plain, viaPicocli, String.join(" ", args));
        });
    assertThat(taken[0]).as("command lines taken without picocli").isGreaterThan(100);
  }

  /**
   * Generator pieces, each a flag or an option with its value in one form: usual ones (each
   * check option under each of its names with a plain value, as --name=value and as name value)
   * and unusual ones (values picocli might read otherwise, flags given a value, options picocli
   * alone knows, short options with attached values).
   */
  private static void pieces(List<String[]> usual, List<String[]> unusual) {
    List<String> values = List.of("json", "text", "warning", "chrony-4.3", "ntp", "out.txt", "0",
        "3", "16777216", "a=b");
    List<String> oddValues = List.of("010", "99999999999999999999", "-1", "", "@x", "--format",
        "+3", "1_000");
    for (Field field : CheckCommand.class.getDeclaredFields()) {
      Option option = field.getAnnotation(Option.class);
      if (option == null) {
        continue;
      }
      boolean flag = field.getType() == boolean.class;
      for (String name : option.names()) {
        if (flag) {
          usual.add(new String[] {name});
          unusual.add(new String[] {name + "=true"});
          continue;
        }
        for (String value : values) {
          usual.add(new String[] {name, value});
          usual.add(new String[] {name + "=" + value});
        }
        for (String value : oddValues) {
          unusual.add(new String[] {name, value});
          unusual.add(new String[] {name + "=" + value});
        }
      }
    }
    for (String other : List.of("--", "--debug", "--help", "-V", "--bogus", "-fjson", "-f=json",
        "-j2", "@args", "")) {
      unusual.add(new String[] {other});
    }
  }

  private static void assertSameOptions(CheckCommand plain, CheckCommand viaPicocli, String what) {
    List<String> compared = new ArrayList<>();
    for (Field field : CheckCommand.class.getDeclaredFields()) {
      if (field.isAnnotationPresent(Option.class) || field.isAnnotationPresent(Parameters.class)) {
        field.setAccessible(true);
        try {
          assertThat(field.get(plain)).as("%s: %s", what, field.getName())
              .isEqualTo(field.get(viaPicocli));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
        compared.add(field.getName());
      }
    }
    assertThat(compared).contains("inputs", "format", "dialect", "maxSize", "color", "jobs",
        "noConfig", "output");
  }

  @Test
  void givesTheSameReportExitCodeAndMessagesAsPicocli() throws Exception {
    Path testdata = Path.of(System.getProperty("ntplint.testdata", "../testdata"));
    List<String> inputs = new ArrayList<>();
    for (String dialect : List.of("chrony", "ntp")) {
      try (Stream<Path> walk = Files.walk(testdata.resolve(dialect))) {
        inputs.addAll(walk.filter(Files::isRegularFile)
            .filter(p -> p.toString().endsWith(".conf"))
            .sorted().limit(25).map(Path::toString).collect(Collectors.toList()));
      }
    }
    assertThat(inputs).hasSizeGreaterThan(40);
    List<String[]> runs = new ArrayList<>();
    for (String input : inputs) {
      runs.add(new String[] {input});
    }
    runs.add(inputs.subList(0, 5).toArray(String[]::new));
    runs.add(new String[] {"check", testdata.toString()});
    runs.add(new String[] {"no/such/file.conf"});
    runs.add(new String[] {"check", "--no-config", "-f", "json", inputs.get(0), inputs.get(30)});
    runs.add(new String[] {"--format=gcc", "--fail-level", "error", "--target=chrony-4.3",
        inputs.get(1)});
    runs.add(new String[] {"check", "--dialect", "ntp", "--color=never", "-j", "1",
        inputs.get(2)});
    runs.add(new String[] {"--format", "nope", inputs.get(0)});
    runs.add(new String[] {"--no-config", "-c", "ntplint.yaml", inputs.get(0)});
    runs.add(new String[] {"--unsafe-fixes", inputs.get(0)});
    for (String[] args : runs) {
      assertThat(PlainCheck.command(new NtplintMain(), args, null)).isNotNull();
      ByteArrayOutputStream plainOut = new ByteArrayOutputStream();
      ByteArrayOutputStream plainErr = new ByteArrayOutputStream();
      int plainCode = NtplintMain.run(args, plainOut, plainErr);
      ByteArrayOutputStream picoOut = new ByteArrayOutputStream();
      ByteArrayOutputStream picoErr = new ByteArrayOutputStream();
      NtplintMain main = new NtplintMain();
      main.stdout = picoOut;
      int picoCode = NtplintMain.runWithPicocli(args, writer(picoOut), writer(picoErr), main);
      String what = String.join(" ", args);
      assertThat(plainCode).as(what).isEqualTo(picoCode);
      assertThat(plainOut.toString(StandardCharsets.UTF_8)).as(what)
          .isEqualTo(picoOut.toString(StandardCharsets.UTF_8));
      assertThat(plainErr.toString(StandardCharsets.UTF_8)).as(what)
          .isEqualTo(picoErr.toString(StandardCharsets.UTF_8));
    }
  }

  private static PrintWriter writer(ByteArrayOutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
  }
}
