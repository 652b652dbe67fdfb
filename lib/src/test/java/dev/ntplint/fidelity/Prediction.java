package dev.ntplint.fidelity;

import dev.ntplint.chrony.ChronyDiagnosticCode;
import dev.ntplint.chrony.ChronyPrinter;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.include.Inclusion;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.IncludeDirective;
import dev.ntplint.diag.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What ntplint's model says {@code chronyd -p} does with a configuration tree: chronyd reads the
 * files depth first, echoes every directive (except include and confdir, whose files it reads in
 * their place) before it checks it, and stops at the first error. The walk follows the tree in
 * that order and stops at the first diagnostic that rejects the file.
 */
final class Prediction {

  /** A directive the walk reached, with its file. */
  record Reached(IncludedFile file, ChronyDirective directive) {}

  private final ChronyConfigTree tree;
  private final ByteArrayOutputStream echo = new ByteArrayOutputStream();
  private final List<Reached> reached = new ArrayList<>();
  /** The files walked, with the last line reached in each (MAX_VALUE: the whole file). */
  private final Map<IncludedFile, Integer> linesReached = new LinkedHashMap<>();
  private Diagnostic stop;
  private IncludedFile stopFile;

  private Prediction(ChronyConfigTree tree) {
    this.tree = tree;
  }

  static Prediction of(ChronyConfigTree tree) {
    Prediction p = new Prediction(tree);
    p.walk(tree.root());
    return p;
  }

  /** The first diagnostic in chronyd's reading order that rejects the configuration. */
  Optional<Diagnostic> stop() {
    return Optional.ofNullable(stop);
  }

  Optional<IncludedFile> stopFile() {
    return Optional.ofNullable(stopFile);
  }

  /** What chronyd -p should print: the normalised directives up to the failing one. */
  byte[] echo() {
    return echo.toByteArray();
  }

  List<Reached> reached() {
    return reached;
  }

  Map<IncludedFile, Integer> linesReached() {
    return linesReached;
  }

  /** True when the walk stopped at an include cycle (chronyd unrolls it to its level limit). */
  boolean stoppedAtCycle() {
    return stop != null && stop.code().equals(ChronyDiagnosticCode.INCLUDE_CYCLE.id());
  }

  /** Walks one file; returns false when the configuration is rejected in it. */
  private boolean walk(IncludedFile file) {
    TreeMap<Integer, List<Diagnostic>> own = new TreeMap<>();
    for (Diagnostic d : file.result().diagnostics()) {
      if (d.rejectsFile()) {
        own.computeIfAbsent(d.span().line(), l -> new ArrayList<>()).add(d);
      }
    }
    Map<IncludeDirective, Inclusion> inclusions = new IdentityHashMap<>();
    for (Inclusion inclusion : file.inclusions()) {
      inclusions.put(inclusion.directive(), inclusion);
    }
    linesReached.put(file, Integer.MAX_VALUE);
    for (ChronyDirective directive : file.result().config().directives()) {
      int line = directive.syntax().line().number();
      // A rejected line without a directive (a comment or blank line too long) comes first.
      Map.Entry<Integer, List<Diagnostic>> earlier = own.firstEntry();
      if (earlier != null && earlier.getKey() < line) {
        return stopAt(file, earlier.getValue().get(0), earlier.getKey());
      }
      List<Diagnostic> here = own.remove(line);
      if (here != null) {
        Optional<Diagnostic> tooLong = here.stream()
            .filter(d -> d.code().equals(ChronyDiagnosticCode.LINE_TOO_LONG.id())).findFirst();
        if (tooLong.isPresent()) {
          // chronyd checks the length before it echoes the line.
          return stopAt(file, tooLong.get(), line);
        }
      }
      reached.add(new Reached(file, directive));
      if (!ChronyPrinter.isInlinedByChronyd(directive)) {
        echo.writeBytes(ChronyPrinter.normalisedLine(directive));
      }
      if (here != null) {
        return stopAt(file, here.get(0), line);
      }
      Inclusion inclusion = directive instanceof IncludeDirective include
          ? inclusions.get(include) : null;
      if (inclusion == null || inclusion.isSourceDirectory()) {
        continue;
      }
      List<Diagnostic> cycles = new ArrayList<>();
      for (Diagnostic d : tree.diagnostics()) {
        if (d.rejectsFile() && d.span().file() == file.file()
            && d.span().start() >= directive.span().start()
            && d.span().end() <= directive.span().end()) {
          if (!d.code().equals(ChronyDiagnosticCode.INCLUDE_CYCLE.id())) {
            // Not found, unsearchable, too deep: chronyd fails before it reads any of the files.
            return stopAt(file, d, line);
          }
          cycles.add(d);
        }
      }
      // A file that would include itself is skipped by the resolver; chronyd reaches it in its
      // place among the files of the directive (glob order, or basename order for confdir).
      List<IncludedFile> children = inclusion.files();
      int cycleAt = children.size();
      Diagnostic cycle = null;
      for (Diagnostic d : cycles) {
        int at = cyclePosition(d, children, inclusion.directive().directive()
            == dev.ntplint.chrony.catalog.ChronyDirectiveKind.CONFDIR);
        if (cycle == null || at < cycleAt) {
          cycle = d;
          cycleAt = at;
        }
      }
      for (int i = 0; i < cycleAt; i++) {
        if (!walk(children.get(i))) {
          return false;
        }
      }
      if (cycle != null) {
        return stopAt(file, cycle, line);
      }
    }
    if (!own.isEmpty()) {
      Map.Entry<Integer, List<Diagnostic>> next = own.firstEntry();
      return stopAt(file, next.getValue().get(0), next.getKey());
    }
    return true;
  }

  private static final java.util.regex.Pattern CYCLE_PATH =
      java.util.regex.Pattern.compile("^`(.*?)` includes itself");

  /** Where the cyclic file stands among the files read (by the path in the message). */
  private static int cyclePosition(Diagnostic d, List<IncludedFile> children, boolean byBasename) {
    java.util.regex.Matcher m = CYCLE_PATH.matcher(d.message());
    if (!m.find()) {
      return 0;
    }
    String key = byBasename ? basename(m.group(1)) : m.group(1);
    for (int i = 0; i < children.size(); i++) {
      String other = children.get(i).displayPath();
      if (dev.ntplint.fs.CByteOrder.INSTANCE.compare(byBasename ? basename(other) : other, key)
          > 0) {
        return i;
      }
    }
    return children.size();
  }

  private static String basename(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private boolean stopAt(IncludedFile file, Diagnostic diagnostic, int line) {
    stop = diagnostic;
    stopFile = file;
    linesReached.put(file, line);
    return false;
  }
}
