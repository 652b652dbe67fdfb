package dev.ntplint.chrony.include;

import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.IncludeDirective;
import dev.ntplint.collect.Groups;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.source.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A chrony configuration with everything it pulls in.
 *
 * @param root the main file, with its inclusions
 * @param diagnostics the diagnostics of following the include directives (CP300-CP305), each at
 *     the directive's argument in the including file; not the files' own diagnostics (see {@link
 *     #allDiagnostics()})
 */
public record ChronyConfigTree(IncludedFile root, List<Diagnostic> diagnostics) {

  public ChronyConfigTree {
    Objects.requireNonNull(root, "root");
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Every file in reading order: the main file, then depth first the files each directive pulls
   * in, where the directive stands ({@code .sources} files included, at their {@code sourcedir}).
   */
  public List<IncludedFile> files() {
    List<IncludedFile> out = new ArrayList<>();
    collect(root, out, true, true);
    return out;
  }

  /** The files {@code chronyd -p} reads (no {@code .sources} files), in reading order. */
  public List<IncludedFile> configFiles() {
    List<IncludedFile> out = new ArrayList<>();
    collect(root, out, true, false);
    return out;
  }

  /** The {@code .sources} files of every {@code sourcedir}, in reading order. */
  public List<IncludedFile> sourcesFiles() {
    List<IncludedFile> out = new ArrayList<>();
    collect(root, out, false, true);
    return out;
  }

  private static void collect(IncludedFile file, List<IncludedFile> out, boolean config,
      boolean sources) {
    if (config) {
      out.add(file);
    }
    for (Inclusion inclusion : file.inclusions()) {
      for (IncludedFile child : inclusion.files()) {
        if (inclusion.isSourceDirectory()) {
          if (sources) {
            out.add(child);
          }
        } else {
          collect(child, out, config, sources);
        }
      }
    }
  }

  /**
   * The configuration as chronyd reads it: every directive of every file in order, an {@code
   * include} or {@code confdir} replaced by the directives of the files it pulls in ({@code
   * sourcedir} stays, and {@code .sources} files are not part of it). This is what {@code chronyd
   * -p} prints, one line per directive.
   */
  public List<ChronyDirective> directives() {
    List<ChronyDirective> out = new ArrayList<>();
    flatten(root, out);
    return out;
  }

  private static void flatten(IncludedFile file, List<ChronyDirective> out) {
    if (file.inclusions().isEmpty()) {
      // Nothing to put in place: the list is copied whole, without touching each directive (on a
      // large file that touch missed the cache for every line; issue 8, P4).
      out.addAll(file.result().config().directives());
      return;
    }
    Map<IncludeDirective, Inclusion> byDirective = new IdentityHashMap<>();
    for (Inclusion inclusion : file.inclusions()) {
      byDirective.put(inclusion.directive(), inclusion);
    }
    for (ChronyDirective directive : file.result().config().directives()) {
      Inclusion inclusion = directive instanceof IncludeDirective include
          ? byDirective.get(include) : null;
      if (inclusion == null || inclusion.isSourceDirectory()) {
        out.add(directive);
        continue;
      }
      for (IncludedFile child : inclusion.files()) {
        flatten(child, out);
      }
    }
  }

  /**
   * Every diagnostic in reading order: each file's own diagnostics, and where an include directive
   * stands, the diagnostics of following it and then those of the files it pulls in.
   */
  public List<Diagnostic> allDiagnostics() {
    Map<SourceFile, List<Diagnostic>> byFile = new IdentityHashMap<>();
    for (Diagnostic d : diagnostics) {
      Groups.add(byFile, d.span().file(), d);
    }
    List<Diagnostic> out = new ArrayList<>();
    collectDiagnostics(root, byFile, out);
    if (out.size() < countAll()) {
      // A resolution diagnostic not at any directive of the tree (none expected): keep it anyway.
      Set<Diagnostic> placed = Collections.newSetFromMap(new IdentityHashMap<>());
      placed.addAll(out);
      for (Diagnostic d : diagnostics) {
        if (!placed.contains(d)) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private int countAll() {
    int count = diagnostics.size();
    for (IncludedFile file : files()) {
      count += file.result().diagnostics().size();
    }
    return count;
  }

  private static void collectDiagnostics(IncludedFile file,
      Map<SourceFile, List<Diagnostic>> resolutionByFile, List<Diagnostic> out) {
    List<Diagnostic> own = file.result().diagnostics();
    List<Diagnostic> resolution = resolutionByFile.getOrDefault(file.file(), List.of());
    int next = 0;
    for (Inclusion inclusion : file.inclusions()) {
      int line = inclusion.directive().span().line();
      // The file's own diagnostics up to and including the directive's line come first.
      while (next < own.size() && own.get(next).span().line() <= line) {
        out.add(own.get(next++));
      }
      int start = inclusion.directive().span().start();
      int end = inclusion.directive().span().end();
      for (Diagnostic d : resolution) {
        if (d.span().start() >= start && d.span().end() <= end) {
          out.add(d);
        }
      }
      for (IncludedFile child : inclusion.files()) {
        collectDiagnostics(child, resolutionByFile, out);
      }
    }
    while (next < own.size()) {
      out.add(own.get(next++));
    }
  }

  /**
   * True when {@code chronyd -p} would fail on this configuration: a diagnostic that rejects the
   * file in the main file, in any file it includes, or in following an include. Diagnostics of
   * {@code .sources} files never count (chronyd does not read them while parsing, and skips their
   * bad lines when it does).
   */
  public boolean rejected() {
    for (Diagnostic d : diagnostics) {
      if (d.rejectsFile()) {
        return true;
      }
    }
    for (IncludedFile file : configFiles()) {
      if (file.result().rejected()) {
        return true;
      }
    }
    return false;
  }
}
