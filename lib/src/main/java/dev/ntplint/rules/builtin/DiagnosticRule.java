package dev.ntplint.rules.builtin;

import dev.ntplint.chrony.ChronyDiagnosticCode;
import dev.ntplint.diag.DiagnosticCode;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.ntp.NtpDiagnosticCode;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.Rule;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parser diagnostic code as a rule: the reader reports it while parsing, the engine turns each
 * diagnostic into a finding under this rule (so it can be configured, suppressed and documented
 * like any rule). Ids are the diagnostic codes ({@code CP100}); names come from the code's enum
 * constant ({@code invalid-directive}).
 */
public final class DiagnosticRule implements Rule {

  private static final Map<String, String> DETAILS = Map.ofEntries(
      Map.entry("CP001", "chronyd reads a line into a 2048-byte buffer and stops with `String too"
          + " long` when a line (its newline included) fills it, comment lines included."),
      Map.entry("CP002", "chronyd treats the configuration line as a C string: a NUL byte ends it"
          + " and everything after it on that line is silently ignored."),
      Map.entry("CP003", "A UTF-8 byte order mark at the start of the file is glued to the first"
          + " word, so even `BOM # comment` is an invalid directive. Save the file as UTF-8 without"
          + " BOM."),
      Map.entry("CP004", "chronyd splits lines only at LF. A file with CR-only line endings is one"
          + " long line: if it starts with a comment the whole file is silently ignored."),
      Map.entry("CP100", "chronyd stops at the first directive it does not know. Directive names"
          + " are case-insensitive but cannot be abbreviated."),
      Map.entry("CP101", "The directive exists, but only in a newer chrony than the target"
          + " (`--target` or `target:` in .ntplint.yaml); the target's chronyd refuses to start."),
      Map.entry("CP102", "chronyd requires more arguments for this directive."),
      Map.entry("CP103", "chronyd refuses extra words. chrony.conf has no trailing comments: a"
          + " `#` after the first word is an ordinary word."),
      Map.entry("CP104", "chronyd cannot parse an argument (a number, a keyword)."),
      Map.entry("CP105", "Since chrony 4.7 integers are range-checked when the file is read."),
      Map.entry("CP106", "chronyd refuses options it does not know; option names are"
          + " case-insensitive."),
      Map.entry("CP107", "The option exists only in a newer chrony than the target."),
      Map.entry("CP108", "An option is missing its value, or the value cannot be parsed."),
      Map.entry("CP109", "`log` names are compared case-sensitively by chronyd."),
      Map.entry("CP110", "chronyd cannot parse the address or subnet of an access rule or"
          + " address directive."),
      Map.entry("CP200", "chronyd accepts and ignores these names with a warning; remove them."),
      Map.entry("CP201", "Accepted by the target release, but chrony 4.7 and later check integer"
          + " syntax and ranges strictly and refuse it: an upgrade would stop chronyd."),
      Map.entry("CP202", "`chronyd -p` does not see this, but chronyd refuses to start (unknown"
          + " refclock driver or driver option, a subnet prefix that is too long...)."),
      Map.entry("CP203", "chronyd resolves this host name while reading the file; when DNS is not"
          + " available at boot, the directive fails (fatally for allow/deny)."),
      Map.entry("CP204", "chronyd accepts the value but adjusts or ignores it when it runs."),
      Map.entry("CP205", "chronyd reads only server, pool and peer lines of a .sources file,"
          + " silently skips lines it cannot parse, and stops at a last line without newline."),
      Map.entry("CP300", "An `include` without wildcards names a file chronyd cannot open: it"
          + " stops with `Could not open`."),
      Map.entry("CP301", "A wildcard `include` in a directory that does not exist or cannot be"
          + " read stops chronyd (`Could not search for files matching`)."),
      Map.entry("CP302", "chronyd reads at most 10 nested files (the main file counts)."),
      Map.entry("CP303", "With `--root`, ntplint never reads outside the root; the file was not"
          + " checked."),
      Map.entry("CP304", "A file includes itself, directly or through others: chronyd reads it"
          + " again and again until the nesting limit, then stops."),
      Map.entry("CP305", "A directory, FIFO or device, or a file that cannot be read: ntplint does"
          + " not follow it."),
      Map.entry("NP305", "It comes with the syntax error on the same word, which rejects the"
          + " file. ntpd's rule is `includefile NAME command` with an optional command, so it"
          + " opens NAME before it looks at the word: NTPsec logs the error as line 0 of NAME,"
          + " discards NAME's first command while it recovers, and after NAME reads the words"
          + " that follow the bad one as a command. Remove the words after the name, or put them"
          + " on their own line."));

  /**
   * {@code s.replaceAll("[.\\s]+$", "")} written out: the regular expression retries from every
   * blank of the summary, and ~90 summaries are built on every start-up (issue 8).
   */
  static String withoutTrailingDotsAndBlanks(String s) {
    int end = s.length();
    while (end > 0 && ".\t\n\u000B\f\r ".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private final DiagnosticCode code;
  private final Dialect dialect;
  private final String name;
  /**
   * Built on first use: ~90 of these rules are registered on every start, but a check reads the
   * metadata only of the codes it reports (issue 8, P1). Volatile so that every thread sees the
   * one object once it is published ({@link Rule#metadata()} is the same object every time).
   */
  private volatile RuleMetadata metadata;

  public DiagnosticRule(DiagnosticCode code, Dialect dialect, String name) {
    this.code = code;
    this.dialect = dialect;
    this.name = name;
  }

  private RuleMetadata buildMetadata() {
    String details = DETAILS.getOrDefault(code.id(), "");
    String full = capitalise(code.summary()) + "."
        + (details.isEmpty() ? "" : "\n\n" + details)
        + "\n\n" + (code.rejectsFile()
            ? "The daemon's own parser rejects the file because of it: the daemon does not start."
            : "By itself, this does not make the daemon's parser reject the file.")
        + "\n\nReported by ntplint's reader while parsing (diagnostic code " + code.id()
        + ", see docs/diagnostics.md), so it appears even when the file cannot be checked further."
        + (fixability(code.id()) == Fixability.UNSAFE ? " When the reader has a likely"
            + " replacement for the word (\"did you mean\"), the finding carries an unsafe fix"
            + " that writes it." : "")
        + (fixability(code.id()) == Fixability.SAFE ? " The fix removes the byte order mark."
            : "");
    return RuleMetadata.builder(code.id(), name)
        .dialects(dialect)
        .severity(code.severity())
        .category(category(code.id()))
        .tags(code.rejectsFile() ? new String[] {"parse", "rejected"} : new String[] {"parse"})
        .fixable(fixability(code.id()))
        .summary(withoutTrailingDotsAndBlanks(capitalise(code.summary())).replace('\n', ' '))
        .description(full)
        .build();
  }

  private static final java.util.Set<String> SUGGESTING = java.util.Set.of("CP100", "CP103",
      "CP104", "CP105", "CP106", "CP107", "CP108", "CP109", "CP110", "CP202");

  /** CP003 is removed safely; codes with a "did you mean" get an unsafe replacement. */
  static Fixability fixability(String id) {
    if (id.equals("CP003")) {
      return Fixability.SAFE;
    }
    return SUGGESTING.contains(id) ? Fixability.UNSAFE : Fixability.NONE;
  }

  private static Category category(String id) {
    if (id.startsWith("CP3") || id.startsWith("NP3")) {
      return Category.INCLUDES;
    }
    return id.startsWith("NP4") ? Category.ACCESS : Category.SYNTAX;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Every chrony.conf diagnostic code as a rule. */
  public static List<Rule> chrony() {
    List<Rule> rules = new ArrayList<>();
    for (ChronyDiagnosticCode c : ChronyDiagnosticCode.values()) {
      rules.add(new DiagnosticRule(c, Dialect.CHRONY,
          c.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
    return rules;
  }

  /**
   * Every ntp.conf and ntp keys file diagnostic code as a rule. Names start with {@code ntp-}:
   * several ideas exist in both dialects ({@code include-cycle}) and a name means one rule.
   */
  public static List<Rule> ntp() {
    List<Rule> rules = new ArrayList<>();
    for (NtpDiagnosticCode c : NtpDiagnosticCode.values()) {
      rules.add(new DiagnosticRule(c, Dialect.NTP,
          "ntp-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
    return rules;
  }

  public DiagnosticCode code() {
    return code;
  }

  @Override
  public String id() {
    return code.id();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public RuleMetadata metadata() {
    RuleMetadata built = metadata;
    if (built == null) {
      synchronized (this) {
        built = metadata;
        if (built == null) {
          built = buildMetadata();
          metadata = built;
        }
      }
    }
    return built;
  }

  /** Nothing to do: the reader already reported the diagnostics the engine turns into findings. */
  @Override
  public void check(RuleContext context) {}
}
