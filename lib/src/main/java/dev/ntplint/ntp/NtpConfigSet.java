package dev.ntplint.ntp;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.ntp.keys.NtpKeysResult;
import dev.ntplint.ntp.model.Include;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ntp.conf with the files it includes ({@code includefile}, resolved as ntpd resolves it) and
 * the keys file it names, as read by {@link NtpIncludes#read}.
 *
 * @param files the main file first, then every included file in the order ntpd reads them
 * @param diagnostics what the include and keys resolution found (each file's own diagnostics are
 *     in its {@link IncludedFile#result()})
 * @param keys the keys file of the last {@code keys} line, when it could be read
 */
public record NtpConfigSet(List<IncludedFile> files, List<Diagnostic> diagnostics,
    Optional<KeysFile> keys) {

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

  public NtpConfigSet {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
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
   * includefile line (and its trailing command) that names it.
   */
  public List<NtpDirective> directives() {
    List<NtpDirective> out = new ArrayList<>();
    if (!files.isEmpty()) {
      expand(0, out, new boolean[1]);
    }
    return out;
  }

  private static boolean isEnd(NtpDirective d) {
    while (d instanceof Include inc && inc.trailing().isPresent()) {
      d = inc.trailing().get();
    }
    return d instanceof dev.ntplint.ntp.model.Switch s
        && s.command() == dev.ntplint.ntp.catalog.NtpDirectiveKind.END;
  }

  private int expand(int index, List<NtpDirective> out, boolean[] stopped) {
    IncludedFile file = files.get(index);
    int next = index + 1;
    for (NtpDirective d : file.result().config().directives()) {
      if (stopped[0]) {
        break;
      }
      out.add(d);
      if (isEnd(d)) {
        // `end` stops all reading, in every file of the stack.
        stopped[0] = true;
        break;
      }
      if (d instanceof Include inc) {
        while (next < files.size() && isIncludedBy(files.get(next), inc)) {
          next = expand(next, out, stopped);
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
