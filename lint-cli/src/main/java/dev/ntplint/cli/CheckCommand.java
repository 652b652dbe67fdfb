package dev.ntplint.cli;

import dev.ntplint.check.ConfigurationLinter;
import dev.ntplint.check.InOrderBatch;
import dev.ntplint.check.LintedConfiguration;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.fix.FixResult;
import dev.ntplint.fix.FixedFile;
import dev.ntplint.fix.Fixer;
import dev.ntplint.fix.UnifiedDiff;
import dev.ntplint.format.OutputFormat;
import dev.ntplint.format.Report;
import dev.ntplint.format.TextWriter;
import dev.ntplint.fs.AtomicFiles;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.fs.FsProblem;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.LintResult;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleFailure;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.rules.Severities;
import dev.ntplint.rules.baseline.Baseline;
import dev.ntplint.rules.config.ConfigDiscovery;
import dev.ntplint.rules.config.ConfigException;
import dev.ntplint.rules.config.ConfigLoader;
import dev.ntplint.rules.config.NtplintConfig;
import dev.ntplint.source.SourceFile;
import dev.ntplint.view.FileLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ntplint check}: lint configuration files with the rule catalogue. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check chrony.conf and ntp.conf files (and everything they include) against the rule"
        + " catalogue; `ntplint rules` lists the rules, `ntplint explain ID` explains one.",
        "A directory is searched for configuration files: names like chrony.conf, ntp.conf,"
            + " *.sources, and *.conf in a directory named chrony, chrony.d, ntp, ntp.d or ntpsec"
            + " (hidden directories skipped; a symbolic link named here is followed, links inside"
            + " are not); - reads standard input.",
        "Configuration: the nearest .ntplint.yaml from each file up to the repository root,"
            + " else $XDG_CONFIG_HOME/ntplint/config.yaml (or -c FILE, or none with --no-config).",
        "Suppress a finding with `# ntplint: disable=ID[,ID] -- reason` on the line above the"
            + " directive, or `# ntplint: disable-file=ID` before the first directive.",
        "--fix applies the safe fixes in place (atomically; mode, owner and symbolic links kept;"
            + " an included file is fixed in its own file), re-checking after each pass (at most"
            + " 10), and lists the fixes on stderr; --unsafe-fixes adds those that change what"
            + " the daemon does; --diff prints them as a unified diff instead and writes nothing."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above the fail level",
        "1:findings at or above the fail level (after --fix: those that remain), or with --diff a"
            + " fix would change a file",
        "2:usage error, bad ntplint configuration, unreadable input, or internal error"})
final class CheckCommand implements Callable<Integer> {

  @ParentCommand
  NtplintMain main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*",
      description = "Files or directories to check; - reads standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto, text, gcc, json, sarif, github or checkstyle (default: ${DEFAULT-VALUE}:"
          + " github annotations in a GitHub Actions job, GITHUB_ACTIONS=true, when the report"
          + " goes to standard output; text otherwise).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--fail-level", paramLabel = "LEVEL",
      description = "error, warning or info: findings at or above it make the exit code 1"
          + " (default: fail-level of .ntplint.yaml, else warning).")
  String failLevel;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Use this configuration file instead of looking for .ntplint.yaml.")
  Path config;

  @Option(names = "--no-config", description = "Ignore every .ntplint.yaml: all rules with their defaults.")
  boolean noConfig;

  @Option(names = "--no-inline-suppressions",
      description = "Ignore `# ntplint: disable=...` comments (central policy).")
  boolean noInlineSuppressions;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Hide the findings recorded in this baseline file (see --write-baseline).")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record the current findings in FILE (to adopt ntplint on existing files) and exit 0.")
  Path writeBaseline;

  @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "auto",
      description = "chrony, ntp or auto (by file name, then by content). Default: ${DEFAULT-VALUE}.")
  String dialect;

  @Option(names = "--target", paramLabel = "TARGET",
      description = "The daemon to check against: chrony-4.3 ... chrony-HEAD (default: the"
          + " newest), or ntp-4.2.8, ntpsec-1.2 or any (default) for ntp.conf; default: target"
          + " of .ntplint.yaml.")
  String target;

  @Option(names = "--root", paramLabel = "DIR",
      description = "Resolve absolute and included paths inside DIR (an image of the target machine).")
  Path root;

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "The name of the file read from standard input (for messages, dialect and configuration).")
  String stdinFilename;

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "16777216",
      description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
  long maxSize;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "auto (only on a terminal, not with NO_COLOR), always or never.")
  String color;

  @Option(names = "--list-rules", description = "List the rules (as `ntplint rules`) and exit.")
  boolean listRules;

  @Option(names = "--fix", description = "Apply the safe fixes (in each file, included files too),"
      + " then report what remains. With - prints the fixed text instead of writing.")
  boolean fix;

  @Option(names = "--unsafe-fixes", description = "With --fix or --diff: also apply the fixes that"
      + " change what the daemon does.")
  boolean unsafeFixes;

  @Option(names = "--diff", description = "Print the fixes as a unified diff and write nothing"
      + " (exit 1 when a fix would change a file).")
  boolean diff;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "0",
      description = "Check up to N files at once (default ${DEFAULT-VALUE}: one per processor);"
          + " the output is the same for every N. --fix and --diff check one file at a time.")
  int jobs;

  /**
   * {@code ntplint FILE...} means {@code ntplint check FILE...}: when the first argument is
   * neither a subcommand nor an option of the top-level command, {@code check} is put in front.
   * (For {@link NtplintMain#run}, which owns the argument list.)
   */
  static String[] withDefaultCommand(String[] args, picocli.CommandLine top) {
    if (args.length == 0) {
      return args;
    }
    String first = args[0];
    boolean subcommand = top.getSubcommands().containsKey(first);
    boolean topOption = first.startsWith("-") && !first.equals("-")
        && top.getCommandSpec().optionsMap().containsKey(first.contains("=")
            ? first.substring(0, first.indexOf('=')) : first);
    if (subcommand || topOption) {
      return args;
    }
    String[] out = new String[args.length + 1];
    out[0] = "check";
    System.arraycopy(args, 0, out, 1, args.length);
    return out;
  }

  /** The environment, NtplintMain's (tests give it another one). */
  private Map<String, String> environment() {
    return main != null ? main.environment : System.getenv();
  }

  /**
   * Renders each file's part of the text report on the batch's threads; null when the report is
   * not a text report to standard output or a baseline may filter it. Set before the batch starts.
   */
  private TextWriter textPieces;
  /** Where the report's paths are relative to. */
  private final Path reportBase = Path.of("").toAbsolutePath();

  /** Where messages go: picocli's error writer, or the one {@link PlainCheck} sets. */
  PrintWriter err;
  private boolean inputErrors;
  /** Some fix changed (or, with --diff, would change) a file. */
  private boolean pendingFixes;
  /** Standard input was read with --fix: its fixed text is on standard output. */
  private boolean stdinFixed;
  private int fixesApplied;
  private int filesFixed;

  @Override
  public Integer call() {
    if (err == null) {
      err = spec.commandLine().getErr();
    }
    RuleRegistry registry = RulesCommand.registry();
    if (listRules) {
      RulesCommand rules = new RulesCommand();
      rules.format = format.equalsIgnoreCase("json") ? "json" : "text";
      rules.print(registry, out());
      return ExitCode.OK;
    }
    String chosen = format.equalsIgnoreCase("auto") ? automaticFormat() : format;
    // Plain conditionals rather than Optional's lambdas on this path: each lambda is a call site
    // linked on first use, in the interpreter, ~0.15 ms apiece in a short check (issue 8, P1).
    Optional<OutputFormat> parsedFormat = OutputFormat.parse(chosen);
    if (parsedFormat.isEmpty()) {
      throw new UserError("unknown format `" + format + "`; use auto, text, gcc, json, sarif,"
          + " github or checkstyle");
    }
    OutputFormat outputFormat = parsedFormat.get();
    Optional<Severity> cliFailLevel = failLevel == null ? Optional.empty()
        : Optional.of(Severities.parse(failLevel).orElseThrow(() -> new UserError(
            "unknown fail level `" + failLevel + "`; use error, warning or info")));
    if (!List.of("auto", "always", "never").contains(color.toLowerCase(Locale.ROOT))) {
      throw new UserError("unknown --color `" + color + "`; use auto, always or never");
    }
    if (inputs.isEmpty()) {
      throw new UserError("no input: give FILE, DIR or - (standard input)");
    }
    if (noConfig && config != null) {
      throw new UserError("-c/--config and --no-config exclude each other");
    }
    if (unsafeFixes && !fix && !diff) {
      throw new UserError("--unsafe-fixes goes with --fix or --diff");
    }
    if ((fix || diff) && writeBaseline != null) {
      throw new UserError("--write-baseline records findings; it does not go with --fix or --diff");
    }
    if (jobs < 0) {
      throw new UserError("--jobs " + jobs + ": give 0 (one per processor) or more");
    }
    Configs configs = new Configs(registry);
    // One run: the files share their directories, each resolved once (issue 8, P2).
    ConfinedFileSystem fs = InputOptions.fileSystem(root, maxSize).withDirectoryCache();
    Linter linter = new Linter(registry);
    List<CheckFiles.Input> files = expand();
    Accumulated all = new Accumulated(cliFailLevel);
    // --fix and --diff change (or plan to change) files that later inputs read: one at a time.
    // Otherwise each file is linted speculatively on a pool and the results replayed in order.
    boolean fixing = fix || diff;
    // The files configurations refer to (a chrony keys file): a fleet's configurations name the
    // same few, read once per run unless this run changes files (issue 8, P2).
    FileLoader referenced = fixing ? FileLoader.of(fs) : FileLoader.once(FileLoader.of(fs));
    // A text report on standard output (the default) unless a baseline may filter the findings:
    // each file's part of it is rendered on the thread that linted the file, and the replay only
    // keeps it, not the findings (see Accumulated.textPieces).
    textPieces = !fixing && writeBaseline == null && baseline == null && output == null
        && outputFormat == OutputFormat.TEXT ? new TextWriter(useColor()) : null;
    int threads = fixing ? 1 : jobs > 0 ? jobs : InOrderBatch.defaultThreads();
    // Classes, not lambdas: a short check links no lambda (issue 8, P1; ShortCheckLambdaTest).
    InOrderBatch.run(files, threads, new Function<CheckFiles.Input, FileCheck>() {
      @Override
      public FileCheck apply(CheckFiles.Input input) {
        return new FileCheck(input, configs, fs, referenced, linter).examine(!fixing);
      }
    }, new Consumer<FileCheck>() {
      @Override
      public void accept(FileCheck check) {
        replay(check, all);
      }
    });
    List<Finding> findings = all.findings;
    Map<Finding, Severity> failLevels = all.failLevels;
    int suppressed = all.suppressed;
    List<String> checked = all.checked;
    Optional<NtplintConfig> firstConfig = all.firstConfig;
    if (all.textPieces != null) {
      return writeTextPieces(all);
    }

    if (fix || diff) {
      err.println("ntplint: " + (diff ? "would apply " : "applied ") + fixesApplied + " fix"
          + (fixesApplied == 1 ? "" : "es") + " in " + filesFixed + " file"
          + (filesFixed == 1 ? "" : "s") + (diff ? " (nothing written)" : ""));
      err.flush();
    }

    if (writeBaseline != null) {
      Path dir = writeBaseline.toAbsolutePath().normalize().getParent();
      try (Writer w = Files.newBufferedWriter(writeBaseline, StandardCharsets.UTF_8)) {
        Baseline.of(dir, findings).write(w);
      } catch (IOException e) {
        throw new UserError(writeBaseline + ": cannot write: " + e.getMessage());
      }
      err.println("ntplint: wrote " + findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
          + " to " + writeBaseline);
      return inputErrors ? ExitCode.ERROR : ExitCode.OK;
    }
    Optional<Path> baselineFile = Optional.ofNullable(baseline);
    if (baselineFile.isEmpty() && firstConfig.isPresent()
        && firstConfig.get().baseline().isPresent()) {
      baselineFile = Optional.of(
          firstConfig.get().directory().resolve(firstConfig.get().baseline().get()));
    }
    if (baselineFile.isPresent()) {
      Baseline known;
      try {
        known = Baseline.read(baselineFile.get());
      } catch (ConfigException e) {
        throw new UserError(e.getMessage());
      }
      Baseline.Filtered filtered = known.filter(findings);
      findings = filtered.findings();
      suppressed += filtered.suppressed();
    }

    Report report = new Report(RulesCommand.toolVersion(), checked, findings, suppressed,
        reportBase);
    boolean useColor = outputFormat == OutputFormat.TEXT && useColor();
    try {
      if (output != null) {
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          outputFormat.writer(false).write(report, w);
        }
      } else if (diff || (fix && stdinFixed)) {
        // Standard output carries the diff or the fixed text: the report goes to stderr.
        outputFormat.writer(false).write(report, err);
        err.flush();
      } else {
        Writer w = out();
        outputFormat.writer(useColor).write(report, w);
        w.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (inputErrors) {
      return ExitCode.ERROR;
    }
    if (diff && pendingFixes) {
      return ExitCode.PROBLEMS;
    }
    for (Finding f : findings) {
      if (Severities.atLeast(f.severity(), failLevels.getOrDefault(f, Severity.WARNING))) {
        return ExitCode.PROBLEMS;
      }
    }
    return ExitCode.OK;
  }

  /**
   * The text report from the pieces the batch rendered: the same bytes as {@link TextWriter#write}
   * of the whole report to {@link #out()} (each piece ends with a line end, so no character is
   * split between two of them), and the same exit code.
   */
  private int writeTextPieces(Accumulated all) {
    StringBuilder summary = new StringBuilder();
    textPieces.appendSummary(all.total, all.errors, all.warnings, all.infos, all.checkedFiles,
        all.suppressed, summary);
    try {
      OutputStream stdout = stdout();
      for (byte[] piece : all.textPieces) {
        stdout.write(piece);
      }
      stdout.write(summary.toString().getBytes(StandardCharsets.UTF_8));
      stdout.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (inputErrors) {
      return ExitCode.ERROR;
    }
    return all.failing ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  private Writer out() {
    return new OutputStreamWriter(stdout(), StandardCharsets.UTF_8) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /**
   * {@code --format auto}: GitHub's workflow annotations when the check runs in a GitHub Actions
   * job (the runner sets GITHUB_ACTIONS=true) and the report goes to standard output, where the
   * runner reads them and marks the lines in the pull request; text everywhere else, and for a
   * report written to a file (as yamllint and ansible-lint choose).
   */
  private String automaticFormat() {
    return "true".equals(environment().get("GITHUB_ACTIONS")) && output == null ? "github" : "text";
  }

  private boolean useColor() {
    switch (color.toLowerCase(Locale.ROOT)) {
      case "always":
        return true;
      case "never":
        return false;
      default:
        String noColor = environment().get("NO_COLOR");
        return System.console() != null && output == null && (noColor == null || noColor.isEmpty())
            && !"dumb".equals(environment().get("TERM"));
    }
  }

  private List<CheckFiles.Input> expand() {
    List<CheckFiles.Input> out = new ArrayList<>();
    boolean stdinSeen = false;
    for (String in : inputs) {
      if (in.equals("-")) {
        if (stdinSeen) {
          throw new UserError("- (standard input) given twice");
        }
        stdinSeen = true;
        out.add(new CheckFiles.Input("-", false));
      } else if (root == null && Files.isDirectory(Path.of(in))) {
        List<FsProblem> unreadable = new ArrayList<>();
        List<CheckFiles.Input> found = CheckFiles.walk(Path.of(in), unreadable);
        for (FsProblem problem : unreadable) {
          // Said, not fatal (a walk of /etc meets directories only root may read), but never
          // passed over in silence: a configuration may be in there.
          err.println("ntplint: " + problem.message() + "; not searched for configuration files");
        }
        if (found.isEmpty() && unreadable.isEmpty()) {
          // Said, not fatal: a tree may hold configurations only some of the time, but a check
          // that looked at nothing must not look like one that passed.
          err.println("ntplint: " + in + ": no chrony or ntp configuration file found in it"
              + " or below (names like chrony.conf, ntp.conf, *.sources, or *.conf in a directory"
              + " named chrony, chrony.d, ntp, ntp.d or ntpsec)");
        }
        out.addAll(found);
      } else {
        out.add(new CheckFiles.Input(in, false));
      }
    }
    return out;
  }

  /** What the in-order replay of the checked files has gathered: the report's contents. */
  private static final class Accumulated {
    private final Optional<Severity> cliFailLevel;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> checked = new ArrayList<>();
    // By identity: the findings looked up are these very objects, and hashing a Finding record
    // hashes its rule's whole metadata (and links five record hashCode methods at start-up).
    private final Map<Finding, Severity> failLevels = new IdentityHashMap<>();
    /** The real paths of the files already checked, as main files or included ones. */
    private final Set<Path> covered = new HashSet<>();
    private int suppressed;
    private Optional<NtplintConfig> firstConfig = Optional.empty();
    /**
     * The text report's pieces (UTF-8), one per file checked, when the report is {@link
     * #textPieces rendered by the batch}; then the findings are only counted, not kept (over
     * 10,000 files they held every file's source and tree to the end), and the fields below
     * stand for them. Null otherwise.
     */
    private List<byte[]> textPieces;
    private int total;
    private long errors;
    private long warnings;
    private long infos;
    private int checkedFiles;
    /** Some finding is at or above its file's fail level. */
    private boolean failing;

    Accumulated(Optional<Severity> cliFailLevel) {
      this.cliFailLevel = cliFailLevel;
    }

    void add(LintedConfiguration linted, NtplintConfig cfg, byte[] text) {
      covered.addAll(linted.realPaths().values());
      LintResult result = linted.result();
      Optional<Severity> chosen = cliFailLevel.isPresent() ? cliFailLevel : cfg.failLevel();
      Severity level = chosen.isPresent() ? chosen.get() : Severity.WARNING;
      if (textPieces != null) {
        textPieces.add(text);
        count(result.findings(), level);
        suppressed += result.suppressed().size();
        checkedFiles += result.files().size();
        return;
      }
      for (Finding f : result.findings()) {
        failLevels.put(f, level);
        // Every output format shows the fixes, and the report keeps every finding to the end: a
        // fix still deferred holds its file's whole syntax tree, so making it now lets the tree
        // go (a batch of 10,000 files peaked at 295 MiB instead of 225 MiB; issue 8, P2).
        f.fix();
      }
      findings.addAll(result.findings());
      suppressed += result.suppressed().size();
      for (SourceFile f : result.files()) {
        checked.add(f.name());
      }
    }

    private void count(List<Finding> findings, Severity level) {
      total += findings.size();
      for (Finding f : findings) {
        // Not a switch: one over another class's enum is a synthetic class to load in a short
        // check (issue 8, P1).
        Severity severity = f.severity();
        if (severity == Severity.ERROR) {
          errors++;
        } else if (severity == Severity.WARNING) {
          warnings++;
        } else {
          infos++;
        }
        failing |= Severities.atLeast(severity, level);
      }
    }
  }

  /**
   * Takes the result of checking one input into the report, in input order, deciding what
   * depends on the inputs before it: a file an earlier configuration included is not checked
   * again, and the messages are printed in the order a one-by-one run prints them.
   */
  private void replay(FileCheck check, Accumulated all) {
    if (all.firstConfig.isEmpty() && check.cfg != null) {
      all.firstConfig = Optional.of(check.cfg);
      // The first file's configuration may name a baseline, which needs the findings themselves.
      if (textPieces != null && check.cfg.baseline().isEmpty()) {
        all.textPieces = new ArrayList<>();
      }
    }
    err.print(check.readMessages);
    if (check.readFailure != null) {
      throw check.readFailure;
    }
    inputErrors |= check.inputError;
    if (check.loaded.isEmpty()) {
      return;
    }
    Optional<Path> realPath = check.loaded.get().realPath();
    if (realPath.isPresent() && all.covered.contains(realPath.get())) {
      return;
    }
    LintedConfiguration linted;
    if (fix || diff) {
      linted = fixInOrder(check, all);
    } else {
      printLintMessages(check);
      if (check.lintFailure != null) {
        throw check.lintFailure;
      }
      linted = check.linted;
    }
    all.add(linted, check.cfg, check.text);
  }

  private void printLintMessages(FileCheck check) {
    if (check.lintMessages.getBuffer().length() > 0) {
      err.print(check.lintMessages);
      err.flush();
    }
  }

  /** --fix or --diff of one configuration, after every earlier one was fixed. */
  private LintedConfiguration fixInOrder(FileCheck check, Accumulated all) {
    ConfigurationLinter configuration;
    try {
      configuration = check.configuration();
    } finally {
      printLintMessages(check);
    }
    InputOptions.Input loaded = check.loaded.orElseThrow();
    Fixer.Options options = Fixer.Options.safe().withUnsafe(unsafeFixes)
        .withIncludedFiles(!check.stdin);
    FixResult fixed;
    try {
      fixed = new Fixer(configuration, options).fix(loaded.source(), loaded.realPath());
    } catch (RuleFailure e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    all.covered.addAll(fixed.before().realPaths().values());
    pendingFixes |= fixed.changed();
    useFixes(fixed, check.stdin);
    return fixed.after();
  }

  /**
   * One input checked on its own: everything that does not depend on the inputs before it (its
   * configuration, reading it, its dialect, linting it), with the messages it would print kept
   * for {@link #replay}. Safe to run on any thread: it writes nothing but its own fields.
   */
  private final class FileCheck {
    private final CheckFiles.Input input;
    private final Configs configs;
    private final ConfinedFileSystem fs;
    /** Reads the files the configuration refers to, from {@link #fs}. */
    private final FileLoader referenced;
    private final Linter linter;
    private final boolean stdin;
    private final String name;
    private final Path path;
    /** Messages up to reading the file: printed even when an earlier configuration covered it. */
    private final StringWriter readMessages = new StringWriter();
    /** Messages from linting it: printed only when it is checked. */
    private final StringWriter lintMessages = new StringWriter();
    private NtplintConfig cfg;
    /** Empty when ignored by the configuration or unreadable. */
    private Optional<InputOptions.Input> loaded = Optional.empty();
    private boolean inputError;
    private RuntimeException readFailure;
    private RuntimeException lintFailure;
    private LintedConfiguration linted;
    /** Its part of the text report, when {@link #textPieces} renders it here. */
    private byte[] text;

    FileCheck(CheckFiles.Input input, Configs configs, ConfinedFileSystem fs,
        FileLoader referenced, Linter linter) {
      this.input = input;
      this.configs = configs;
      this.fs = fs;
      this.referenced = referenced;
      this.linter = linter;
      this.stdin = input.name().equals("-");
      this.name = stdin ? (stdinFilename != null ? stdinFilename : "-") : input.name();
      this.path = Path.of(stdin && stdinFilename == null ? "stdin" : name);
    }

    /** Reads the file and, when {@code lint}, lints it; failures are kept for the replay. */
    FileCheck examine(boolean lint) {
      try {
        cfg = configs.forFile(path);
        if (cfg.ignores(path)) {
          if (!input.walked()) {
            println(readMessages, name + ": ignored by " + cfg.source().map(Path::toString)
                .orElse("the configuration"));
          }
          return this;
        }
        loaded = read();
      } catch (RuntimeException e) {
        readFailure = e;
        return this;
      }
      if (lint && loaded.isPresent()) {
        try {
          linted = configuration().lint(loaded.get().source(), loaded.get().realPath());
          finishFindings();
        } catch (RuleFailure e) {
          lintFailure = new IllegalStateException(e.getMessage(), e);
        } catch (RuntimeException e) {
          lintFailure = e;
        }
      }
      return this;
    }

    /**
     * Work on the findings that the report needs and that does not depend on the order: here, it
     * runs on the batch's threads rather than in the replay on the main thread.
     */
    private void finishFindings() {
      List<Finding> findings = linted.result().findings();
      if (textPieces != null) {
        text = textPieces.render(findings, reportBase).getBytes(StandardCharsets.UTF_8);
        return;
      }
      for (Finding f : findings) {
        // Made now as Accumulated.add would (every format shows the fixes).
        f.fix();
      }
    }

    /** The linter of this file's dialect, target and settings (may warn about the dialect). */
    ConfigurationLinter configuration() {
      SourceFile source = loaded.orElseThrow().source();
      Dialect d = InputOptions.dialect(dialect, target, source, new PrintWriter(lintMessages));
      LintSettings settings = new LintSettings(cfg.rules(),
          !noInlineSuppressions && cfg.inlineSuppressions().orElse(true),
          !CheckFiles.fragment(path), referenced);
      return d == Dialect.CHRONY
          ? ConfigurationLinter.chrony(linter, settings, fs, referenced, target(cfg))
          : ConfigurationLinter.ntp(linter, settings, NtpFiles.of(fs), ntpTarget(cfg));
    }

    private Optional<InputOptions.Input> read() {
      try {
        return Optional.of(InputOptions.read(fs, input.name(), name, maxSize));
      } catch (UserError e) {
        return inputError(e.getMessage());
      }
    }

    private Optional<InputOptions.Input> inputError(String message) {
      println(readMessages, message);
      inputError = true;
      return Optional.empty();
    }
  }

  private static void println(StringWriter messages, String message) {
    messages.write("ntplint: " + message + System.lineSeparator());
  }

  private void inputError(String message) {
    err.println("ntplint: " + message);
    inputErrors = true;
  }

  /**
   * Writes the fixed files (--fix), prints the fixed text of standard input (--fix with -) or
   * the diff (--diff), and the summary of the fixes on stderr.
   */
  private void useFixes(FixResult fixed, boolean stdin) {
    for (String line : fixed.summary()) {
      err.println("ntplint: " + line);
    }
    err.flush();
    fixesApplied += fixed.applied().size();
    filesFixed += fixed.files().size();
    try {
      if (diff) {
        for (FixedFile file : fixed.files()) {
          stdout().write(UnifiedDiff.of(file));
        }
        stdout().flush();
      } else if (stdin) {
        stdinFixed = true;
        String name = fixed.before().main().name();
        stdout().write(fixed.file(name).map(FixedFile::fixed)
            .orElse(fixed.before().main().bytes()));
        stdout().flush();
      } else {
        for (FixedFile file : fixed.files()) {
          Path target = file.realPath().orElseThrow(() -> new IllegalStateException(
              "fixed " + file.name() + " but do not know where it is"));
          try {
            AtomicFiles.replace(target, file.fixed());
          } catch (IOException e) {
            inputError(file.name() + ": cannot write the fixes: " + e.getMessage());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private OutputStream stdout() {
    return main != null ? main.stdout : System.out;
  }

  /**
   * The ntpd flavour: --target, else the configuration's target when it names an ntpd (a shared
   * .ntplint.yaml may name a chrony release: it does not apply to ntp.conf), else either flavour.
   */
  private NtpTarget ntpTarget(NtplintConfig cfg) {
    if (target != null) {
      return NtpTarget.parseTarget(target).orElseThrow(() -> new UserError(
          "unknown target `" + target + "` for ntp.conf; use ntp-4.2.8, ntpsec-1.2 or any"));
    }
    Optional<String> configured = cfg.target();
    if (configured.isEmpty() || ChronyVersion.parseTarget(configured.get()).isPresent()) {
      return NtpTarget.ANY;
    }
    return NtpTarget.parseTarget(configured.get()).orElseThrow(() -> new UserError(
        "unknown target `" + configured.get() + "` in " + cfg.source().map(Path::toString)
            .orElse("the configuration") + "; use a chrony release (chrony-4.3 ... chrony-HEAD),"
            + " ntp-4.2.8, ntpsec-1.2 or any"));
  }

  private ChronyVersion target(NtplintConfig cfg) {
    Optional<String> t = target != null ? Optional.of(target) : cfg.target();
    if (t.isEmpty() || (target == null && NtpTarget.parseTarget(t.get()).isPresent())) {
      return ChronyVersion.NEWEST;
    }
    return ChronyVersion.parseTarget(t.get()).orElseThrow(() -> new UserError(
        "unknown target `" + t.get() + "`" + (target == null ? " in " + cfg.source()
            .map(Path::toString).orElse("the configuration") : "") + "; use one of chrony-4.3,"
            + " chrony-4.4, chrony-4.5, chrony-4.6, chrony-4.6.1, chrony-4.7, chrony-4.8,"
            + " chrony-HEAD"));
  }

  /** The configuration of each file: -c, --no-config, or the nearest .ntplint.yaml. */
  private final class Configs {
    private final ConfigLoader loader;
    private final ConfigDiscovery discovery = new ConfigDiscovery(environment());
    private final Map<Path, NtplintConfig> loaded = new HashMap<>();
    private final NtplintConfig none = NtplintConfig.defaults(Path.of("").toAbsolutePath());

    Configs(RuleRegistry registry) {
      this.loader = new ConfigLoader(registry);
    }

    /** Synchronized: the files are checked on several threads, and each loads a file once. */
    synchronized NtplintConfig forFile(Path file) {
      if (noConfig) {
        return none;
      }
      Optional<Path> path = config != null ? Optional.of(config) : discovery.find(file);
      if (path.isEmpty()) {
        return none;
      }
      return loaded.computeIfAbsent(path.get().toAbsolutePath().normalize(), p -> {
        if (!Files.isRegularFile(p)) {
          throw new UserError(path.get() + ": configuration file not found");
        }
        try {
          return loader.load(p);
        } catch (ConfigException e) {
          throw new UserError(e.getMessage());
        }
      });
    }
  }
}
