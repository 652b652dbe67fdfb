package dev.ntplint.cli;

import dev.ntplint.check.StartupWarmup;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code ntplint} command: subcommands translate flags into library calls and exit codes. */
@Command(
    name = "ntplint",
    mixinStandardHelpOptions = true,
    versionProvider = NtplintMain.Version.class,
    description = "Read, check and migrate chrony.conf and ntp.conf.",
    subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class,
        PrintCommand.class, ParseCommand.class, ConvertCommand.class, CommandLine.HelpCommand.class,
        AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success: no finding at or above the fail level (parse: the daemon's parser accepts"
            + " the file; convert: everything converted exactly)",
        "1:findings at or above the fail level (parse: the target daemon's parser rejects the"
            + " file; convert: something approximated or dropped)",
        "2:usage error, bad ntplint configuration, unreadable input, or internal error (rerun"
            + " with --debug for details)"
    })
public final class NtplintMain {

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  boolean debug;

  /** Raw standard output, for byte-exact printing. */
  OutputStream stdout = System.out;
  /** The process environment (NO_COLOR, TERM, GITHUB_ACTIONS, ...); another one in tests. */
  Map<String, String> environment = System.getenv();

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the CLI with the given streams; returns the exit code. Used by tests. */
  public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
    return run(args, stdout, stderr, new NtplintMain());
  }

  /** {@link #run(String[], OutputStream, OutputStream)} with another environment (tests). */
  static int run(String[] args, OutputStream stdout, OutputStream stderr,
      Map<String, String> environment) {
    NtplintMain main = new NtplintMain();
    main.environment = environment;
    return run(args, stdout, stderr, main);
  }

  /**
   * The command model, for generated documentation (man pages, shell completion).
   *
   * <p>Not public on purpose: the java launcher looks up {@code main} with {@code getMethod},
   * which resolves the types of every public method of this class, and a public method returning
   * {@code CommandLine} made every run load picocli's largest class from the jar (CDS cannot hold
   * picocli's Java 5 class files), even a plain check that never uses picocli (issue 8).
   */
  static CommandLine commandLine() {
    return new CommandLine(new NtplintMain());
  }

  private static int run(String[] args, OutputStream stdout, OutputStream stderr,
      NtplintMain main) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    main.stdout = stdout;
    CheckCommand plain = PlainCheck.command(main, args, err);
    if (plain != null) {
      StartupWarmup.startInBackground(PlainCheck.likelyDialect(plain),
          plain.format.equalsIgnoreCase("sarif"));
      int code;
      try {
        code = plain.call();
      } catch (Exception e) {
        code = reportFailure(e, err, false);
      }
      out.flush();
      err.flush();
      return code;
    }
    return runWithPicocli(args, out, err, main);
  }

  /** The full command line: every subcommand and option, parsed by picocli. */
  static int runWithPicocli(String[] args, PrintWriter out, PrintWriter err, NtplintMain main) {
    CommandLine cli = new CommandLine(main);
    cli.setOut(out);
    cli.setErr(err);
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        reportFailure(ex, err, debug));
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("ntplint: " + ex.getMessage());
      err.println("Try 'ntplint --help' for more information.");
      err.flush();
      return ExitCode.ERROR;
    });
    // `ntplint FILE...` means `ntplint check FILE...`, the pre-commit and CI form.
    int code = cli.execute(CheckCommand.withDefaultCommand(args, cli));
    out.flush();
    err.flush();
    return code;
  }

  /** A command failed: its message (a user error) or an internal error; exit code 2. */
  private static int reportFailure(Throwable ex, PrintWriter err, boolean debug) {
    if (ex instanceof UserError) {
      err.println("ntplint: " + ex.getMessage());
    } else {
      err.println("ntplint: internal error: " + ex + (debug ? "" : " (rerun with --debug for details)"));
      if (debug) {
        ex.printStackTrace(err);
      }
    }
    err.flush();
    return ExitCode.ERROR;
  }

  /** The version from the jar's manifest, or "dev". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = NtplintMain.class.getPackage().getImplementationVersion();
      return new String[] {"ntplint " + (v == null ? "dev" : v)};
    }
  }
}
