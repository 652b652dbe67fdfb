package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.IncludeDirective;
import dev.ntplint.chrony.model.InvalidDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.Options;
import dev.ntplint.chrony.model.RateLimit;
import dev.ntplint.chrony.model.Refclock;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.chrony.model.UnknownDirective;
import dev.ntplint.chrony.model.Value;
import dev.ntplint.chrony.properties.ConfigGenerators;
import dev.ntplint.chrony.properties.PropertyRun;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared selections rules read instead of walking every directive: each against what a rule
 * computed from {@link ChronyFacts#everyDirective(RuleContext)} itself before (issue 8, P3).
 */
class ChronyFactsTest {

  private static final List<Class<? extends ChronyDirective>> FAMILIES = List.of(NtpSource.class,
      Setting.class, Refclock.class, RateLimit.class, IncludeDirective.class,
      UnknownDirective.class);

  /** Lints {@code tree} with one rule that hands its context to {@code check}. */
  private static void withContext(ChronyConfigTree tree, Consumer<RuleContext> check) {
    List<RuleContext> seen = new ArrayList<>();
    Rule probe = new BaseRule(RuleMetadata.builder("TST010", "facts-probe")
        .dialects(dev.ntplint.dialect.Dialect.CHRONY).summary("Probe")
        .description("Reads the shared facts.").build()) {
      @Override
      public void check(RuleContext context) {
        seen.add(context);
        check.accept(context);
      }
    };
    new Linter(RuleRegistry.of(List.of(probe))).lint(tree, LintSettings.defaults());
    assertThat(seen).hasSize(1);
  }

  private static ChronyConfigTree tree(Path root, byte[] main) {
    return new ChronyIncludeResolver(ConfinedFileSystem.rooted(root), ChronyVersion.NEWEST)
        .resolve(SourceFile.of("/chrony.conf", main));
  }

  /** Every fact checked against the directives themselves. */
  private static void checkFacts(RuleContext context) {
    List<ChronyDirective> every = ChronyFacts.everyDirective(context);
    List<ChronyDirective> fromFiles = new ArrayList<>();
    for (var file : ChronyFacts.tree(context).files()) {
      fromFiles.addAll(file.result().config().directives());
    }
    assertThat(every).containsExactlyElementsOf(fromFiles);
    for (Class<? extends ChronyDirective> family : FAMILIES) {
      List<ChronyDirective> ofFamily = new ArrayList<>(ChronyFacts.everyDirective(context, family));
      assertThat(ofFamily).as(family.getSimpleName())
          .containsExactlyElementsOf(every.stream().filter(family::isInstance).toList());
    }
    List<NtpSource> sources = every.stream().filter(NtpSource.class::isInstance)
        .map(NtpSource.class::cast).toList();
    List<ChronyDirective> read = ChronyFacts.directives(context);
    for (Class<? extends ChronyDirective> family : FAMILIES) {
      // As chronyd reads the files (include and confdir files in place, no .sources files).
      List<ChronyDirective> ofFamily = new ArrayList<>(ChronyFacts.directives(context, family));
      assertThat(ofFamily).as("read " + family.getSimpleName())
          .containsExactlyElementsOf(read.stream().filter(family::isInstance).toList());
    }
    for (ChronyDirectiveKind kind : ChronyDirectiveKind.values()) {
      assertThat(ChronyFacts.has(context, kind)).as("has " + kind).isEqualTo(read.stream()
          .anyMatch(d -> d.kind().orElse(null) == kind && !(d instanceof InvalidDirective)));
      assertThat(ChronyFacts.writtenAnywhere(context, kind)).as("written " + kind)
          .isEqualTo(every.stream().anyMatch(d -> d.kind().orElse(null) == kind));
    }
    ChronyFacts.SourceOptions table = ChronyFacts.sourceOptions(context);
    for (SourceOption kind : SourceOption.values()) {
      int i = 0;
      for (NtpSource s : sources) {
        List<Option<SourceOption>> options = s.options();
        for (Option<SourceOption> o : options) {
          if (o.kind() != kind) {
            continue;
          }
          assertThat(table.source(kind, i)).isSameAs(s);
          assertThat(table.option(kind, i)).isSameAs(o);
          assertThat(table.lastOnItsLine(kind, i))
              .isEqualTo(Options.last(options, kind).orElseThrow() == o);
          for (SourceOption other : SourceOption.values()) {
            assertThat(table.lineHas(kind, i, other)).isEqualTo(s.has(other));
          }
          Value v = o.value().orElse(null);
          assertThat(table.isInteger(kind, i)).isEqualTo(v instanceof Value.IntValue);
          if (v instanceof Value.IntValue n) {
            assertThat(table.integer(kind, i)).isEqualTo(n.value());
            assertThat(table.number(kind, i)).isEqualTo((double) n.value());
          } else if (v instanceof Value.DoubleValue d) {
            assertThat(table.number(kind, i)).isEqualTo(d.value());
          } else {
            assertThat(table.number(kind, i)).isNaN();
          }
          i++;
        }
      }
      assertThat(table.count(kind)).as(kind.name()).isEqualTo(i);
    }
  }

  @Test
  void sourceOptionsAcrossFilesByKindWithTheirValues(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("src"));
    Files.writeString(root.resolve("src/a.sources"),
        "server c.example key 3 key 4 nts\npool d.example maxsources 20\n");
    byte[] main = """
        server a.example minpoll 3 maxpoll 30 minpoll -9 maxdelay 2.5 maxdelayquant 0
        peer b.example key 9 nts version 3
        sourcedir /src
        refclock PHC /dev/ptp0 rate 0
        ratelimit interval 20
        driftfile drift
        restrict default
        """.getBytes(StandardCharsets.US_ASCII);
    withContext(tree(root, main), context -> {
      checkFacts(context);
      ChronyFacts.SourceOptions table = ChronyFacts.sourceOptions(context);
      assertThat(ChronyFacts.everyDirective(context, NtpSource.class))
          .extracting(s -> s.host().text())
          .containsExactly("a.example", "b.example", "c.example", "d.example");
      // The .sources file's lines come after the main file's.
      assertThat(table.count(SourceOption.KEY)).isEqualTo(3);
      assertThat(table.source(SourceOption.KEY, 2).host().text()).isEqualTo("c.example");
      assertThat(table.lastOnItsLine(SourceOption.KEY, 1)).isFalse();
      assertThat(table.integer(SourceOption.KEY, 2)).isEqualTo(4);
      assertThat(table.lineHas(SourceOption.KEY, 2, SourceOption.NTS)).isTrue();
      assertThat(table.integer(SourceOption.MINPOLL, 1)).isEqualTo(-9);
      assertThat(table.number(SourceOption.MAXDELAY, 0)).isEqualTo(2.5);
      assertThat(table.count(SourceOption.IBURST)).isZero();
      assertThatThrownBy(() -> table.option(SourceOption.IBURST, 0))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> table.integer(SourceOption.MAXDELAY, 0))
          .isInstanceOf(IllegalStateException.class);
    });
  }

  @Test
  void kindsWrittenAndKindsAcceptedAcrossIncludedFiles(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("conf.d"));
    Files.writeString(root.resolve("conf.d/a.conf"), "ntscachedir\nmakestep 1 3\n");
    byte[] main = "server a.example\nconfdir /conf.d\nrtcsync now\n"
        .getBytes(StandardCharsets.US_ASCII);
    withContext(tree(root, main), context -> {
      checkFacts(context);
      // Rejected lines (no directory, an argument too many) are written, not accepted.
      assertThat(ChronyFacts.writtenAnywhere(context, ChronyDirectiveKind.NTSCACHEDIR)).isTrue();
      assertThat(ChronyFacts.has(context, ChronyDirectiveKind.NTSCACHEDIR)).isFalse();
      assertThat(ChronyFacts.writtenAnywhere(context, ChronyDirectiveKind.RTCSYNC)).isTrue();
      assertThat(ChronyFacts.has(context, ChronyDirectiveKind.RTCSYNC)).isFalse();
      assertThat(ChronyFacts.has(context, ChronyDirectiveKind.MAKESTEP)).isTrue();
      assertThat(ChronyFacts.has(context, ChronyDirectiveKind.SERVER)).isTrue();
      assertThat(ChronyFacts.writtenAnywhere(context, ChronyDirectiveKind.POOL)).isFalse();
    });
  }

  @Test
  void nearValidConfigsGiveTheFactsOfTheirDirectives(@TempDir Path root) {
    PropertyRun run = PropertyRun.named("chrony facts, near-valid chrony.conf", 500);
    try {
      run.qt().forAll(ConfigGenerators.chronyConfigs(40)).checkAssert(bytes -> {
        run.ran();
        withContext(tree(root, bytes), ChronyFactsTest::checkFacts);
      });
    } finally {
      run.report();
    }
  }
}
