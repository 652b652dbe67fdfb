package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.builtin.BuiltinRules;
import dev.ntplint.rules.builtin.DiagnosticRule;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's shape, and third-party rules through the ServiceLoader SPI. */
class RuleRegistryTest {

  @TempDir
  Path dir;

  @Test
  void theCatalogueHasAtLeastFortyFiveRulesBesidesTheParserCodes() {
    RuleRegistry registry = RuleRegistry.builtin();
    long catalogue = registry.rules().stream().filter(r -> !(r instanceof DiagnosticRule)).count();
    long parser = registry.rules().stream().filter(r -> r instanceof DiagnosticRule).count();
    assertThat(catalogue).isGreaterThanOrEqualTo(45);
    assertThat(catalogue + parser).isGreaterThanOrEqualTo(50);
  }

  @Test
  void theSeedRulesHaveTheirNames() {
    RuleRegistry registry = RuleRegistry.builtin();
    assertThat(registry.find("single-source")).map(r -> r.metadata().id()).hasValue("NTP101");
    assertThat(registry.find("missing-local-fallback")).map(r -> r.metadata().id()).hasValue("NTP102");
    assertThat(registry.find("no-allow-range")).map(r -> r.metadata().id()).hasValue("NTP103");
    assertThat(registry.find("ntp101")).map(r -> r.metadata().name()).hasValue("single-source");
    assertThat(registry.find("CP100")).map(r -> r.metadata().name()).hasValue("invalid-directive");
    assertThat(registry.suggest("singel-source")).hasValue("single-source");
  }

  @Test
  void everyRuleIsFullyDescribed() {
    List<String> problems = new ArrayList<>();
    for (Rule r : RuleRegistry.builtin().rules()) {
      RuleMetadata m = r.metadata();
      if (m.fullDescription().length() < 60) {
        problems.add(m.id() + ": description too short");
      }
      if (!Character.isUpperCase(m.shortDescription().charAt(0))
          && !m.shortDescription().matches("^[a-z][a-z0-9._-]* .*")) {
        problems.add(m.id() + ": short description should start with a capital or a directive");
      }
      if (m.scope() == Scope.CONFIGURATION && r instanceof DiagnosticRule) {
        problems.add(m.id() + ": parser codes are per directive");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRuleAnswersItsIdAndNameAsItsMetadataDoes() {
    for (Rule r : RuleRegistry.builtin().rules()) {
      assertThat(r.id()).as(r.getClass().getName()).isEqualTo(r.metadata().id());
      assertThat(r.name()).as(r.id()).isEqualTo(r.metadata().name());
      assertThat(r.metadata()).as("the same object every time").isSameAs(r.metadata());
    }
  }

  @Test
  void theRegistryKeysRulesWithoutReadingTheirMetadata() {
    Rule lazy = new Rule() {
      @Override
      public RuleMetadata metadata() {
        throw new AssertionError("metadata read while building the registry");
      }

      @Override
      public String id() {
        return "TST200";
      }

      @Override
      public String name() {
        return "lazy-rule";
      }

      @Override
      public void check(RuleContext context) {}
    };
    RuleRegistry registry = RuleRegistry.of(
        List.of(new TestPluginProvider.Meta("TST201", "eager-rule"), lazy));
    assertThat(registry.find("tst200")).containsSame(lazy);
    assertThat(registry.find("lazy-rule")).containsSame(lazy);
    assertThat(registry.rules()).extracting(Rule::id).containsExactly("TST200", "TST201");
    assertThatThrownBy(() -> RuleRegistry.of(
        List.of(lazy, new TestPluginProvider.Meta("TST202", "lazy-rule"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TST200");
  }

  @Test
  void aDiagnosticRuleBuildsItsMetadataOnceAcrossThreads() throws Exception {
    List<Rule> rules = DiagnosticRule.chrony();
    int threads = 4;
    List<List<RuleMetadata>> seen = new ArrayList<>();
    List<Thread> started = new ArrayList<>();
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      List<RuleMetadata> mine = new ArrayList<>();
      seen.add(mine);
      Thread thread = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        rules.forEach(r -> mine.add(r.metadata()));
      });
      thread.start();
      started.add(thread);
    }
    go.countDown();
    for (Thread thread : started) {
      thread.join();
    }
    for (int i = 0; i < rules.size(); i++) {
      for (List<RuleMetadata> other : seen) {
        assertThat(other.get(i)).isSameAs(seen.get(0).get(i));
      }
    }
  }

  @Test
  void rulesListTheNtpCatalogueFirstThenTheOthersEachByIdWhateverTheOrderGiven() {
    List<Rule> given = new ArrayList<>(List.of(
        new TestPluginProvider.Meta("TST300", "plugin-b"),
        new TestPluginProvider.Meta("NTP900", "catalogue-b"),
        new TestPluginProvider.Meta("ABC123", "plugin-a"),
        new TestPluginProvider.Meta("NTP100", "catalogue-a"),
        new TestPluginProvider.Meta("XYZ001", "plugin-c")));
    for (int rotation = 0; rotation < given.size(); rotation++) {
      java.util.Collections.rotate(given, 1);
      assertThat(RuleRegistry.of(given).rules()).extracting(Rule::id)
          .as("rotation %d", rotation)
          .containsExactly("NTP100", "NTP900", "ABC123", "TST300", "XYZ001");
    }
    // The real catalogue keeps the same order: NTP ids sorted, then the parser codes sorted.
    List<String> ids = RuleRegistry.builtin().rules().stream().map(Rule::id).toList();
    int firstOther = (int) ids.stream().filter(id -> id.startsWith("NTP")).count();
    assertThat(ids.subList(0, firstOther)).allMatch(id -> id.startsWith("NTP")).isSorted();
    assertThat(ids.subList(firstOther, ids.size())).noneMatch(id -> id.startsWith("NTP"))
        .isSorted();
  }

  @Test
  void clashingIdsOrNamesAreRefused() {
    Rule a = new TestPluginProvider.Meta("TST100", "same-name");
    Rule b = new TestPluginProvider.Meta("TST101", "same-name");
    assertThatThrownBy(() -> RuleRegistry.of(List.of(a, b)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("same-name");
  }

  @Test
  void pluginRulesAreLoadedThroughMetaInfServices() throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(RuleProvider.class.getName()),
        "# a test plugin\n" + TestPluginProvider.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      RuleRegistry registry = RuleRegistry.withPlugins(loader);
      assertThat(registry.find("ACME001")).map(r -> r.metadata().name())
          .hasValue("internal-servers-only");
      LintResult r = new Linter(registry).lint(
          new dev.ntplint.chrony.include.ChronyIncludeResolver(
              dev.ntplint.fs.ConfinedFileSystem.unconfined(Path.of("").toAbsolutePath()),
              dev.ntplint.chrony.ChronyVersion.NEWEST)
              .resolve(dev.ntplint.source.SourceFile.ofText("c.conf",
                  "server ntp.corp.example.com iburst\nserver time.google.com iburst\n")),
          LintSettings.defaults());
      assertThat(r.findings()).filteredOn(f -> f.rule().id().equals("ACME001"))
          .extracting(Finding::line).containsExactly(2);
    }
    assertThat(RuleRegistry.withPlugins(getClass().getClassLoader()).find("ACME001")).isEmpty();
  }

  // --- rules of one dialect, instantiated when first needed ----------------------------------

  private static Rule checking(String id, String name, Dialect first, Dialect... more) {
    return new TestPluginProvider.Meta(RuleMetadata.builder(id, name).dialects(first, more)
        .summary("Test").description("A test rule.").build());
  }

  /** Hands out one rule per dialect, and records which dialects were asked for. */
  private static final class DialectRules implements Function<Dialect, List<Rule>> {
    final List<Dialect> asked = new ArrayList<>();
    final Rule chrony = checking("TST401", "chrony-rule", Dialect.CHRONY);
    final Rule ntp = checking("TST402", "ntp-rule", Dialect.NTP);

    @Override
    public List<Rule> apply(Dialect dialect) {
      asked.add(dialect);
      return List.of(dialect == Dialect.CHRONY ? chrony : ntp);
    }
  }

  private final Rule both = checking("TST400", "both-rule", Dialect.CHRONY, Dialect.NTP);

  @Test
  void aDialectsOwnRulesAreInstantiatedWhenAFileOfItIsFirstLinted() {
    DialectRules later = new DialectRules();
    RuleRegistry registry = RuleRegistry.withDialectRulesLater(List.of(both), later);
    assertThat(later.asked).isEmpty();

    assertThat(registry.rulesFor(Dialect.CHRONY)).containsExactly(both, later.chrony);
    assertThat(registry.rulesFor(Dialect.CHRONY)).containsExactly(both, later.chrony);
    assertThat(registry.find("both-rule")).containsSame(both);
    assertThat(registry.find("tst401")).containsSame(later.chrony);
    assertThat(later.asked).containsExactly(Dialect.CHRONY);

    // A name of a rule not yet instantiated: every rule is, then it is found.
    assertThat(registry.find("ntp-rule")).containsSame(later.ntp);
    assertThat(later.asked).containsExactly(Dialect.CHRONY, Dialect.NTP);
    assertThat(registry.rulesFor(Dialect.NTP)).containsExactly(both, later.chrony, later.ntp);
    assertThat(later.asked).hasSize(2);
  }

  /**
   * A parser diagnostic of a chrony.conf is reported through the rule of its code, which is
   * among the chrony rules: linting the file instantiates those, not the ntp.conf ones too.
   */
  @Test
  void lintingAFileWithADiagnosticInstantiatesOnlyItsDialectsRules() {
    List<Dialect> asked = new ArrayList<>();
    Function<Dialect, List<Rule>> later = new Function<>() {
      @Override
      public List<Rule> apply(Dialect dialect) {
        asked.add(dialect);
        return dialect == Dialect.CHRONY ? DiagnosticRule.chrony() : DiagnosticRule.ntp();
      }
    };
    RuleRegistry registry = RuleRegistry.withDialectRulesLater(List.of(both), later);
    LintResult r = new Linter(registry).lint(
        new dev.ntplint.chrony.include.ChronyIncludeResolver(
            dev.ntplint.fs.ConfinedFileSystem.unconfined(Path.of("").toAbsolutePath()),
            dev.ntplint.chrony.ChronyVersion.NEWEST)
            .resolve(dev.ntplint.source.SourceFile.ofText("c.conf", "server\nmakestep x\n")),
        LintSettings.defaults());
    assertThat(r.findings()).as("the parser's diagnostics, as findings of their rules")
        .extracting(f -> f.rule().id() + " " + f.rule().name())
        .containsExactly("CP102 missing-arguments", "CP102 missing-arguments");
    assertThat(asked).containsExactly(Dialect.CHRONY);
  }

  @Test
  void everyRuleIsThereForWhatNeedsEveryRule() {
    DialectRules later = new DialectRules();
    RuleRegistry registry = RuleRegistry.withDialectRulesLater(List.of(both), later);
    assertThat(registry.rules()).containsExactly(both, later.chrony, later.ntp);
    assertThat(later.asked).containsExactlyInAnyOrder(Dialect.CHRONY, Dialect.NTP);

    DialectRules suggesting = new DialectRules();
    assertThat(RuleRegistry.withDialectRulesLater(List.of(both), suggesting).suggest("ntp-rul"))
        .hasValue("ntp-rule");
    assertThat(suggesting.asked).containsExactlyInAnyOrder(Dialect.CHRONY, Dialect.NTP);

    DialectRules unknown = new DialectRules();
    assertThat(RuleRegistry.withDialectRulesLater(List.of(both), unknown).find("no-such-rule"))
        .isEmpty();
    assertThat(unknown.asked).containsExactlyInAnyOrder(Dialect.CHRONY, Dialect.NTP);
  }

  @Test
  void aClashWithARuleInstantiatedLaterIsRefusedWhenItIs() {
    Rule sameNameAsBoth = checking("TST403", "both-rule", Dialect.NTP);
    RuleRegistry registry = RuleRegistry.withDialectRulesLater(List.of(both),
        dialect -> dialect == Dialect.NTP ? List.of(sameNameAsBoth) : List.of());
    assertThat(registry.rulesFor(Dialect.CHRONY)).containsExactly(both);
    assertThatThrownBy(() -> registry.rulesFor(Dialect.NTP))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("both-rule");
  }

  @Test
  void theBuiltinRegistryAnswersAsARegistryOfEveryRule() {
    List<Rule> every = new ArrayList<>(BuiltinRules.all());
    every.addAll(DiagnosticRule.chrony());
    every.addAll(DiagnosticRule.ntp());
    RuleRegistry eager = RuleRegistry.of(every);
    for (Dialect dialect : Dialect.values()) {
      RuleRegistry lazy = RuleRegistry.builtin();
      List<Rule> forDialect = lazy.rulesFor(dialect);
      // The parser codes of both dialects are always there (a handful of small objects).
      assertThat(forDialect).filteredOn(r -> !(r instanceof DiagnosticRule))
          .as("%s: no catalogue rule of the other dialect only", dialect)
          .allMatch(r -> r.checks(dialect));
      assertThat(forDialect.stream().filter(r -> r.checks(dialect)).map(Rule::id))
          .as(dialect.name()).containsExactlyElementsOf(
              eager.rules().stream().filter(r -> r.checks(dialect)).map(Rule::id).toList());
    }
    RuleRegistry lazy = RuleRegistry.builtin();
    List<String> keys = new ArrayList<>();
    for (Rule r : eager.rules()) {
      keys.add(r.id());
      keys.add(r.name());
    }
    for (String key : keys) {
      // Typos: each key with one character dropped, and swapped case.
      for (int i = 0; i < key.length(); i++) {
        String typo = key.substring(0, i) + key.substring(i + 1);
        assertThat(RuleRegistry.builtin().suggest(typo)).as(typo).isEqualTo(eager.suggest(typo));
        assertThat(lazy.find(typo).map(Rule::id)).as(typo).isEqualTo(eager.find(typo)
            .map(Rule::id));
      }
      assertThat(RuleRegistry.builtin().find(key.toLowerCase(java.util.Locale.ROOT)))
          .map(Rule::id).isEqualTo(eager.find(key.toLowerCase(java.util.Locale.ROOT))
              .map(Rule::id));
    }
    assertThat(lazy.rules()).extracting(Rule::id)
        .containsExactlyElementsOf(eager.rules().stream().map(Rule::id).toList());
  }
}
