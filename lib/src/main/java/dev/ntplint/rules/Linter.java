package dev.ntplint.rules;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.ConfigEditor;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.rules.builtin.DiagnosticRule;
import dev.ntplint.rules.builtin.SuppressionRules;
import dev.ntplint.rules.config.RuleSetting;
import dev.ntplint.rules.suppress.InlineSuppressions;
import dev.ntplint.rules.suppress.Suppression;
import dev.ntplint.source.LineStyle;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TextEdit;
import dev.ntplint.view.TimeServiceView;
import dev.ntplint.view.TimeSource;
import dev.ntplint.view.chrony.ChronyViewBuilder;
import dev.ntplint.view.ntp.NtpViewBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rule engine: runs the enabled rules over one configuration and returns its findings.
 *
 * <ol>
 *   <li>Every parse diagnostic becomes a finding of the rule with its code ({@code CP100}...).
 *   <li>Every rule whose metadata lists the dialect runs ({@link Scope#CONFIGURATION} rules only
 *       on a main configuration), on the dialect's model (chrony.conf or ntp.conf) and the
 *       neutral view.
 *   <li>A diagnostic that a rule {@linkplain RuleMetadata#supersedes() explains better} on the same
 *       line is dropped.
 *   <li>Configuration applies: rules switched off are dropped, severities replaced.
 *   <li>Inline suppressions hide findings; unused and unusable suppression comments are reported.
 * </ol>
 *
 * <p>A linter is immutable and can lint many configurations, from several threads.
 */
public final class Linter {

  private final RuleRegistry registry;
  /**
   * Per dialect ordinal, the rules that check it, as last derived (see {@link #checking}); never
   * changed once published, replaced as a whole. Not an AtomicReferenceArray: its VarHandles are
   * linked at run time on first use, ~1 ms of a short check (issue 8, P1).
   */
  private volatile Checking[] checking = new Checking[Dialect.values().length];

  public Linter(RuleRegistry registry) {
    this.registry = registry;
  }

  /**
   * The rules of one registry snapshot that check a dialect (diagnostic rules left out: they only
   * name the parser's findings), each with its options for a lint that configures none. Derived
   * once per snapshot, not per lint: asking every rule of the registry on every file was a tenth
   * of linting a short file (issue 8, P2).
   */
  private record Checking(List<Rule> snapshot, List<Rule> rules, List<RuleOptions> defaults,
      boolean[] configurationScope, JudgeRouting directiveJudges,
      TimeSourceRule[] sourceJudging) {}

  /**
   * Which of a snapshot's rules judge the dialect's directives one at a time ({@link
   * ChronyDirectiveRule}, {@link NtpDirectiveRule}), and which of those judge each directive class:
   * worked out once per snapshot, not per lint. Asking every rule whether it is one, and each judge
   * its families, on every file was a third of linting a 1 KB chrony.conf (an interface test per
   * rule misses the JDK 17 type check cache).
   */
  private static final class JudgeRouting {
    private static final int[] NONE = new int[0];
    /** Per rule of the snapshot's {@code rules}, the rule as a judging one, or null. */
    final DirectiveRule<?>[] judging;
    /** Per directive class met so far, the indexes of the rules that judge it. */
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, int[]> byClass =
        new java.util.concurrent.ConcurrentHashMap<>();

    JudgeRouting(List<Rule> rules, Dialect dialect) {
      judging = new DirectiveRule<?>[rules.size()];
      for (int i = 0; i < rules.size(); i++) {
        Rule rule = rules.get(i);
        if (dialect == Dialect.CHRONY ? rule instanceof ChronyDirectiveRule
            : rule instanceof NtpDirectiveRule) {
          judging[i] = (DirectiveRule<?>) rule;
        }
      }
    }

    /** The indexes of the rules that judge directives of {@code type}. */
    int[] judgesOf(Class<?> type) {
      int[] known = byClass.get(type);
      if (known == null) {
        int[] of = new int[judging.length];
        int n = 0;
        for (int i = 0; i < judging.length; i++) {
          if (judging[i] != null && judging[i].judges(type)) {
            of[n++] = i;
          }
        }
        known = n == 0 ? NONE : Arrays.copyOf(of, n);
        byClass.put(type, known);
      }
      return known;
    }
  }

  private Checking checking(Dialect dialect) {
    List<Rule> snapshot = registry.rulesFor(dialect);
    Checking known = checking[dialect.ordinal()];
    if (known != null && known.snapshot() == snapshot) {
      return known;
    }
    List<Rule> rules = new ArrayList<>();
    List<RuleOptions> defaults = new ArrayList<>();
    for (Rule rule : snapshot) {
      // Selected on the rule's identity: a rule that does not run never builds its metadata.
      if (!(rule instanceof DiagnosticRule) && rule.checks(dialect)) {
        rules.add(rule);
        defaults.add(new RuleOptions(rule, Map.of()));
      }
    }
    boolean[] configurationScope = new boolean[rules.size()];
    // Which rules judge the view's sources: an interface test per rule per lint misses the JDK 17
    // type check cache (see JudgeRouting).
    TimeSourceRule[] sourceJudging = new TimeSourceRule[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      configurationScope[i] = rule.scope() == Scope.CONFIGURATION;
      if (rule instanceof TimeSourceRule sources) {
        if (rule instanceof DirectiveRule) {
          throw new IllegalArgumentException(rule.id() + " judges both directives and sources:"
              + " a rule has one judge");
        }
        sourceJudging[i] = sources;
      }
    }
    Checking derived = new Checking(snapshot, List.copyOf(rules), List.copyOf(defaults),
        configurationScope, new JudgeRouting(rules, dialect), sourceJudging);
    // Two threads may derive the same rules at once: either result serves.
    Checking[] next = checking.clone();
    next[dialect.ordinal()] = derived;
    checking = next;
    return derived;
  }

  public RuleRegistry registry() {
    return registry;
  }

  /** Lints a chrony configuration with everything it includes. */
  public LintResult lint(ChronyConfigTree tree, LintSettings settings) {
    Map<SourceFile, SyntaxTree> syntax = new IdentityHashMap<>();
    List<SourceFile> files = new ArrayList<>();
    for (IncludedFile f : tree.files()) {
      syntax.put(f.file(), f.result().config().syntax());
      files.add(f.file());
    }
    // Listed once for the view and the rules (each walk of the include tree was ~1.5% of a lint).
    List<ChronyDirective> directives = tree.directives();
    Map<SharedFact<?>, Object> facts = new IdentityHashMap<>();
    Subject subject = new Subject(Dialect.CHRONY, tree.root().displayPath(), Optional.of(tree),
        Optional.empty(), tree.root().result().config().target(), NtpTarget.ANY, files, syntax,
        tree.allDiagnostics(), facts);
    Checking checking = checking(Dialect.CHRONY);
    List<Run> runs = runs(checking, subject, settings);
    DirectiveJudges<ChronyDirective> judges =
        new DirectiveJudges<>(subject, checking.directiveJudges(), runs);
    // The view's walk of the directives also sorts them by family, reads the sources' options for
    // the rules and shows the judges the directives they judge (one walk of a large file, not one
    // per rule).
    Consumer<ChronyDirective> census = ChronyFacts.knownDirectives(facts, tree, directives,
        judges.isEmpty() ? null : judges);
    subject.view = ChronyViewBuilder.build(tree, directives, settings.files(), census);
    // The judges are shown the .sources files' directives too, after the configuration's.
    for (IncludedFile f : judges.isEmpty() ? List.<IncludedFile>of() : tree.sourcesFiles()) {
      for (ChronyDirective d : f.result().config().directives()) {
        judges.show(d);
      }
    }
    showSources(checking, subject, runs);
    return run(subject, settings, runs);
  }

  /**
   * Lints an ntp.conf with the files it includes and its keys file. The {@linkplain
   * LintSettings#files() file loader} is not used: the set already holds the keys file.
   */
  public LintResult lint(NtpConfigSet set, LintSettings settings) {
    Map<SourceFile, SyntaxTree> syntax = new IdentityHashMap<>();
    List<SourceFile> files = new ArrayList<>();
    for (NtpConfigSet.IncludedFile f : set.files()) {
      SyntaxTree tree = f.result().config().syntax();
      syntax.put(tree.file(), tree);
      files.add(tree.file());
    }
    NtpTarget target = set.main().result().config().target();
    Map<SharedFact<?>, Object> facts = new IdentityHashMap<>();
    Subject subject = new Subject(Dialect.NTP, set.main().result().config().syntax().file().name(),
        Optional.empty(), Optional.of(set), ChronyVersion.NEWEST, target, files, syntax,
        set.allDiagnostics(), facts);
    Checking checking = checking(Dialect.NTP);
    List<Run> runs = runs(checking, subject, settings);
    DirectiveJudges<NtpDirective> judges =
        new DirectiveJudges<>(subject, checking.directiveJudges(), runs);
    // The view's walk of the directives also sorts them for the rules and shows the judges the
    // directives they judge (one walk, not one per rule).
    FamilyIndex<NtpDirective> alsoShown = NtpFacts.knownDirectives(facts,
        set.effectiveDirectives(), judges.isEmpty() ? null : judges);
    subject.view = NtpViewBuilder.build(set, alsoShown);
    // Every directive the view's walk did not show, shown now: each judge has seen all of them
    // before it finishes.
    alsoShown.walk();
    showSources(checking, subject, runs);
    return run(subject, settings, runs);
  }

  /**
   * One configuration to lint, whichever its dialect, with what is computed once per lint: each
   * file's line style and the {@linkplain RuleContext#shared shared facts}. Its view is set once
   * the walk that builds it, which also shows the rules' judges the directives they judge, is done.
   */
  private static final class Subject {
    final Dialect dialect;
    final String displayPath;
    final Optional<ChronyConfigTree> chrony;
    final Optional<NtpConfigSet> ntp;
    final ChronyVersion chronyTarget;
    final NtpTarget ntpTarget;
    final List<SourceFile> files;
    final Map<SourceFile, SyntaxTree> syntax;
    final List<Diagnostic> diagnostics;
    final Map<SyntaxTree, FileStyle> lineStyles = new IdentityHashMap<>();
    final Map<SharedFact<?>, Object> sharedFacts;
    /** The rules' findings, after the parser's diagnostics. */
    final List<Finding> findings = new ArrayList<>();
    /** Null until the view's walk is done. */
    TimeServiceView view;

    Subject(Dialect dialect, String displayPath, Optional<ChronyConfigTree> chrony,
        Optional<NtpConfigSet> ntp, ChronyVersion chronyTarget, NtpTarget ntpTarget,
        List<SourceFile> files, Map<SourceFile, SyntaxTree> syntax, List<Diagnostic> diagnostics,
        Map<SharedFact<?>, Object> sharedFacts) {
      this.dialect = dialect;
      this.displayPath = displayPath;
      this.chrony = chrony;
      this.ntp = ntp;
      this.chronyTarget = chronyTarget;
      this.ntpTarget = ntpTarget;
      this.files = files;
      this.syntax = syntax;
      this.diagnostics = diagnostics;
      this.sharedFacts = sharedFacts;
    }
  }

  /**
   * A rule that runs on this configuration, with its context. A rule that judges one directive or
   * one time source at a time has a {@linkplain Judge judge}, which reports into a list of its own
   * while a walk shows it the directives or sources; that list joins the lint's findings at the
   * rule's turn, so that the findings are in the order they would be if every rule ran in turn.
   */
  private static final class Run {
    /** The rule's index in its {@link Checking}'s rules. */
    final int index;
    final Rule rule;
    final Context context;
    /** Where the context reports when the rule has a judge; null for a rule without one. */
    final List<Finding> ownFindings;
    /** Null for a rule without a judge. */
    Judge judge;

    Run(int index, Rule rule, Context context, List<Finding> ownFindings) {
      this.index = index;
      this.rule = rule;
      this.context = context;
      this.ownFindings = ownFindings;
    }
  }

  /**
   * The rules that run on this configuration, in order, each with a context that reports into the
   * lint's findings (a rule with a judge of directives or sources: into a list of its own): the
   * dialect's rules, less the ones switched off and, for a fragment, the configuration-scope ones.
   */
  private static List<Run> runs(Checking checking, Subject subject, LintSettings settings) {
    Rule[] judging = checking.directiveJudges().judging;
    boolean configured = !settings.rules().isEmpty();
    List<Run> runs = new ArrayList<>(checking.rules().size());
    for (int i = 0; i < checking.rules().size(); i++) {
      if (checking.configurationScope()[i] && !settings.wholeConfiguration()) {
        continue;
      }
      Rule rule = checking.rules().get(i);
      // The rule's metadata is read only when it reads an option or reports: most rules find
      // nothing in a file and never build it.
      RuleOptions options = checking.defaults().get(i);
      if (configured) {
        Optional<RuleSetting> setting = settings.rule(rule.id());
        if (setting.isPresent()) {
          if (!setting.get().enabled()) {
            continue;
          }
          options = new RuleOptions(rule, setting.get().options());
        }
      }
      boolean judges = judging[i] != null || checking.sourceJudging()[i] != null;
      List<Finding> own = judges ? new ArrayList<>() : null;
      runs.add(new Run(i, rule, new Context(rule, subject, settings.wholeConfiguration(), options,
          own != null ? own : subject.findings), own));
    }
    return runs;
  }

  /**
   * The judges of one lint's rules that judge one directive at a time, each shown the directives
   * of the families it judges. A judge that throws fails the lint as a rule that throws does.
   *
   * @param <D> the dialect's directive type
   */
  private static final class DirectiveJudges<D> implements FamilyIndex.ClassListeners<D> {
    private final Subject subject;
    private final JudgeRouting routing;
    /** Per rule of the snapshot, its run in this lint when it has a judge; else null. */
    private final Run[] judged;
    private final boolean empty;

    DirectiveJudges(Subject subject, JudgeRouting routing, List<Run> runs) {
      this.subject = subject;
      this.routing = routing;
      this.judged = new Run[routing.judging.length];
      boolean none = true;
      for (Run run : runs) {
        DirectiveRule<?> rule = routing.judging[run.index];
        if (rule != null) {
          run.judge = rule.judge(run.context);
          judged[run.index] = run;
          none = false;
        }
      }
      this.empty = none;
    }

    boolean isEmpty() {
      return empty;
    }

    /** Shows {@code d}, a directive outside the view's walk, to the judges of its family. */
    void show(D d) {
      Consumer<D> judges = of(d.getClass());
      if (judges != null) {
        judges.accept(d);
      }
    }

    @Override
    public Consumer<D> of(Class<?> type) {
      int[] rules = routing.judgesOf(type);
      for (int i : rules) {
        if (judged[i] != null) {
          return new Shown<>(rules, judged, subject.displayPath);
        }
      }
      return null;
    }
  }

  /**
   * Makes the judges of the rules that judge the view's time sources and shows them the sources, in
   * one walk for them all, once the view is made.
   */
  private static void showSources(Checking checking, Subject subject, List<Run> runs) {
    TimeSourceRule[] judging = checking.sourceJudging();
    List<Run> judged = new ArrayList<>();
    List<SourceJudge> judges = new ArrayList<>();
    for (Run run : runs) {
      if (judging[run.index] != null) {
        SourceJudge judge = judging[run.index].sourceJudge(run.context);
        run.judge = judge;
        judged.add(run);
        judges.add(judge);
      }
    }
    if (!judged.isEmpty()) {
      SourceFacts.show(judged.get(0).context, new SourceJudges(judged.toArray(new Run[0]),
          judges.toArray(new SourceJudge[0]), subject.displayPath));
    }
  }

  /**
   * Shows each source to the source judges of one lint ({@code judges[i]} is {@code runs[i]}'s,
   * typed: no cast per source and judge); a judge that throws fails the lint.
   */
  private record SourceJudges(Run[] runs, SourceJudge[] judges, String displayPath)
      implements SourceJudge {
    @Override
    public void judge(TimeSource source, boolean kept) {
      for (int i = 0; i < judges.length; i++) {
        try {
          judges[i].judge(source, kept);
        } catch (RuntimeException e) {
          throw new RuleFailure(runs[i].rule.id(), displayPath, e);
        }
      }
    }
  }

  /** Shows each directive of one class to the judges of that class in one lint. */
  private record Shown<D>(int[] rules, Run[] judged, String displayPath) implements Consumer<D> {
    @Override
    @SuppressWarnings("unchecked")
    public void accept(D d) {
      for (int i : rules) {
        Run run = judged[i];
        if (run == null) {
          continue; // switched off in this lint
        }
        try {
          ((DirectiveJudge<D>) run.judge).judge(d);
        } catch (RuntimeException e) {
          throw new RuleFailure(run.rule.id(), displayPath, e);
        }
      }
    }
  }

  /**
   * A file's line style, detected when the first of its deferred fixes is made (possibly after the
   * lint, from any thread), then kept for the others.
   */
  private static final class FileStyle implements Fix.EditorSource {
    private final SyntaxTree tree;
    private LineStyle style;
    /** {@link #style}, as the editors ask for it: an object per file, not a lambda per editor. */
    private final java.util.function.Supplier<LineStyle> styleSource =
        new java.util.function.Supplier<>() {
          @Override
          public LineStyle get() {
            return style();
          }
        };

    FileStyle(SyntaxTree tree) {
      this.tree = tree;
    }

    @Override
    public SyntaxTree tree() {
      return tree;
    }

    /**
     * A new editor of the file, in its line style, detected only when an edit needs it: removing
     * or changing words never does (issue 8, P2).
     */
    @Override
    public ConfigEditor get() {
      return ConfigEditor.withStyleWhenNeeded(tree, styleSource);
    }

    private synchronized LineStyle style() {
      if (style == null) {
        style = LineStyle.detect(tree);
      }
      return style;
    }
  }

  /**
   * Runs every rule of {@code runs} in turn (a rule with a judge has been shown its directives or
   * sources: it finishes), after the parser's diagnostics turned into findings, then applies the
   * settings.
   */
  private LintResult run(Subject subject, LintSettings settings, List<Run> runs) {
    List<Finding> raw = subject.findings;
    for (Diagnostic d : subject.diagnostics) {
      raw.add(fromDiagnostic(d, subject.dialect));
    }
    // Whether a rule that may drop parse diagnostics reported (see supersede).
    boolean superseding = false;
    for (Run run : runs) {
      int before = raw.size();
      try {
        if (run.judge != null) {
          run.judge.finish();
          raw.addAll(run.ownFindings);
        } else {
          run.rule.check(run.context);
        }
      } catch (RuntimeException e) {
        throw new RuleFailure(run.rule.id(), subject.displayPath, e);
      }
      // Known per rule, not read back from each finding: a large file's findings have left the
      // caches by the end of the lint (issue 8, P4).
      superseding |= raw.size() > before && !run.rule.metadata().supersedes().isEmpty();
    }
    return finish(superseding ? supersede(raw) : raw, subject.files, subject.syntax, settings);
  }

  private Finding fromDiagnostic(Diagnostic d, Dialect dialect) {
    Optional<Rule> rule = registry.find(d.code());
    RuleMetadata meta = rule.isPresent() ? rule.get().metadata()
        : RuleMetadata.builder(d.code(),
                "diagnostic-" + d.code().toLowerCase(java.util.Locale.ROOT))
            .dialects(dialect).summary("Parser diagnostic " + d.code())
            .description("Reported by the parser.").build();
    String message = d.suggestion().isPresent()
        ? d.message() + " (did you mean `" + d.suggestion().get() + "`?)" : d.message();
    Optional<Fix> fix = Optional.empty();
    if (meta.fixable() == Fixability.NONE) {
      fix = Optional.empty();
    } else if (d.code().equals("CP003") && d.span().length() == 3) {
      fix = Optional.of(new Fix("remove the byte order mark", Fixability.SAFE,
          List.of(TextEdit.delete(d.span().start(), d.span().end()))));
    } else if (d.suggestion().isPresent() && isWord(d.span())) {
      fix = Optional.of(new Fix("replace `" + d.span().text() + "` with `" + d.suggestion().get()
          + "`", Fixability.UNSAFE, List.of(TextEdit.replace(d.span(), d.suggestion().get()))));
    }
    return new Finding(meta, d.severity(), message, d.span(), fix);
  }

  private static boolean isWord(Span span) {
    if (span.length() == 0) {
      return false;
    }
    String text = span.file().latin1(span.start(), span.end());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        return false;
      }
    }
    int before = span.start() - 1;
    int after = span.end();
    return (before < 0 || span.file().byteAt(before) <= ' ')
        && (after >= span.file().length() || span.file().byteAt(after) <= ' ');
  }

  /**
   * Applies the configuration and the inline suppressions to {@code kept} (the findings left by
   * {@link #supersede}) and puts them in reading order. Each step that has nothing to do does not
   * read the findings: in a large file they are read back from memory, not from the caches.
   */
  private LintResult finish(List<Finding> kept, List<SourceFile> files,
      Map<SourceFile, SyntaxTree> syntax, LintSettings settings) {
    List<Finding> configured = settings.rules().isEmpty() ? kept : configure(kept, settings);
    List<LintResult.Suppressed> suppressed = new ArrayList<>();
    List<Finding> result = new ArrayList<>();
    if (!settings.inlineSuppressions()) {
      result.addAll(configured);
    } else {
      List<Suppression> all = new ArrayList<>();
      for (SourceFile file : files) {
        InlineSuppressions.Result parsed = InlineSuppressions.parse(syntax.get(file), registry);
        all.addAll(parsed.suppressions());
        for (InlineSuppressions.Problem p : parsed.problems()) {
          addMeta(result, settings, SuppressionRules.INVALID, p.span(), p.message());
        }
      }
      if (all.isEmpty()) {
        result.addAll(configured);
      } else {
        suppress(configured, all, settings, result, suppressed);
      }
    }
    result.sort(new ReadingOrder(files));
    return new LintResult(files, result, suppressed);
  }

  /** The findings of the rules that are switched on, with the severities configured. */
  private static List<Finding> configure(List<Finding> kept, LintSettings settings) {
    List<Finding> configured = new ArrayList<>(kept.size());
    for (Finding f : kept) {
      Optional<RuleSetting> setting = settings.rule(f.rule().id());
      if (setting.isPresent() && !setting.get().enabled()) {
        continue;
      }
      Optional<Severity> severity = setting.isPresent() ? setting.get().severity()
          : Optional.empty();
      configured.add(severity.isPresent() ? f.withSeverity(severity.get()) : f);
    }
    return configured;
  }

  /**
   * Moves each finding of {@code configured} that a comment of {@code all} suppresses to {@code
   * suppressed}, the others to {@code result}, then reports the suppressions that hid nothing.
   */
  private static void suppress(List<Finding> configured, List<Suppression> all,
      LintSettings settings, List<Finding> result, List<LintResult.Suppressed> suppressed) {
    Map<Suppression.Target, Boolean> used = new IdentityHashMap<>();
    for (Finding f : configured) {
      Optional<Suppression> by = suppressor(f, all, used);
      if (by.isPresent()) {
        suppressed.add(new LintResult.Suppressed(f, by.get()));
      } else {
        result.add(f);
      }
    }
    for (Suppression s : all) {
      for (Suppression.Target t : s.targets()) {
        if (used.containsKey(t)) {
          continue;
        }
        if (t.rule().isPresent()) {
          Optional<RuleSetting> setting = settings.rule(t.rule().get().id());
          if (setting.isPresent() && !setting.get().enabled()) {
            continue;
          }
        }
        String what = t.all() ? "`all`" : t.rule().get().id() + " (" + t.rule().get().name() + ")";
        String where = s.wholeFile() ? "in this file" : s.line() == 0
            ? "(no directive follows the comment)" : "on line " + s.line();
        addMeta(result, settings, SuppressionRules.UNUSED, t.span(),
            "this suppression of " + what + " is unused: nothing is reported " + where
                + "; remove it");
      }
    }
  }

  /**
   * Findings by file (in the configuration's order), start, end, then rule id. A named class, not
   * a chain of Comparator.comparingInt lambdas: those are spun at run time by the JDK on every
   * start (they cannot come from the AppCDS archive), a few ms of each short check (issue 8).
   */
  private static final class ReadingOrder implements Comparator<Finding> {
    private final List<SourceFile> files;
    /** Each file's position in {@link #files}: made at the first comparison across files. */
    private Map<SourceFile, Integer> fileIndex;

    ReadingOrder(List<SourceFile> files) {
      this.files = files;
    }

    private int indexOf(SourceFile file) {
      if (fileIndex == null) {
        // Most configurations are one file: no map for those (issue 8).
        fileIndex = new IdentityHashMap<>();
        for (int i = 0; i < files.size(); i++) {
          fileIndex.put(files.get(i), i);
        }
      }
      return fileIndex.getOrDefault(file, files.size());
    }

    @Override
    public int compare(Finding a, Finding b) {
      // Most comparisons are within one file: no map look-ups (and boxed indexes) for those.
      if (a.spanFile() != b.spanFile()) {
        int byFile = Integer.compare(indexOf(a.spanFile()), indexOf(b.spanFile()));
        if (byFile != 0) {
          return byFile;
        }
      }
      int byStart = Integer.compare(a.spanStart(), b.spanStart());
      if (byStart != 0) {
        return byStart;
      }
      int byEnd = Integer.compare(a.spanEnd(), b.spanEnd());
      return byEnd != 0 ? byEnd : a.rule().id().compareTo(b.rule().id());
    }
  }

  private static void addMeta(List<Finding> out, LintSettings settings, RuleMetadata meta, Span span,
      String message) {
    Optional<RuleSetting> setting = settings.rule(meta.id());
    if (setting.isPresent() && !setting.get().enabled()) {
      return;
    }
    Severity severity = setting.isPresent() && setting.get().severity().isPresent()
        ? setting.get().severity().get() : meta.defaultSeverity();
    out.add(new Finding(meta, severity, message, span, Optional.empty()));
  }

  private static Optional<Suppression> suppressor(Finding f, List<Suppression> all,
      Map<Suppression.Target, Boolean> used) {
    Suppression found = null;
    for (Suppression s : all) {
      if (s.file() != f.spanFile()) {
        continue;
      }
      boolean applies = s.wholeFile() || (s.line() != 0 && s.line() >= f.line() && s.line() <= f.endLine());
      if (!applies) {
        continue;
      }
      for (Suppression.Target t : s.targets()) {
        if (t.matches(f.rule())) {
          used.put(t, true);
          if (found == null) {
            found = s;
          }
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** Drops diagnostics that a rule's finding on the same line explains better. */
  private static List<Finding> supersede(List<Finding> raw) {
    Map<String, Set<String>> dropped = new LinkedHashMap<>();
    for (Finding f : raw) {
      if (!f.rule().supersedes().isEmpty()) {
        String line = lineKey(f);
        Set<String> codes = dropped.get(line);
        if (codes == null) {
          codes = new java.util.HashSet<>();
          dropped.put(line, codes);
        }
        codes.addAll(f.rule().supersedes());
      }
    }
    if (dropped.isEmpty()) {
      return raw;
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : raw) {
      Set<String> codes = dropped.get(lineKey(f));
      if (codes == null || !codes.contains(f.rule().id())) {
        out.add(f);
      }
    }
    return out;
  }

  private static String lineKey(Finding f) {
    return System.identityHashCode(f.spanFile()) + ":" + f.line();
  }

  /** The context one rule sees while it checks one configuration. */
  private static final class Context implements RuleContext {
    private final Rule rule;
    private final Subject subject;
    private final boolean whole;
    private final RuleOptions options;
    private final List<Finding> sink;

    Context(Rule rule, Subject subject, boolean whole, RuleOptions options,
        List<Finding> sink) {
      this.rule = rule;
      this.subject = subject;
      this.whole = whole;
      this.options = options;
      this.sink = sink;
    }

    @Override
    public Dialect dialect() {
      return subject.dialect;
    }

    /**
     * As {@link RuleContext#fix}, but deferred: the edits are made when the fix is first asked for
     * (most findings' fixes never are; making them was a large share of a lint, issue 8, P3). Each
     * file's line style is detected once per lint, not once per fix: detecting it reads every
     * line, so a file with a finding (and fix) on most lines was linted in quadratic time (P4).
     */
    @Override
    public Optional<Fix> fix(SourceFile file, String description, Fixability safety,
        java.util.function.Consumer<ConfigEditor> edits) {
      SyntaxTree tree = subject.syntax.get(file);
      if (tree == null) {
        return Optional.empty();
      }
      FileStyle style = subject.lineStyles.get(tree);
      if (style == null) {
        style = new FileStyle(tree);
        subject.lineStyles.put(tree, style);
      }
      return Optional.of(Fix.deferred(description, safety, style, edits));
    }

    @Override
    public TimeServiceView view() {
      if (subject.view == null) {
        throw new IllegalStateException(rule.id() + " read the view while its judge was shown the"
            + " directives: only the judge's finish may");
      }
      return subject.view;
    }

    @Override
    public Optional<ChronyConfigTree> chrony() {
      return subject.chrony;
    }

    @Override
    public Optional<NtpConfigSet> ntp() {
      return subject.ntp;
    }

    @Override
    public ChronyVersion chronyTarget() {
      return subject.chronyTarget;
    }

    @Override
    public NtpTarget ntpTarget() {
      return subject.ntpTarget;
    }

    @Override
    public boolean wholeConfiguration() {
      return whole;
    }

    @Override
    public RuleOptions options() {
      return options;
    }

    /**
     * Computed on first use and kept for the rest of this lint. Not {@code computeIfAbsent}: a
     * fact may be computed from another one, which would modify the map during its own update.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T shared(SharedFact<T> fact) {
      Object known = subject.sharedFacts.get(fact);
      if (known == null) {
        known = fact.compute(this);
        subject.sharedFacts.put(fact, known);
      }
      return (T) known;
    }

    @Override
    public void report(Span span, String message, Optional<Fix> fix) {
      report(rule.metadata().defaultSeverity(), span, message, fix);
    }

    @Override
    public void report(Severity severity, Span span, String message, Optional<Fix> fix) {
      sink.add(new Finding(checkedMetadata(fix), severity, message, span, fix));
    }

    @Override
    public void reportLazily(Span span, java.util.function.Supplier<String> message,
        Optional<Fix> fix) {
      RuleMetadata meta = checkedMetadata(fix);
      sink.add(Finding.withLazyMessage(meta, meta.defaultSeverity(), message, span, fix));
    }

    /** The rule's metadata, once checked that a rule that is not fixable offers no fix. */
    private RuleMetadata checkedMetadata(Optional<Fix> fix) {
      // isVoid() makes a deferred fix's edits: only for a rule that should not have built one.
      RuleMetadata meta = rule.metadata();
      if (fix.isPresent() && meta.fixable() == Fixability.NONE && !fix.get().isVoid()) {
        throw new IllegalStateException(rule.id() + " is not fixable but reported a fix");
      }
      return meta;
    }

    @Override
    public Optional<SyntaxTree> syntax(SourceFile file) {
      return Optional.ofNullable(subject.syntax.get(file));
    }
  }
}
