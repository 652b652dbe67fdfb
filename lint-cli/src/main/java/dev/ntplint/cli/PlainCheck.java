package dev.ntplint.cli;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.dialect.DialectDetector;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code ntplint [check] [OPTION...] FILE...} without picocli: the form pre-commit hooks, editors
 * and CI jobs run once per commit, save or job, where start-up is most of the run time.
 *
 * <p>Why: building picocli's command model costs more than everything else in a short run: about
 * 200 ms of wall time on the issue 8 machine (a 1 KB check took ~300 ms with any option, ~100 ms
 * without, with the same JVM flags), as the model is built by reflection over every command's
 * annotations, in the interpreter. A command line made of the check command's own options, each
 * written once in a form picocli reads only one way, and file names needs none of that: the check
 * command is set up here as picocli would set it up. Anything else (another subcommand, --help,
 * --version, --debug, an {@code @argument-file}, {@code --}, an option given twice, an option
 * value that is empty or starts with - or @, a number picocli might read otherwise, a short
 * option with its value attached, no file) goes through picocli unchanged, for its parsing and its
 * messages.
 *
 * <p>{@code PlainCheckTest} keeps this in step with the picocli model: {@link #SUBCOMMANDS}, the
 * defaults in {@link #withDefaults}, and that every command line taken here sets the same fields
 * as picocli's parse of it (generated command lines, options of every kind in every form).
 */
final class PlainCheck {

  /** The names (and aliases) of ntplint's subcommands other than check. */
  static final Set<String> SUBCOMMANDS =
      Set.of("rules", "explain", "print", "parse", "convert", "help", "generate-completion");

  private PlainCheck() {}

  /**
   * The check command that {@code args} asks for, set up as picocli would, when they are {@code
   * [check]} followed by check options and at least one file (or {@code -}) in the forms this
   * class reads; null when picocli must parse them.
   */
  static CheckCommand command(NtplintMain main, String[] args, PrintWriter err) {
    int first = args.length > 0 && args[0].equals("check") ? 1 : 0;
    if (first == 0 && args.length > 0 && SUBCOMMANDS.contains(args[0])) {
      return null;
    }
    CheckCommand check = withDefaults(main, err);
    Set<String> given = new HashSet<>();
    for (int i = first; i < args.length; i++) {
      String arg = args[i];
      // "@file" is an argument file picocli expands.
      if (arg.isEmpty() || arg.charAt(0) == '@') {
        return null;
      }
      if (arg.charAt(0) != '-' || arg.equals("-")) {
        check.inputs.add(arg);
        continue;
      }
      // --name=value, --name value or -x value; -xvalue and -x=value are left to picocli.
      int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = equals < 0 ? arg : arg.substring(0, equals);
      String option = longName(name);
      if (!option.startsWith("--") || !given.add(option)) {
        // A short option this class does not know (an unknown long one fails in setValue), or
        // one given twice, which picocli refuses.
        return null;
      }
      if (setFlag(check, option)) {
        if (equals >= 0) {
          return null;
        }
        continue;
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return null;
      }
      if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@'
          || !setValue(check, option, value)) {
        return null;
      }
    }
    return check.inputs.isEmpty() ? null : check;
  }

  /** The long name of a check option's short name; any other word as it is. */
  private static String longName(String name) {
    return switch (name) {
      case "-f" -> "--format";
      case "-o" -> "--output";
      case "-c" -> "--config";
      case "-j" -> "--jobs";
      default -> name;
    };
  }

  /** Sets a flag (an option without a value); false for any other option. */
  private static boolean setFlag(CheckCommand check, String option) {
    switch (option) {
      case "--no-config" -> check.noConfig = true;
      case "--no-inline-suppressions" -> check.noInlineSuppressions = true;
      case "--list-rules" -> check.listRules = true;
      case "--fix" -> check.fix = true;
      case "--unsafe-fixes" -> check.unsafeFixes = true;
      case "--diff" -> check.diff = true;
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Sets an option that takes a value; false when picocli must convert the value, or for an
   * option this class does not know (--help, --debug ...: picocli reads those).
   */
  private static boolean setValue(CheckCommand check, String option, String value) {
    try {
      switch (option) {
        case "--format" -> check.format = value;
        case "--output" -> check.output = Path.of(value);
        case "--config" -> check.config = Path.of(value);
        case "--fail-level" -> check.failLevel = value;
        case "--baseline" -> check.baseline = Path.of(value);
        case "--write-baseline" -> check.writeBaseline = Path.of(value);
        case "--dialect" -> check.dialect = value;
        case "--target" -> check.target = value;
        case "--root" -> check.root = Path.of(value);
        case "--stdin-filename" -> check.stdinFilename = value;
        case "--color" -> check.color = value;
        // Plain decimal digits only, which every way of reading a number reads alike.
        case "--max-size" -> {
          if (!digits(value, 18)) {
            return false;
          }
          check.maxSize = Long.parseLong(value);
        }
        case "--jobs" -> {
          if (!digits(value, 9)) {
            return false;
          }
          check.jobs = Integer.parseInt(value);
        }
        default -> {
          return false;
        }
      }
    } catch (InvalidPathException e) {
      return false; // picocli says what is wrong with it
    }
    return true;
  }

  /** True for 1 to {@code most} ASCII digits, not starting with 0 unless "0". */
  private static boolean digits(String value, int most) {
    if (value.length() > most || (value.length() > 1 && value.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The dialect the start-up warm-up prepares: the one --dialect names, else the one the first
   * file's name suggests (as detection reads it, or a directory named ntp; standard input by its
   * --stdin-filename), chrony.conf's when it suggests none. A wrong guess only wastes the warm-up.
   */
  static Dialect likelyDialect(CheckCommand check) {
    if (check.dialect.equals("ntp")) {
      return Dialect.NTP;
    }
    if (check.dialect.equals("chrony")) {
      return Dialect.CHRONY;
    }
    String first = check.inputs.get(0);
    if (first.equals("-")) {
      first = check.stdinFilename == null ? "" : check.stdinFilename;
    }
    return likelyDialect(first);
  }

  /** The dialect a file's name suggests, chrony.conf's when it suggests none. */
  static Dialect likelyDialect(String file) {
    String name = file.replace('\\', '/');
    return DialectDetector.byName(name)
        .orElse(name.contains("/ntp/") || name.startsWith("ntp/") ? Dialect.NTP : Dialect.CHRONY);
  }

  /** A check command as picocli would set it up with no option and no file. */
  static CheckCommand withDefaults(NtplintMain main, PrintWriter err) {
    CheckCommand check = new CheckCommand();
    check.main = main;
    check.err = err;
    // The defaultValue of each @Option of CheckCommand (PlainCheckTest compares them).
    check.format = "auto";
    check.dialect = "auto";
    check.maxSize = 16_777_216L;
    check.color = "auto";
    check.jobs = 0;
    return check;
  }
}
