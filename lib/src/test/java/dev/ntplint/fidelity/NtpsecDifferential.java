package dev.ntplint.fidelity;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.ntp.DaemonLog;
import dev.ntplint.ntp.NtpConf;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.NtpParseResult;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.ntp.Ntpsec;
import dev.ntplint.ntp.catalog.RefclockDriver;
import dev.ntplint.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares one ntp.conf between ntplint ({@code --target ntpsec-1.2}) and NTPsec's ntpd (through
 * scripts/ntpsec-parse.sh): the verdict, the set of lines ntplint reports as rejected against the
 * set of lines NTPsec's "syntax error in FILE line N" messages name, and ntplint's prediction of
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
    DRIVER_NOT_IN_BUILD,
    /**
     * NTPsec's "syntax error in FILE line N" repeats the line of the last bison error when a
     * command fails without a new one (spec 1.7): ntplint points at the line really at fault.
     * Only the line sets are excluded, and only when ntplint's prediction of NTPsec's log, stale
     * line included, is exact.
     */
    STALE_LINE_NUMBER
  }

  record Result(NtpCase input, Outcome outcome, String detail, String signature,
      Set<Known> excludedBy, boolean ntpsecRejected) {

    boolean disagrees() {
      return outcome == Outcome.DISAGREE;
    }
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
    if (applyKnown && missingDriver) {
      excluded.add(Known.DRIVER_NOT_IN_BUILD);
      return new Result(c, Outcome.EXCLUDED, "", "", excluded, verdict.rejected());
    }
    String theirs = String.join(" | ", verdict.messages().stream()
        .filter(m -> m.startsWith("CONFIG:")).toList());
    if (ours.rejected() != verdict.rejected()) {
      return disagree(c, "verdict: NTPsec " + (verdict.rejected() ? "rejects" : "accepts")
          + " (" + theirs + "), ntplint " + (ours.rejected() ? "rejects" : "accepts") + " ("
          + ours.diagnostics() + ")", "verdict " + (verdict.rejected() ? "rejected" : "accepted")
          + " by NTPsec", verdict);
    }
    if (!predicted.equals(verdict.log())) {
      return disagree(c, "NTPsec's log: " + theirs + "; ntplint predicts " + predicted,
          "log " + (predicted.finishedParsing() == verdict.log().finishedParsing()
              ? "lines" : "finished"), verdict);
    }
    Set<Integer> ourLines = rejectedLines(ours);
    Set<Integer> theirLines = new TreeSet<>(verdict.log().syntaxErrorLines());
    if (!ourLines.equals(theirLines)) {
      if (!applyKnown) {
        return disagree(c, "lines: NTPsec " + theirLines + ", ntplint " + ourLines,
            "lines", verdict);
      }
      excluded.add(Known.STALE_LINE_NUMBER);
      return new Result(c, Outcome.EXCLUDED, "", "", excluded, verdict.rejected());
    }
    return new Result(c, Outcome.AGREE, "", "", excluded, verdict.rejected());
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
