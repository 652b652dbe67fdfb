package dev.ntplint.cli;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.dialect.DialectDetector;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;

/**
 * {@code ntplint [check] FILE...} without picocli: the form pre-commit hooks and editors run once
 * per commit or save, where start-up is most of the run time.
 *
 * <p>Why: building picocli's command model costs more than everything else in a short run
 * (about 200 ms of CPU on the issue 8 machine, profiled with a phase timer): picocli's classes are
 * Java 5 class files, which the AppCDS archive cannot hold, so they are parsed and verified on
 * every run, and the model is built by reflection over every command's annotations. An argument
 * list of plain file names needs none of that: it sets no option, so the check command runs with
 * the defaults its {@code @Option} annotations declare. Anything else (an option, {@code -},
 * an {@code @argument-file}, a subcommand name, no file) goes through picocli unchanged.
 *
 * <p>{@code PlainCheckTest} keeps {@link #SUBCOMMANDS} and {@link #withDefaults} in step with
 * the picocli model: a new subcommand or a new option default fails it until added here.
 */
final class PlainCheck {

  /** The names (and aliases) of ntplint's subcommands other than check. */
  static final Set<String> SUBCOMMANDS =
      Set.of("rules", "explain", "print", "parse", "convert", "help", "generate-completion");

  private PlainCheck() {}

  /**
   * The files to check when {@code args} is {@code [check] FILE...} and every FILE is a name
   * picocli would take literally; null when picocli must parse the arguments.
   */
  static String[] files(String[] args) {
    int first = args.length > 0 && args[0].equals("check") ? 1 : 0;
    if (first == args.length) {
      return null;
    }
    if (first == 0 && SUBCOMMANDS.contains(args[0])) {
      return null;
    }
    for (int i = first; i < args.length; i++) {
      String arg = args[i];
      // "-..." is an option or standard input, "@file" an argument file picocli expands.
      if (arg.isEmpty() || arg.charAt(0) == '-' || arg.charAt(0) == '@') {
        return null;
      }
    }
    return Arrays.copyOfRange(args, first, args.length);
  }

  /**
   * The dialect the first file's name suggests (as detection reads it, or a directory named
   * ntp), chrony.conf's when it suggests none: the lexer the start-up warm-up prepares. A wrong
   * guess only wastes the warm-up.
   */
  static Dialect likelyDialect(String[] files) {
    String name = files[0].replace('\\', '/');
    return DialectDetector.byName(name)
        .orElse(name.contains("/ntp/") || name.startsWith("ntp/") ? Dialect.NTP : Dialect.CHRONY);
  }

  /** A check command as picocli would set it up for these files and no option. */
  static CheckCommand withDefaults(NtplintMain main, String[] files, PrintWriter err) {
    CheckCommand check = new CheckCommand();
    check.main = main;
    check.err = err;
    check.inputs.addAll(Arrays.asList(files));
    // The defaultValue of each @Option of CheckCommand (PlainCheckTest compares them).
    check.format = "auto";
    check.dialect = "auto";
    check.maxSize = 16_777_216L;
    check.color = "auto";
    check.jobs = 0;
    return check;
  }
}
