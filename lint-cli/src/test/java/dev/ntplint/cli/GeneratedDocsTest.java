package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man pages (docs/man/*.adoc, AsciiDoc man pages that asciidoctor turns into troff) and the
 * bash/zsh completion script (docs/completion/ntplint.bash) are generated from the picocli command
 * model; this test fails when they are stale. Regenerate with -Dntplint.updateGoldens=true.
 */
class GeneratedDocsTest {

  private static final Path DOCS = Path.of(System.getProperty("ntplint.testdata", "../testdata"))
      .toAbsolutePath().getParent().resolve("docs");

  @Test
  void manPagesAndCompletionAreCurrent() throws Exception {
    CommandLine top = NtplintMain.commandLine();
    Map<Path, String> expected = new LinkedHashMap<>();
    for (CommandLine command : commands(top)) {
      if (command.getCommandSpec().usageMessage().hidden()) {
        continue;
      }
      StringWriter page = new StringWriter();
      try (PrintWriter w = new PrintWriter(page)) {
        ManPageGenerator.writeSingleManPage(w, command.getCommandSpec());
      }
      String name = command.getCommandSpec().qualifiedName("-");
      expected.put(DOCS.resolve("man").resolve(name + ".adoc"), page.toString());
    }
    assertThat(expected).containsKeys(DOCS.resolve("man/ntplint.adoc"),
        DOCS.resolve("man/ntplint-check.adoc"));
    assertThat(expected.get(DOCS.resolve("man/ntplint-check.adoc")))
        .contains("--fail-level").contains("Exit codes");
    String completion = AutoComplete.bash("ntplint", top);
    assertThat(completion).contains("check").contains("--format");
    expected.put(DOCS.resolve("completion/ntplint.bash"), completion);

    List<String> stale = new ArrayList<>();
    boolean update = Boolean.getBoolean("ntplint.updateGoldens");
    for (Map.Entry<Path, String> e : expected.entrySet()) {
      Path file = e.getKey();
      String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (e.getValue().equals(actual)) {
        continue;
      }
      if (update) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      } else {
        stale.add(DOCS.getParent().relativize(file).toString());
      }
    }
    assertThat(stale).as("stale generated docs (regenerate with -Dntplint.updateGoldens=true)")
        .isEmpty();
  }

  @Test
  void theCompletionScriptIsAlsoPrintedByTheHiddenSubcommand() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = NtplintMain.run(new String[] {"generate-completion"}, out, new ByteArrayOutputStream());
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("complete -F")
        .contains("_picocli_ntplint_check");
  }

  private static List<CommandLine> commands(CommandLine top) {
    List<CommandLine> all = new ArrayList<>();
    all.add(top);
    for (CommandLine sub : top.getSubcommands().values()) {
      if (!all.contains(sub)) {
        all.addAll(commands(sub));
      }
    }
    return all;
  }
}
