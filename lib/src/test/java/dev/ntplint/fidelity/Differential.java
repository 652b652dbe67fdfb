package dev.ntplint.fidelity;

import dev.ntplint.chrony.ChronyDiagnosticCode;
import dev.ntplint.chrony.ChronyPrinter;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.testing.Chronyd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares ntplint with {@code chronyd -p} on one case written to a directory: (a) the verdict
 * ({@code rejected()} against chronyd's exit status) and, when rejected, where: the file and line
 * of ntplint's first rejecting diagnostic in chronyd's reading order against chronyd's "at line N
 * in file F" (or, for include errors without a line, the kind of error); (b) what chronyd prints:
 * on accepted files the normalised flattened configuration, byte for byte; on rejected ones the
 * prefix up to the failing line.
 */
final class Differential {

  /** The result of one comparison. */
  record Result(ChronyCase input, Outcome outcome, String detail, String signature,
      List<String> directives, Optional<String> stopDirective, boolean chronydAccepted,
      List<KnownDifference> excludedBy) implements FidelityRun.Judged<ChronyCase> {

    @Override
    public boolean disagrees() {
      return outcome == Outcome.DISAGREE;
    }
  }

  enum Outcome { AGREE, EXCLUDED, DISAGREE }

  private static final Pattern FATAL =
      Pattern.compile("Fatal error : (.*?)(?: at line (\\d+)(?: in file (.*))?)?$", Pattern.MULTILINE);

  private final Path chronyd;
  private final ChronyVersion target;

  Differential(Path chronyd, ChronyVersion target) {
    this.chronyd = chronyd;
    this.target = target;
  }

  ChronyVersion target() {
    return target;
  }

  /** Writes nothing: {@code dir} must hold the case already (see {@link ChronyCase#writeTo}). */
  Result judge(ChronyCase c, Path dir) throws IOException, InterruptedException,
      dev.ntplint.chrony.include.MainFileException {
    return judge(c, dir, true);
  }

  /** The same; {@code applyKnown} false compares even what a known difference excludes. */
  Result judge(ChronyCase c, Path dir, boolean applyKnown) throws IOException,
      InterruptedException, dev.ntplint.chrony.include.MainFileException {
    Path main = dir.resolve(ChronyCase.MAIN).toAbsolutePath();
    Chronyd.Verdict verdict = Chronyd.parse(chronyd, main, dir);
    ChronyConfigTree tree = new ChronyIncludeResolver(ConfinedFileSystem.unconfined(dir), target)
        .resolve(main.toString());
    Prediction prediction = Prediction.of(tree);

    List<String> directives = new ArrayList<>();
    for (var file : tree.configFiles()) {
      for (ChronyDirective d : file.result().config().directives()) {
        directives.add(kindName(d));
      }
    }
    Optional<String> stopDirective = prediction.reached().isEmpty() || prediction.stop().isEmpty()
        ? Optional.empty()
        : Optional.of(stopName(prediction));

    List<KnownDifference> whole = applyKnown
        ? KnownDifference.matching(KnownDifference.Scope.WHOLE_CASE, c, prediction) : List.of();
    if (!whole.isEmpty()) {
      return new Result(c, Outcome.EXCLUDED, "", "", directives, stopDirective, verdict.accepted(),
          whole);
    }
    List<KnownDifference> echoOnly = applyKnown
        ? KnownDifference.matching(KnownDifference.Scope.ECHO, c, prediction) : List.of();

    Matcher fatal = FATAL.matcher(verdict.stderr());
    boolean found = fatal.find();
    String chronydMessage = found ? fatal.group(1) : verdict.stderr().strip();
    Integer chronydLine = found && fatal.group(2) != null ? Integer.valueOf(fatal.group(2)) : null;
    String chronydFile = found ? fatal.group(3) : null;

    // (a) the verdict
    boolean ours = tree.rejected();
    if (verdict.exitCode() != 0 && verdict.exitCode() != 1) {
      return disagree(c, "chronyd exited with " + verdict.exitCode() + " (" + chronydMessage + ")",
          "exit " + verdict.exitCode(), directives, stopDirective, verdict);
    }
    if (ours != !verdict.accepted()) {
      String detail = ours
          ? "ntplint rejects, chronyd accepts; ntplint: " + prediction.stop().map(Diagnostic::format)
              .orElse(firstRejecting(tree))
          : "chronyd rejects (" + verdict.stderr().strip() + "), ntplint accepts";
      String signature = ours
          ? "verdict: ntplint rejects, chronyd accepts [" + prediction.stop().map(Diagnostic::code)
              .orElse("?") + " " + stopDirective.orElse("?") + "]"
          : "verdict: chronyd rejects, ntplint accepts [" + generic(chronydMessage) + "]";
      return disagree(c, detail, signature, directives, stopDirective, verdict);
    }
    if (ours && prediction.stop().isEmpty()) {
      return disagree(c, "ntplint rejects but no rejecting diagnostic in reading order: "
          + firstRejecting(tree), "model: rejected without a stop", directives, stopDirective, verdict);
    }
    // (a) where
    if (ours) {
      Diagnostic stop = prediction.stop().get();
      if (chronydLine != null) {
        String ourFile = stop.span().file().name();
        if (stop.span().line() != chronydLine || (chronydFile != null && !chronydFile.equals(ourFile))) {
          return disagree(c, "first error: chronyd at line " + chronydLine + " in " + chronydFile
              + " (" + chronydMessage + "); ntplint at line " + stop.span().line() + " in " + ourFile
              + ": " + stop.format(), "line: chronyd [" + generic(chronydMessage) + "] ntplint ["
              + stop.code() + "]", directives, stopDirective, verdict);
        }
      } else {
        String expected = expectedCode(chronydMessage);
        if (expected == null || !expected.contains(stop.code())) {
          return disagree(c, "first error: chronyd says " + chronydMessage + "; ntplint: "
              + stop.format(), "kind: chronyd [" + generic(chronydMessage) + "] ntplint ["
              + stop.code() + "]", directives, stopDirective, verdict);
        }
      }
    }
    // (b) the echo
    if (echoOnly.isEmpty()) {
      byte[] expected = prediction.echo();
      if (!ours) {
        ByteArrayOutputStream flat = new ByteArrayOutputStream();
        for (ChronyDirective d : tree.directives()) {
          flat.writeBytes(ChronyPrinter.normalisedLine(d));
        }
        if (!java.util.Arrays.equals(flat.toByteArray(), expected)) {
          return disagree(c, "model: the flattened directives differ from the walk's echo",
              "model: flatten", directives, stopDirective, verdict);
        }
      }
      if (!java.util.Arrays.equals(expected, verdict.stdout())) {
        return disagree(c, "echo: chronyd printed " + FidelityCase.escape(verdict.stdout())
            + "; ntplint expects " + FidelityCase.escape(expected)
            + "; chronyd: " + verdict.stderr().strip(),
            "echo" + (ours ? " (rejected)" : " (accepted)"), directives, stopDirective, verdict);
      }
    }
    return new Result(c, echoOnly.isEmpty() ? Outcome.AGREE : Outcome.EXCLUDED, "", "", directives,
        stopDirective, verdict.accepted(), echoOnly);
  }

  private static String stopName(Prediction p) {
    Diagnostic stop = p.stop().get();
    for (Prediction.Reached r : p.reached()) {
      if (r.file() == p.stopFile().orElse(null)
          && r.directive().syntax().line().number() == stop.span().line()) {
        return kindName(r.directive());
      }
    }
    if (stop.code().equals(ChronyDiagnosticCode.LINE_TOO_LONG.id())) {
      return "(line too long)";
    }
    return "(" + stop.code() + ")";
  }

  /** The catalogue name of a directive (also when too new for the target), or "(unknown)". */
  static String kindName(ChronyDirective d) {
    return dev.ntplint.chrony.catalog.ChronyDirectiveKind.byName(d.syntax().name().raw())
        .map(k -> k.keyword()).orElse("(unknown)");
  }

  private static String firstRejecting(ChronyConfigTree tree) {
    return tree.allDiagnostics().stream().filter(Diagnostic::rejectsFile).findFirst()
        .map(Diagnostic::format).orElse("none");
  }

  /** The ntplint codes for chronyd's include errors, which name no line. */
  private static String expectedCode(String message) {
    if (message.startsWith("Could not open")) {
      return ChronyDiagnosticCode.INCLUDE_NOT_FOUND.id();
    }
    if (message.startsWith("Could not search for files")) {
      return ChronyDiagnosticCode.INCLUDE_GLOB_FAILED.id();
    }
    if (message.startsWith("Maximum include level")) {
      return ChronyDiagnosticCode.INCLUDE_TOO_DEEP.id() + " " + ChronyDiagnosticCode.INCLUDE_CYCLE.id();
    }
    return null;
  }

  /** chronyd's message without paths, for grouping disagreements. */
  private static String generic(String message) {
    return message.replaceAll("(Could not open|Could not search for files matching) .*", "$1 ...");
  }

  private Result disagree(ChronyCase c, String detail, String signature, List<String> directives,
      Optional<String> stopDirective, Chronyd.Verdict verdict) {
    return new Result(c, Outcome.DISAGREE, detail, signature, directives, stopDirective,
        verdict.accepted(), List.of());
  }
}
