package dev.ntplint.ntp;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.ntp.keys.NtpKeysResult;
import dev.ntplint.ntp.model.Include;
import dev.ntplint.ntp.model.InvalidDirective;
import dev.ntplint.ntp.model.NtpConfig;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ntp.conf with the files it includes ({@code includefile}, resolved as ntpd resolves it) and
 * the keys file it names, as read by {@link NtpIncludes#read}.
 *
 * <p>A class rather than a record (the same constructor and accessors): it keeps the commands in
 * reading order once expanded, which the view builder and the rules' shared facts each expanded
 * again, a walk and a copy of every command of every file per expansion (issue 8).
 */
public final class NtpConfigSet {

  /**
   * One file of the set.
   *
   * @param path the path as ntpd resolves it (inside the root for a rooted read)
   * @param depth 1 for the main file, 2 for a file it includes, ...
   * @param includedFrom the path word of the includefile line, absent for the main file
   */
  public record IncludedFile(String path, java.nio.file.Path hostPath, int depth,
      Optional<Span> includedFrom, NtpParseResult result) {}

  /** The keys file named by {@code keys}. */
  public record KeysFile(String path, java.nio.file.Path hostPath, NtpKeysResult result) {}

  private final List<IncludedFile> files;
  private final List<Diagnostic> diagnostics;
  private final Optional<KeysFile> keys;
  /**
   * {@link #directives()}, {@link #effectiveDirectives()} and {@link #invalidDirectives()}, made
   * together on first use. Its lists are unmodifiable, so a thread that races to make them again
   * makes equal ones, and the record's final fields publish them whole.
   */
  private Expansion expansion;

  /** The three lists one walk of every file's commands makes (see {@link #expansion()}). */
  private record Expansion(List<NtpDirective> read, List<NtpDirective> effective,
      List<InvalidDirective> invalid) {}

  /**
   * @param files the main file first, then every included file in the order ntpd reads them
   * @param diagnostics what the include and keys resolution found (each file's own diagnostics are
   *     in its {@link IncludedFile#result()})
   * @param keys the keys file of the last {@code keys} line, when it could be read
   */
  public NtpConfigSet(List<IncludedFile> files, List<Diagnostic> diagnostics,
      Optional<KeysFile> keys) {
    this.files = List.copyOf(files);
    this.diagnostics = List.copyOf(diagnostics);
    this.keys = keys;
  }

  /** The main file first, then every included file in the order ntpd reads them. */
  public List<IncludedFile> files() {
    return files;
  }

  /** What the include and keys resolution found (each file's own are in its result). */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The keys file of the last {@code keys} line, when it could be read. */
  public Optional<KeysFile> keys() {
    return keys;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NtpConfigSet other && files.equals(other.files)
        && diagnostics.equals(other.diagnostics) && keys.equals(other.keys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(files, diagnostics, keys);
  }

  @Override
  public String toString() {
    return "NtpConfigSet[files=" + files + ", diagnostics=" + diagnostics + ", keys=" + keys + "]";
  }

  public IncludedFile main() {
    return files.get(0);
  }

  /** True when the target ntpd reports a syntax error (or exits) in any file it reads. */
  public boolean rejected() {
    for (IncludedFile f : files) {
      if (f.result().rejected()) {
        return true;
      }
    }
    return Diagnostics.anyRejects(diagnostics);
  }

  /** Every diagnostic: the files' own, then the resolution's. */
  public List<Diagnostic> allDiagnostics() {
    List<Diagnostic> all = new ArrayList<>();
    for (IncludedFile f : files) {
      all.addAll(f.result().diagnostics());
    }
    all.addAll(diagnostics);
    if (keys.isPresent()) {
      all.addAll(keys.get().result().diagnostics());
    }
    return all;
  }

  /**
   * The commands in the order ntpd reads them: each included file's commands right after the
   * includefile line (and its trailing command) that names it. Unmodifiable.
   */
  public List<NtpDirective> directives() {
    return expansion().read();
  }

  /**
   * {@link NtpConfig#effectiveOf} of {@link #directives()}: the commands as ntpd applies them, in
   * its reading order. Unmodifiable.
   */
  public List<NtpDirective> effectiveDirectives() {
    return expansion().effective();
  }

  /** The commands of {@link #directives()} that a daemon rejects, in that order. Unmodifiable. */
  public List<InvalidDirective> invalidDirectives() {
    return expansion().invalid();
  }

  /**
   * The three lists, made in one walk of every file's commands: on a large file, each walk of its
   * own (the expansion, the effective commands, the rejected ones) fetched every command back
   * from memory (issue 8, P4).
   */
  private Expansion expansion() {
    Expansion made = expansion;
    if (made == null) {
      int count = 0;
      for (int i = 0; i < files.size(); i++) {
        count += files.get(i).result().config().directives().size();
      }
      // Sized for every command of every file: no copies as they grow over a large file.
      List<NtpDirective> read = new ArrayList<>(count);
      List<NtpDirective> effective = new ArrayList<>(count);
      List<InvalidDirective> invalid = new ArrayList<>();
      if (!files.isEmpty()) {
        expand(0, new Walk(read, effective, invalid));
      }
      made = new Expansion(Collections.unmodifiableList(read),
          Collections.unmodifiableList(effective), Collections.unmodifiableList(invalid));
      expansion = made;
    }
    return made;
  }

  /** What {@link #expand} fills, and whether an {@code end} has stopped the reading. */
  private static final class Walk {
    final List<NtpDirective> read;
    final List<NtpDirective> effective;
    final List<InvalidDirective> invalid;
    boolean stopped;

    Walk(List<NtpDirective> read, List<NtpDirective> effective, List<InvalidDirective> invalid) {
      this.read = read;
      this.effective = effective;
      this.invalid = invalid;
    }

    void add(NtpDirective d) {
      read.add(d);
      NtpConfig.addEffective(d, effective);
      if (d instanceof InvalidDirective i) {
        invalid.add(i);
      }
    }
  }

  private static boolean isEnd(NtpDirective d) {
    while (d instanceof Include inc && inc.trailing().isPresent()) {
      d = inc.trailing().get();
    }
    return d instanceof dev.ntplint.ntp.model.Switch s
        && s.command() == dev.ntplint.ntp.catalog.NtpDirectiveKind.END;
  }

  private int expand(int index, Walk walk) {
    IncludedFile file = files.get(index);
    int next = index + 1;
    for (NtpDirective d : file.result().config().directives()) {
      if (walk.stopped) {
        break;
      }
      walk.add(d);
      if (isEnd(d)) {
        // `end` stops all reading, in every file of the stack.
        walk.stopped = true;
        break;
      }
      if (d instanceof Include inc) {
        while (next < files.size() && isIncludedBy(files.get(next), inc)) {
          next = expand(next, walk);
        }
      }
    }
    return next;
  }

  private static boolean isIncludedBy(IncludedFile file, Include inc) {
    if (file.includedFrom().isEmpty()) {
      return false;
    }
    Span from = file.includedFrom().get();
    return from.file() == inc.path().span().file() && from.start() == inc.path().span().start();
  }
}
