package dev.ntplint.chrony.include;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyDiagnosticCode;
import dev.ntplint.chrony.ChronyParseResult;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.IncludeDirective;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.fs.CByteOrder;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.fs.FileRead;
import dev.ntplint.fs.FsProblem;
import dev.ntplint.fs.GlobFlag;
import dev.ntplint.fs.GlobResult;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Word;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads a chrony.conf and everything it pulls in, as chronyd does (conf.c at 4.3 and HEAD):
 *
 * <ul>
 *   <li>{@code include PATTERN}: {@code glob(PATTERN, GLOB_NOMAGIC | GLOB_ERR)}; the matches are
 *       read in glob order (C byte order). A pattern without wildcards is opened as is: when that
 *       fails chronyd stops ({@code Could not open PATH}, CP300). A wildcard without match reads
 *       nothing; a wildcard whose directory cannot be read stops chronyd ({@code Could not search
 *       for files matching PATTERN}, CP301).
 *   <li>{@code confdir DIR...}: the {@code *.conf} files of every directory (wildcards in DIR are
 *       expanded by glob, but chronyd then only reads files whose path is DIR/NAME as written),
 *       ordered by basename in byte order across the directories; a basename present in several
 *       directories is read only from the earliest-listed one; missing directories are ignored.
 *   <li>{@code sourcedir DIR...}: the {@code *.sources} files, selected and ordered like {@code
 *       confdir} (none when the directive has no directory or more than 10). chronyd loads them
 *       when it starts, not while parsing, so they never make {@code chronyd -p} fail; they are
 *       parsed with {@link ChronyConf#parseSources} and listed for the rules.
 *   <li>Every file read by {@code include} or {@code confdir} adds a level; chronyd stops at the
 *       11th ({@code Maximum include level reached}, CP302), checked before the file is opened. A
 *       file that includes itself, directly or not, is reported once as a cycle (CP304, at the
 *       include that closes it) and not followed again (chronyd would loop until the level limit).
 *   <li>Relative paths are relative to the file system's working directory (chronyd's process
 *       working directory), never to the including file's directory.
 *   <li>A path leaving the {@code --root} directory is not followed (CP303). A directory, FIFO,
 *       device or too large file is not read (CP305: chronyd reads no lines from a directory and
 *       would block on a FIFO); a file chronyd could not open (missing, not permitted, a dangling
 *       link, a socket) is CP300, which rejects the configuration as chronyd does.
 * </ul>
 *
 * <p>Every diagnostic of following a directive points at the directive's argument that produced
 * the path (for confdir and sourcedir, the directory it came from) in the including file.
 *
 * <p>Unlike chronyd, which stops at the first error, the resolver follows every include directive
 * of every file, also after a line chronyd would reject, so that one run reports everything.
 */
public final class ChronyIncludeResolver {

  /** chronyd's {@code MAX_INCLUDE_LEVEL}: files nested at most this deep, counting the main file. */
  public static final int MAX_INCLUDE_LEVEL = 10;

  /** chronyd's {@code MAX_CONF_DIRS}: the most directories a confdir or sourcedir may list. */
  public static final int MAX_CONF_DIRS = 10;

  private final ConfinedFileSystem fs;
  private final ChronyVersion target;

  public ChronyIncludeResolver(ConfinedFileSystem fs, ChronyVersion target) {
    this.fs = Objects.requireNonNull(fs, "fs");
    this.target = Objects.requireNonNull(target, "target");
  }

  public ConfinedFileSystem fileSystem() {
    return fs;
  }

  public ChronyVersion target() {
    return target;
  }

  /**
   * Reads the main file at {@code mainPath} (a path as chronyd's {@code -f} takes it: inside the
   * root for a rooted file system, relative to its working directory if relative) and everything
   * it includes.
   *
   * @throws MainFileException when the main file cannot be read (missing, not permitted, not a
   *     regular file, too large, outside the root): there is nothing to lint, which is the
   *     caller's error, not a finding. Every problem with an included file is a diagnostic.
   */
  public ChronyConfigTree resolve(String mainPath) throws MainFileException {
    FileRead read = fs.readFile(mainPath);
    if (read instanceof FileRead.Refused refused) {
      throw new MainFileException(mainPath, refused.problem());
    }
    FileRead.Contents contents = (FileRead.Contents) read;
    return new Run().tree(SourceFile.of(mainPath, contents.bytes()), contents.realPath());
  }

  /**
   * Reads an already loaded main file (standard input, an editor buffer) and everything it
   * includes. Its name is used in messages; it cannot take part in an include cycle.
   */
  public ChronyConfigTree resolve(SourceFile main) {
    return new Run().tree(Objects.requireNonNull(main, "main"), null);
  }

  /**
   * Reads a main file the caller has already read from {@code realPath} (so that a file including
   * the main file is seen as a cycle), and everything it includes.
   */
  public ChronyConfigTree resolve(SourceFile main, Path realPath) {
    return new Run().tree(Objects.requireNonNull(main, "main"), realPath);
  }

  /** One file on the current chain of nested includes. */
  private record Frame(Path realPath, String displayPath) {}

  /** A file to read for a directive, and the argument it comes from. */
  private record Candidate(String path, Word word) {}

  /** The state of one resolution. */
  private final class Run {
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<Frame> chain = new ArrayList<>();

    ChronyConfigTree tree(SourceFile main, Path realPath) {
      IncludedFile root = read(main, realPath, 1);
      return new ChronyConfigTree(root, diagnostics.list());
    }

    private IncludedFile read(SourceFile file, Path realPath, int depth) {
      ChronyParseResult result = ChronyConf.parse(file, target);
      chain.add(new Frame(realPath, file.name()));
      List<Inclusion> inclusions = new ArrayList<>();
      // Tested in place: no list of the include directives per file (issue 8, P3).
      for (ChronyDirective directive : result.config().directives()) {
        if (directive instanceof IncludeDirective include) {
          inclusions.add(follow(include, depth));
        }
      }
      chain.remove(chain.size() - 1);
      return new IncludedFile(file.name(), result, depth, inclusions);
    }

    private Inclusion follow(IncludeDirective directive, int depth) {
      ChronyDirectiveKind kind = directive.directive();
      List<Candidate> candidates = new ArrayList<>();
      if (kind == ChronyDirectiveKind.INCLUDE) {
        globInclude(directive.paths().get(0), candidates);
      } else if (kind == ChronyDirectiveKind.CONFDIR) {
        searchDirs(directive.paths(), ".conf", candidates);
      } else if (kind == ChronyDirectiveKind.SOURCEDIR) {
        if (!directive.paths().isEmpty() && directive.paths().size() <= MAX_CONF_DIRS) {
          searchDirs(directive.paths(), ".sources", candidates);
        }
        return new Inclusion(directive, loadSources(candidates, depth + 1));
      }
      return new Inclusion(directive, include(candidates, depth + 1));
    }

    private void globInclude(Word pattern, List<Candidate> candidates) {
      GlobResult result = fs.glob(pattern.text());
      if (result instanceof GlobResult.Aborted aborted) {
        FsProblem problem = aborted.problem();
        if (problem.kind() == FsProblem.Kind.OUTSIDE_ROOT) {
          diagnostics.add(ChronyDiagnosticCode.INCLUDE_OUTSIDE_ROOT, pattern.span(),
              "`" + pattern.text() + "` is not searched: " + problem.message());
        } else {
          diagnostics.add(ChronyDiagnosticCode.INCLUDE_GLOB_FAILED, pattern.span(),
              "Could not search for files matching " + pattern.text() + " (" + problem.message()
                  + ")");
        }
        return;
      }
      GlobResult.Matches matches = (GlobResult.Matches) result;
      reportSkipped(matches.skipped(), pattern);
      for (String path : matches.paths()) {
        candidates.add(new Candidate(path, pattern));
      }
    }

    /** chronyd's search_dirs: DIR/*SUFFIX of every DIR, by basename, first directory wins. */
    private void searchDirs(List<Word> dirs, String suffix, List<Candidate> candidates) {
      Map<String, List<String>> byBasename = new TreeMap<>(CByteOrder.INSTANCE);
      for (Word dir : dirs) {
        GlobResult result = fs.glob(dir.text() + "/*" + suffix, EnumSet.of(GlobFlag.NOSORT));
        if (result instanceof GlobResult.Matches matches) {
          reportSkipped(matches.skipped(), dir);
          for (String path : matches.paths()) {
            byBasename.computeIfAbsent(basename(path), b -> new ArrayList<>()).add(path);
          }
        }
      }
      for (Map.Entry<String, List<String>> group : byBasename.entrySet()) {
        pick:
        for (Word dir : dirs) {
          String wanted = dir.text() + "/" + group.getKey();
          for (String path : group.getValue()) {
            if (path.equals(wanted)) {
              candidates.add(new Candidate(path, dir));
              break pick;
            }
          }
        }
      }
    }

    private void reportSkipped(List<FsProblem> skipped, Word word) {
      for (FsProblem problem : skipped) {
        diagnostics.add(ChronyDiagnosticCode.INCLUDE_OUTSIDE_ROOT, word.span(),
            "`" + problem.path() + "` is not searched: " + problem.detail());
      }
    }

    private List<IncludedFile> include(List<Candidate> candidates, int depth) {
      List<IncludedFile> files = new ArrayList<>();
      boolean depthReported = false;
      for (Candidate candidate : candidates) {
        FileRead read = fs.readFile(candidate.path());
        if (read instanceof FileRead.Contents contents) {
          int cycleStart = cycleStart(contents.realPath());
          if (cycleStart >= 0) {
            diagnostics.add(ChronyDiagnosticCode.INCLUDE_CYCLE, candidate.word().span(),
                "`" + candidate.path() + "` includes itself (" + chainText(cycleStart)
                    + " -> " + candidate.path() + "); chronyd would read it again and again until"
                    + " it fails with Maximum include level reached");
            continue;
          }
        }
        if (depth > MAX_INCLUDE_LEVEL) {
          if (!depthReported) {
            diagnostics.add(ChronyDiagnosticCode.INCLUDE_TOO_DEEP, candidate.word().span(),
                "Maximum include level reached: `" + candidate.path() + "` would be file "
                    + depth + " of the chain " + chainText(0) + " -> " + candidate.path()
                    + ", and chronyd reads at most " + MAX_INCLUDE_LEVEL
                    + " nested files (counting the main file)");
            depthReported = true;
          }
          continue;
        }
        if (read instanceof FileRead.Refused refused) {
          reportUnread(refused.problem(), candidate, false);
          continue;
        }
        FileRead.Contents contents = (FileRead.Contents) read;
        files.add(read(SourceFile.of(candidate.path(), contents.bytes()), contents.realPath(),
            depth));
      }
      return files;
    }

    private List<IncludedFile> loadSources(List<Candidate> candidates, int depth) {
      List<IncludedFile> files = new ArrayList<>();
      for (Candidate candidate : candidates) {
        FileRead read = fs.readFile(candidate.path());
        if (read instanceof FileRead.Refused refused) {
          reportUnread(refused.problem(), candidate, true);
          continue;
        }
        FileRead.Contents contents = (FileRead.Contents) read;
        SourceFile file = SourceFile.of(candidate.path(), contents.bytes());
        files.add(new IncludedFile(candidate.path(), ChronyConf.parseSources(file, target), depth,
            List.of()));
      }
      return files;
    }

    private void reportUnread(FsProblem problem, Candidate candidate, boolean sources) {
      String path = candidate.path();
      var span = candidate.word().span();
      switch (problem.kind()) {
        case OUTSIDE_ROOT:
          diagnostics.add(ChronyDiagnosticCode.INCLUDE_OUTSIDE_ROOT, span,
              "`" + path + "` is not followed: " + problem.detail());
          return;
        case IS_DIRECTORY:
          diagnostics.add(ChronyDiagnosticCode.INCLUDE_UNREADABLE, span,
              "`" + path + "` is a directory: chronyd opens it but reads "
                  + (sources ? "no sources" : "no lines") + " from it");
          return;
        case FIFO:
          diagnostics.add(ChronyDiagnosticCode.INCLUDE_UNREADABLE, span,
              "`" + path + "` is a FIFO (named pipe), not read: chronyd would block opening it"
                  + (sources ? " when it loads sources" : "") + " until something writes to it");
          return;
        case DEVICE:
        case OTHER_TYPE:
        case TOO_LARGE:
        case IO_ERROR:
          diagnostics.add(ChronyDiagnosticCode.INCLUDE_UNREADABLE, span,
              "`" + path + "` is not read: " + problem.detail());
          return;
        default:
          if (sources) {
            diagnostics.add(ChronyDiagnosticCode.INCLUDE_UNREADABLE, span,
                "Could not open " + path + " : " + problem.detail()
                    + " (chronyd logs this and skips the file when it loads sources)");
          } else {
            diagnostics.add(ChronyDiagnosticCode.INCLUDE_NOT_FOUND, span,
                "Could not open " + path + " : " + problem.detail());
          }
      }
    }

    /** The index in the chain of the file with this real path, or -1. */
    private int cycleStart(Path realPath) {
      for (int i = 0; i < chain.size(); i++) {
        if (realPath.equals(chain.get(i).realPath())) {
          return i;
        }
      }
      return -1;
    }

    private String chainText(int from) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i < chain.size(); i++) {
        if (sb.length() > 0) {
          sb.append(" -> ");
        }
        sb.append(chain.get(i).displayPath());
      }
      return sb.toString();
    }
  }

  private static String basename(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
