package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(PlainCheck.likelyDialect(new String[] {"/etc/ntpsec/ntp.conf", "chrony.conf"}))
        .isEqualTo(Dialect.NTP);
    assertThat(PlainCheck.likelyDialect(new String[] {"etc/chrony/chrony.conf"}))
        .isEqualTo(Dialect.CHRONY);
    assertThat(PlainCheck.likelyDialect(new String[] {"sources.d/office.sources"}))
        .isEqualTo(Dialect.CHRONY);
    assertThat(PlainCheck.likelyDialect(new String[] {"/srv/configs/ntp/web1.conf"}))
        .isEqualTo(Dialect.NTP);
    assertThat(PlainCheck.likelyDialect(new String[] {"time.conf"}))
        .as("no hint: chrony's, the more common dialect today").isEqualTo(Dialect.CHRONY);
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
    CheckCommand plain = PlainCheck.withDefaults(new NtplintMain(), files, null);
    List<String> compared = new ArrayList<>();
    for (Field field : CheckCommand.class.getDeclaredFields()) {
      if (field.isAnnotationPresent(Option.class) || field.isAnnotationPresent(Parameters.class)) {
        field.setAccessible(true);
        assertThat(field.get(plain)).as(field.getName()).isEqualTo(field.get(viaPicocli));
        compared.add(field.getName());
      }
    }
    assertThat(compared).contains("inputs", "format", "dialect", "maxSize", "color");
  }

  @Test
  void takesOnlyPlainFileNames() {
    assertThat(PlainCheck.files(new String[] {"a.conf"})).containsExactly("a.conf");
    assertThat(PlainCheck.files(new String[] {"check", "a.conf", "b"}))
        .containsExactly("a.conf", "b");
    for (String[] picocli : List.of(new String[0], new String[] {"check"},
        new String[] {"rules"}, new String[] {"help", "check"}, new String[] {"-"},
        new String[] {"a.conf", "--format", "json"}, new String[] {"--version"},
        new String[] {"check", "@args.txt"}, new String[] {"a.conf", ""},
        new String[] {"check", "--", "a.conf"})) {
      assertThat(PlainCheck.files(picocli)).as(String.join(" ", picocli)).isNull();
    }
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
    for (String[] args : runs) {
      assertThat(PlainCheck.files(args)).isNotNull();
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
