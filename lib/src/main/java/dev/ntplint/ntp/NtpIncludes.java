package dev.ntplint.ntp;

import dev.ntplint.diag.Diagnostics;
import dev.ntplint.ntp.NtpConfigSet.IncludedFile;
import dev.ntplint.ntp.NtpConfigSet.KeysFile;
import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.keys.NtpKeys;
import dev.ntplint.ntp.keys.NtpKeysResult;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.FileSetting;
import dev.ntplint.ntp.model.Include;
import dev.ntplint.ntp.model.InvalidDirective;
import dev.ntplint.ntp.model.KeyRange;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.Refclock;
import dev.ntplint.ntp.model.Setting;
import dev.ntplint.ntp.model.TrustedKey;
import dev.ntplint.ntp.model.UnknownDirective;
import dev.ntplint.ntp.model.Value;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an ntp.conf with the files its {@code includefile} lines name and the keys file its
 * {@code keys} line names, by ntpd's rules (spec 2.7 and 4.21):
 * <ul>
 *   <li>at most 5 nested levels below the main file (ntpd logs "Maximum include file level
 *       exceeded" and skips deeper files); an include cycle is reported, not followed;
 *   <li>a relative path is relative to ntpd's working directory for classic ntpd, and to the
 *       directory of the including file for NTPsec (the accept-either target follows NTPsec and
 *       says so);
 *   <li>NTPsec reads the {@code *.conf} files of a directory, in descending name order (it pushes
 *       them on its input stack in ascending order); classic ntpd reads nothing from a directory;
 *   <li>a file that cannot be opened is logged and skipped (not a syntax error);
 *   <li>{@code end} stops all reading.
 * </ul>
 * With {@link NtpFiles#rooted}, every path is read inside the root and nothing outside it.
 */
public final class NtpIncludes {

  /** ntpd pushes no file when its input stack already holds 6 (MAXINCLUDELEVEL is 5). */
  public static final int MAX_DEPTH = 6;

  /**
   * How to read.
   *
   * @param target which daemon
   * @param files this machine's files or a root directory
   * @param workingDirectory ntpd's working directory (relative paths of classic ntpd and of
   *     {@code keys}); a daemon started by init runs in "/"
   */
  public record Options(NtpTarget target, NtpFiles files, String workingDirectory) {

    public static Options of(NtpTarget target) {
      return new Options(target, NtpFiles.host(), "/");
    }
  }

  private final Options options;
  private final List<IncludedFile> files = new ArrayList<>();
  private final Diagnostics diagnostics = new Diagnostics();
  private boolean stopped;
  /**
   * The last keys line naming a file that ntpd reads, in its reading order (an included file's
   * lines where the includefile line is) and before {@code end}: the one whose file it loads.
   */
  private FileSetting keysLine;
  /**
   * The key ids of the commands ntpd applies, in its reading order and before {@code end}: those
   * it checks against the keys file. Noted by the walk that reads the files, as it applies each
   * command; a command after {@code end} (in whichever file) is never applied, so its key id is
   * not checked.
   */
  private final List<Value.IntValue> keyIdsUsed = new ArrayList<>();
  /** Where the main file was read on this machine; null for standard input. */
  private Path mainHostPath;
  /** See {@link #mainChain}; null until the main file includes a file. */
  private Set<Path> mainChain;


  private NtpIncludes(Options options) {
    this.options = options;
  }

  /**
   * Reads {@code mainFile} (a path on this machine) and what it includes.
   *
   * @throws IOException when the main file itself cannot be read
   */
  public static NtpConfigSet read(Path mainFile, Options options) throws IOException {
    byte[] bytes = Files.readAllBytes(mainFile);
    return read(SourceFile.of(mainFile.toString(), bytes), Optional.of(mainFile), options);
  }

  /**
   * Reads an already loaded main file and what it includes.
   *
   * @param main the main file (its name is used in messages)
   * @param hostPath where it was read from on this machine; empty for standard input, whose
   *     relative includes resolve against the working directory
   */
  public static NtpConfigSet read(SourceFile main, Optional<Path> hostPath, Options options) {
    NtpIncludes reader = new NtpIncludes(options);
    String path;
    Path host;
    if (hostPath.isPresent()) {
      host = hostPath.get();
      path = options.files().daemonPath(host);
      reader.mainHostPath = host;
    } else {
      path = NtpFiles.resolve(options.workingDirectory(), "-");
      host = Path.of(path);
    }
    // The caller's file itself: a copy of it (its bytes, text and line starts) was a twentieth
    // of the bytes allocated per check of a large file, and its contents are the same (issue 8).
    // No chain yet: the main file's is made when it includes a file (see mainChain).
    reader.visit(path, host, main, 1, Optional.empty(), null);
    Optional<KeysFile> keys = reader.keys();
    return new NtpConfigSet(reader.files, reader.diagnostics.list(), keys);
  }

  /**
   * Reads a file and what it includes; {@code chain}: the real paths of the files including it,
   * null for the main file (see {@link #mainChain}).
   */
  private void visit(String path, Path host, SourceFile source, int depth,
      Optional<Span> from, Set<Path> chain) {
    NtpParseResult result = depth == 1 ? NtpConf.parse(source, options.target())
        : NtpConf.parseIncluded(source, options.target());
    files.add(new IncludedFile(path, host, depth, from, result));
    // One walk of the file's commands, in the order ntpd applies them (NtpConfig#effectiveOf):
    // it follows the includes and notes the keys line. Four walks did this before, and on a large
    // file each missed the cache on every command (issue 8, P4).
    List<NtpDirective> directives = result.config().directives();
    for (int i = 0; i < directives.size() && !stopped; i++) {
      NtpDirective d = directives.get(i);
      if (d instanceof InvalidDirective invalid) {
        // The rejected line is named as such: an includefile it applies may be recovered into.
        if (invalid.applied().isPresent()) {
          apply(invalid.applied().get(), invalid, path, depth, chain);
        }
      } else {
        apply(d, null, path, depth, chain);
      }
    }
  }

  /**
   * Applies a command of the file at {@code path}, and the command after it on an includefile
   * line, unless reading has stopped at {@code end}: reads what it includes, notes a keys line.
   *
   * @param rejected the rejected command whose complete first part {@code d} is, or null
   */
  private void apply(NtpDirective d, InvalidDirective rejected, String path, int depth,
      Set<Path> chain) {
    if (d instanceof InvalidDirective invalid) {
      // A rejected command after an includefile line: ntpd applies its complete first part.
      if (invalid.applied().isPresent()) {
        apply(invalid.applied().get(), null, path, depth, chain);
      }
      return;
    }
    if (d instanceof UnknownDirective) {
      return;
    }
    if (stopped) {
      return;
    }
    if (d instanceof FileSetting fs && fs.command() == NtpDirectiveKind.KEYS
        && fs.path().isPresent()) {
      keysLine = fs;
    }
    addKeyIds(d, keyIdsUsed);
    if (d instanceof Include inc) {
      int before = files.size();
      include(path, inc, depth, chain);
      if (rejected != null && files.size() > before) {
        recoveryInsideIncludedFile(rejected, inc, files.get(before));
      }
    }
    if (d instanceof dev.ntplint.ntp.model.Switch s && s.command() == NtpDirectiveKind.END) {
      stopped = true;
    }
    if (d instanceof Include inc && inc.trailing().isPresent()) {
      apply(inc.trailing().get(), null, path, depth, chain);
    }
  }

  private void include(String including, Include inc, int depth, Set<Path> chain) {
    Span span = inc.path().span();
    String raw = inc.path().text();
    if (depth >= MAX_DEPTH) {
      diagnostics.add(NtpDiagnosticCode.INCLUDE_TOO_DEEP, span,
          "ntpd logs \"Maximum include file level exceeded\" and does not read `" + raw + "`: this"
              + " file is already " + (depth - 1) + " levels below the main file (at most 5)");
      return;
    }
    String fileRelative = NtpFiles.resolve(NtpFiles.dirname(including), raw);
    String cwdRelative = NtpFiles.resolve(options.workingDirectory(), raw);
    boolean classicOnly = options.target() == NtpTarget.NTP_4_2_8;
    String path = classicOnly ? cwdRelative : fileRelative;
    if (!raw.startsWith("/") && !fileRelative.equals(cwdRelative)) {
      diagnostics.add(NtpDiagnosticCode.INCLUDE_RELATIVE, span, classicOnly
          ? "classic ntpd resolves this relative path against its working directory ("
              + options.workingDirectory() + "), so it reads " + cwdRelative + "; NTPsec would"
              + " read " + fileRelative
          : "NTPsec resolves this relative path against this file's directory (" + fileRelative
              + "); classic ntpd would read " + cwdRelative + " (its working directory)");
    }
    NtpFiles.Read read = options.files().read(path);
    if (read instanceof NtpFiles.Refused refused) {
      if (refused.outsideRoot()) {
        diagnostics.add(NtpDiagnosticCode.INCLUDE_OUTSIDE_ROOT, span,
            "not followed: " + path + " " + refused.reason());
      } else {
        diagnostics.add(NtpDiagnosticCode.INCLUDE_NOT_FOUND, span,
            "ntpd logs \"Couldn't open <" + path + ">\" (" + refused.reason() + ") and goes on"
                + " without it");
      }
      return;
    }
    if (read instanceof NtpFiles.Directory dir) {
      if (classicOnly) {
        diagnostics.add(NtpDiagnosticCode.INCLUDE_NOT_FOUND, span,
            "classic ntpd opens the directory " + path + " as a file and reads nothing from it"
                + " (NTPsec would read its .conf files)");
        return;
      }
      List<String> names = new ArrayList<>();
      for (String n : dir.names()) {
        if (n.endsWith(".conf")) {
          names.add(n);
        }
      }
      if (names.isEmpty()) {
        diagnostics.add(NtpDiagnosticCode.INCLUDE_NOT_FOUND, span,
            "NTPsec finds no .conf file in the directory " + path);
        return;
      }
      // Pushed on the input stack in ascending order, so read in descending order.
      for (int i = names.size() - 1; i >= 0 && !stopped; i--) {
        String child = path.endsWith("/") ? path + names.get(i) : path + "/" + names.get(i);
        NtpFiles.Read r = options.files().read(child);
        if (r instanceof NtpFiles.Contents c) {
          follow(c, span, depth, chain);
        } else if (r instanceof NtpFiles.Refused refused) {
          diagnostics.add(refused.outsideRoot() ? NtpDiagnosticCode.INCLUDE_OUTSIDE_ROOT
              : NtpDiagnosticCode.INCLUDE_NOT_FOUND, span, child + ": " + refused.reason());
        }
      }
      return;
    }
    follow((NtpFiles.Contents) read, span, depth, chain);
  }

  /**
   * The files being read when the main file includes one: the main file alone (nothing for
   * standard input), by its real path so that an include of it by another name is a cycle.
   * Resolved only then: the real path costs a readlink per component of the path, and most files
   * include nothing (over 10,000 files, ~1% of a batch's CPU; issue 8, P2).
   */
  private Set<Path> mainChain() {
    if (mainChain == null) {
      mainChain = mainHostPath == null ? Set.of() : Set.of(realPathOf(mainHostPath));
    }
    return mainChain;
  }

  private static Path realPathOf(Path host) {
    try {
      return host.toRealPath();
    } catch (IOException e) {
      return host.toAbsolutePath().normalize();
    }
  }

  private void follow(NtpFiles.Contents c, Span span, int depth, Set<Path> including) {
    Set<Path> chain = including != null ? including : mainChain();
    if (chain.contains(c.realPath())) {
      diagnostics.add(NtpDiagnosticCode.INCLUDE_CYCLE, span,
          c.path() + " is already being read (an include cycle): ntpd reads it again and again"
              + " until the nesting limit, then logs \"Maximum include file level exceeded\"");
      return;
    }
    Set<Path> next = new HashSet<>(chain);
    next.add(c.realPath());
    // Named by the path the daemon reads (as chrony's included files are): under --root the host
    // path would say where the image is mounted, not which file of the machine it is.
    visit(c.path(), c.hostPath(), SourceFile.of(c.path(), c.bytes()), depth + 1,
        Optional.of(span), next);
  }

  /**
   * {@code includefile NAME} followed by a word that starts no command, where NAME opens. ntpd's
   * grammar rule is {@code includefile NAME command} with an optional command, so bison reduces
   * it, and its action opens NAME, before it looks at the bad word: the syntax error then belongs
   * to the opened file. Confirmed with NTPsec 1.2 (testdata/ntp/fidelity/includefile-self-*):
   * it logs the error as line 0 of NAME, recovery discards NAME's tokens up to its first end of
   * command, and after NAME the words that follow the bad one are read as a command of the
   * including file. The syntax error itself is already reported where it is written; this says
   * what the recovery does to the two files.
   */
  private void recoveryInsideIncludedFile(InvalidDirective rejected, Include inc,
      IncludedFile opened) {
    List<Word> words = new ArrayList<>(rejected.syntax().arguments());
    int bad = inc.syntax().arguments().size();
    if (bad >= words.size()) {
      return;
    }
    StringBuilder rest = new StringBuilder();
    for (Word w : words.subList(bad + 1, words.size())) {
      rest.append(rest.length() == 0 ? "" : " ").append(w.text());
    }
    Optional<NtpDirective> firstCommand = opened.result().config().directives().stream()
        .filter(d -> d.span().line() == 1).findFirst();
    diagnostics.add(NtpDiagnosticCode.INCLUDE_ERROR_RECOVERY, words.get(bad).span(),
        "ntpd has already opened " + opened.path() + " when it reads `" + words.get(bad).text()
            + "` (its rule `includefile NAME command` is complete before that word): NTPsec logs"
            + " this syntax error as line 0 of " + opened.path() + ", and its recovery discards "
            + firstCommand.map(d -> "that file's first command, `" + d.syntax().text() + "` (line"
                + " 1), which is never applied").orElse("that file's first line, which has no"
                + " command")
            + (rest.length() == 0 ? "" : "; after that file it reads `" + rest
                + "` as a command of this file"));
  }

  /** The keys file of the last {@code keys} line read, and the key ids the configuration uses. */
  private Optional<KeysFile> keys() {
    if (keysLine == null) {
      return Optional.empty();
    }
    Value.TextValue written = keysLine.path().get();
    String path = NtpFiles.resolve(options.workingDirectory(), written.text());
    NtpFiles.Read read = options.files().read(path);
    if (!(read instanceof NtpFiles.Contents c)) {
      String reason = read instanceof NtpFiles.Refused r ? r.reason() : "a directory";
      diagnostics.add(read instanceof NtpFiles.Refused r && r.outsideRoot()
              ? NtpDiagnosticCode.INCLUDE_OUTSIDE_ROOT : NtpDiagnosticCode.KEYS_FILE_NOT_FOUND,
          written.span(), "the keys file " + path + " cannot be read (" + reason + "): ntpd"
              + " then has no symmetric keys");
      return Optional.empty();
    }
    NtpKeysResult keys = NtpKeys.parse(SourceFile.of(c.path(), c.bytes()),
        options.target());
    for (Value.IntValue id : keyIdsUsed) {
      if (id.value() != 0 && keys.file().key(id.value()).isEmpty()) {
        diagnostics.add(NtpDiagnosticCode.KEY_NOT_DEFINED, id.span(),
            "key " + id.value() + " is not defined in " + path
                + (keys.file().lines().stream().anyMatch(k -> k.id() == id.value())
                    ? " (its line there is not loaded)" : ""));
      }
    }
    return Optional.of(new KeysFile(path, c.hostPath(), keys));
  }

  /** Adds the key ids that {@code d} uses to {@code ids}. */
  private static void addKeyIds(NtpDirective d, List<Value.IntValue> ids) {
    if (d instanceof TrustedKey t) {
      for (KeyRange r : t.keys()) {
        if (!r.isRange()) {
          ids.add(new Value.IntValue(r.first(), false, r.span()));
        }
      }
    } else if (d instanceof Setting s && (s.command() == NtpDirectiveKind.CONTROLKEY
        || s.command() == NtpDirectiveKind.REQUESTKEY)
        && s.value() instanceof Value.IntValue v) {
      ids.add(v);
    } else if (d instanceof Association a) {
      addKeyId(a.option(AssociationOption.KEY), ids);
    } else if (d instanceof Refclock r) {
      addKeyId(r.option(AssociationOption.KEY), ids);
    }
  }

  /**
   * Adds a {@code key} option's id. No lambdas: every server line of every check comes here, and
   * a short check links no lambda call site (issue 8, P1; ShortCheckLambdaTest).
   */
  private static void addKeyId(Optional<Option<AssociationOption>> key, List<Value.IntValue> ids) {
    if (key.isPresent() && key.get().value().isPresent()
        && key.get().value().get() instanceof Value.IntValue id) {
      ids.add(id);
    }
  }
}
