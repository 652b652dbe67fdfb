package dev.ntplint.fidelity;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.ntp.DaemonLog;
import dev.ntplint.ntp.NtpConf;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpDiagnosticCode;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpParseResult;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.ntp.Ntpsec;
import dev.ntplint.ntp.catalog.RefclockDriver;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares one ntp.conf between ntplint ({@code --target ntpsec-1.2}) and NTPsec's ntpd (through
 * scripts/ntpsec-parse.sh): the verdict, the set of lines ntplint reports as rejected against the
 * set of lines NTPsec's messages name ("line N column C syntax error", "syntax error in FILE
 * line N"), and ntplint's prediction of
 * NTPsec's whole syntax log ({@link NtpConf#daemonLog}).
 */
final class NtpsecDifferential {

  enum Outcome { AGREE, EXCLUDED, DISAGREE }

  /** The deliberate differences; each excludes the comparison it names, counted in the output. */
  enum Known {
    /**
     * NTPsec exits on a refclock driver that Debian's build leaves out ("Unknown driver name"):
     * a property of the build, not of the grammar; ntplint says so (its DRIVER_NOT_IN_BUILD
     * diagnostic) instead of rejecting. Whole case.
     */
    DRIVER_NOT_IN_BUILD(true),
    /**
     * Debian's NTPsec is built without leap smearing: it rejects {@code leapsmearinterval} with
     * "Built without LEAP_SMEAR support." and a recovery message. Also a property of the build;
     * the grammar ntplint models accepts the directive. Whole case.
     */
    BUILD_WITHOUT_LEAP_SMEAR(true),
    /**
     * The lines NTPsec's messages name are not always the lines at fault: "syntax error in FILE
     * line N" repeats the line of the last bison error when a command fails without a new one,
     * and bison logs nothing for an error within three tokens of the previous one (spec 1.7).
     * ntplint marks every line at fault. Only the line sets are excluded, and only when
     * ntplint's prediction of NTPsec's log (stale and missing lines included) is exact.
     */
    LINE_AS_LOGGED(true),
    /**
     * An include cycle in a tree: NTPsec has no cycle check, so it reads the files of the cycle
     * again and again until its depth limit, logging their missing includes at every pass and
     * "Maximum include file level exceeded" at the end of each branch; ntplint reads each file of
     * the cycle once and reports the cycle itself (NP302), whose message says what ntpd does.
     * Only the counts of missing and too-deep includes are excluded; the verdict is compared.
     */
    INCLUDE_CYCLE_READ_ONCE(true),
    /**
     * {@code includefile FILE} followed by words, when FILE can be opened. Bison reduces
     * {@code T_Includefile T_String command} (an empty command, by default reduction) before it
     * checks the word after the name, so the rule's action has pushed FILE when a syntax error
     * comes. Confirmed on the oracle (testdata/ntp/fidelity/includefile-self-*.conf, and with
     * separate files): yyerror logs "line 0 column 0" (FILE's position) and recovery "syntax
     * error in FILE line 0, column 0"; recovery discards FILE's tokens up to its first end of
     * command; after FILE, the words that follow the bad one are read as a command of the
     * including file. ntplint reports the error on the word that causes it, where it is written,
     * and says in NP305 what the recovery does to both files, rather than a line 0 that does not
     * exist. Both reject the file (the word is an error either way), so the verdict is compared;
     * the logged lines and the include counts (FILE's first command is never run) are not.
     */
    INCLUDEFILE_TRAILING_WORDS(true);

    /** Whether ntplint differs on purpose (true) or the difference is an open bug (false). */
    final boolean deliberate;

    Known(boolean deliberate) {
      this.deliberate = deliberate;
    }
  }

  private static final Pattern INCLUDEFILE_WITH_MORE_WORDS =
      Pattern.compile("(?m)^[ \\t]*includefile[ \\t]+([^ \\t\\r\\n#]+)[ \\t]+[^ \\t\\r\\n#]");
  private static final String NO_LEAP_SMEAR = "Built without LEAP_SMEAR support.";

  record Result(NtpCase input, Outcome outcome, String detail, String signature,
      Set<Known> excludedBy, boolean ntpsecRejected) implements FidelityRun.Judged<NtpCase> {

    @Override
    public boolean disagrees() {
      return outcome == Outcome.DISAGREE;
    }
  }

  /**
   * An includefile line, in any file of the case, with words after a name that opens (relative
   * to the including file's folder, as NTPsec resolves it).
   */
  private static boolean includesExistingFileWithMoreWords(NtpCase c, Path dir) {
    Map<String, byte[]> all = new TreeMap<>(c.files());
    all.put(NtpCase.MAIN, c.main());
    for (Map.Entry<String, byte[]> file : all.entrySet()) {
      Path folder = dir.resolve(file.getKey()).getParent();
      Matcher m = INCLUDEFILE_WITH_MORE_WORDS.matcher(
          new String(file.getValue(), StandardCharsets.ISO_8859_1));
      while (m.find()) {
        try {
          if (Files.exists(folder.resolve(m.group(1)))) {
            return true;
          }
        } catch (InvalidPathException notAPath) {
          // A name Java cannot resolve (a NUL byte in it) is no file ntpd can open either.
        }
      }
    }
    return false;
  }

  Result judge(NtpCase c, Path dir, boolean applyKnown) throws Exception {
    Path file = dir.resolve(NtpCase.MAIN);
    Ntpsec.Verdict verdict = Ntpsec.parse(file);
    SourceFile source = SourceFile.of(NtpCase.MAIN, Files.readAllBytes(file));
    NtpParseResult ours = NtpConf.parse(source, NtpTarget.NTPSEC_1_2);
    DaemonLog predicted = NtpConf.daemonLog(source, NtpFlavour.NTPSEC);
    Set<Known> excluded = EnumSet.noneOf(Known.class);
    boolean missingDriver = verdict.unknownDriver().flatMap(RefclockDriver::byNtpsecName)
        .filter(RefclockDriver::missingFromDebianNtpsec).isPresent();
    if (missingDriver) {
      excluded.add(Known.DRIVER_NOT_IN_BUILD);
    }
    if (verdict.messages().stream().anyMatch(m -> m.endsWith(NO_LEAP_SMEAR))) {
      excluded.add(Known.BUILD_WITHOUT_LEAP_SMEAR);
    }
    if (applyKnown && !excluded.isEmpty()) {
      return new Result(c, Outcome.EXCLUDED, "", "", excluded, verdict.rejected());
    }
    excluded.clear();
    boolean recoveredInsideIncludedFile = applyKnown && includesExistingFileWithMoreWords(c, dir);
    if (!c.files().isEmpty()) {
      return judgeTree(c, dir, file, verdict, applyKnown, recoveredInsideIncludedFile);
    }
    String theirs = configMessages(verdict);
    if (ours.rejected() != verdict.rejected()) {
      return disagree(c, "verdict: NTPsec " + (verdict.rejected() ? "rejects" : "accepts")
          + " (" + theirs + "), ntplint " + (ours.rejected() ? "rejects" : "accepts") + " ("
          + ours.diagnostics() + ")", "verdict " + (verdict.rejected() ? "rejected" : "accepted")
          + " by NTPsec", verdict);
    }
    if (recoveredInsideIncludedFile) {
      return new Result(c, Outcome.EXCLUDED, "", "", Set.of(Known.INCLUDEFILE_TRAILING_WORDS),
          verdict.rejected());
    }
    if (!predicted.equals(verdict.log())) {
      return disagree(c, "NTPsec's log: " + theirs + "; ntplint predicts " + predicted,
          "log " + (predicted.finishedParsing() == verdict.log().finishedParsing()
              ? "lines" : "finished"), verdict);
    }
    Set<Integer> ourLines = rejectedLines(ours);
    Set<Integer> theirLines = new TreeSet<>(verdict.log().syntaxErrorLines());
    theirLines.addAll(verdict.log().yyerrorLines());
    if (!ourLines.equals(theirLines)) {
      if (!applyKnown) {
        return disagree(c, "lines: NTPsec " + theirLines + ", ntplint " + ourLines,
            "lines", verdict);
      }
      excluded.add(Known.LINE_AS_LOGGED);
      return new Result(c, Outcome.EXCLUDED, "", "", excluded, verdict.rejected());
    }
    return new Result(c, Outcome.AGREE, "", "", excluded, verdict.rejected());
  }

  /**
   * An include tree: ntplint's verdict on the whole tree (read as {@code parse --target
   * ntpsec-1.2} reads it: relative names against the including file's folder, directories,
   * missing files, the depth limit), and how many files each side could not open and how many
   * includes each refused as too deep. The line-level log prediction covers one file only, so it
   * is compared on single files.
   */
  private static Result judgeTree(NtpCase c, Path dir, Path file, Ntpsec.Verdict verdict,
      boolean applyKnown, boolean recoveredInsideIncludedFile) throws IOException {
    NtpConfigSet tree = NtpIncludes.read(SourceFile.of(NtpCase.MAIN, Files.readAllBytes(file)),
        Optional.of(file), new NtpIncludes.Options(NtpTarget.NTPSEC_1_2, NtpFiles.rooted(dir),
            "/"));
    List<Diagnostic> ours = tree.allDiagnostics();
    if (tree.rejected() != verdict.rejected()) {
      return disagree(c, "tree verdict: NTPsec " + (verdict.rejected() ? "rejects" : "accepts")
          + " (" + configMessages(verdict) + "), ntplint " + (tree.rejected() ? "rejects" : "accepts")
          + " (" + ours + ")", "tree verdict " + (verdict.rejected() ? "rejected" : "accepted")
          + " by NTPsec", verdict);
    }
    if (recoveredInsideIncludedFile) {
      return new Result(c, Outcome.EXCLUDED, "", "", Set.of(Known.INCLUDEFILE_TRAILING_WORDS),
          verdict.rejected());
    }
    long theirMissing = count(verdict, "CONFIG: Couldn't open <");
    long ourMissing = ours.stream().filter(d -> d.code().equals(NtpDiagnosticCode.INCLUDE_NOT_FOUND.id())).count();
    long theirTooDeep = count(verdict, "CONFIG: Maximum include file level exceeded");
    long ourTooDeep = ours.stream().filter(d -> d.code().equals(NtpDiagnosticCode.INCLUDE_TOO_DEEP.id())).count();
    if (theirMissing != ourMissing || theirTooDeep != ourTooDeep) {
      if (applyKnown && ours.stream().anyMatch(
          d -> d.code().equals(NtpDiagnosticCode.INCLUDE_CYCLE.id()))) {
        return new Result(c, Outcome.EXCLUDED, "", "", Set.of(Known.INCLUDE_CYCLE_READ_ONCE),
            verdict.rejected());
      }
      return disagree(c, "tree includes: NTPsec could not open " + theirMissing + " and refused "
          + theirTooDeep + " as too deep (" + configMessages(verdict) + "); ntplint "
          + ourMissing + " and " + ourTooDeep + " (" + ours + ")", "tree includes", verdict);
    }
    return new Result(c, Outcome.AGREE, "", "", Set.of(), verdict.rejected());
  }

  private static long count(Ntpsec.Verdict verdict, String prefix) {
    return verdict.messages().stream().filter(m -> m.startsWith(prefix)).count();
  }

  private static String configMessages(Ntpsec.Verdict verdict) {
    return String.join(" | ", verdict.messages().stream().filter(m -> m.startsWith("CONFIG:"))
        .toList());
  }

  /** The lines of ntplint's diagnostics that reject the file (what {@code parse} reports). */
  static Set<Integer> rejectedLines(NtpParseResult ours) {
    Set<Integer> lines = new TreeSet<>();
    for (Diagnostic d : ours.diagnostics()) {
      if (d.rejectsFile()) {
        lines.add(d.span().line());
      }
    }
    return lines;
  }

  private static Result disagree(NtpCase c, String detail, String signature,
      Ntpsec.Verdict verdict) {
    return new Result(c, Outcome.DISAGREE, detail, signature, Set.of(), verdict.rejected());
  }
}
