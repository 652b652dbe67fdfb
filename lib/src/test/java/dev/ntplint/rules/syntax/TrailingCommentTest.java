package dev.ntplint.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule skips directives in which no rejecting diagnostic starts: a comment mark in such a
 * directive is no finding even when other lines of the file are rejected.
 */
class TrailingCommentTest {

  @Test
  void onlyTheRejectedLineWithACommentMarkIsReported() {
    List<Finding> findings = lint("""
        keyfile #keys
        server ntp1.example.com iburst # primary
        logdir /var/log/chrony
        maxdistance 3 x
        keyfile #other
        """);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).span().line()).isEqualTo(2);
    assertThat(findings.get(0).span().text()).isEqualTo("# primary");
  }

  @Test
  void aFileWithoutRejectedLinesHasNoFindingAndOneWithHasOne() {
    assertThat(lint("keyfile #keys\nlogdir #logs\nserver a.example # x\n")).hasSize(1);
    assertThat(lint("keyfile #keys\nlogdir #logs\n")).isEmpty();
  }

  private static List<Finding> lint(String text) {
    ChronyConfigTree tree = new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(Path.of("").toAbsolutePath()), ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("chrony.conf", text));
    // The rule's own findings (the parser's diagnostics come as findings too).
    return new Linter(RuleRegistry.of(List.of(new TrailingComment()))).lint(tree,
        LintSettings.defaults()).findings().stream()
        .filter(f -> f.rule().id().equals("NTP602")).toList();
  }
}
