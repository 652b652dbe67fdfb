package dev.ntplint.fs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * glibc's {@code glob(3)} (posix/glob.c), the parts chronyd reaches, on byte strings (see {@link
 * ConfinedFileSystem.Bytes}) and through a {@link ConfinedFileSystem}:
 *
 * <ul>
 *   <li>The pattern is split at its last slash. A directory part with wildcards is globbed first
 *       (recursively, keeping directories and symbolic links), then the last component is matched
 *       in each directory found. A directory part without wildcards is used as is (unescaped).
 *   <li>A last component without wildcards is not searched for: with {@code GLOB_NOMAGIC} (and a
 *       literal directory part) it is returned unchecked, otherwise it is returned when {@code
 *       lstat} finds it.
 *   <li>A last component with wildcards reads the directory ({@code .} and {@code ..} included)
 *       and keeps the names {@code fnmatch(FNM_PERIOD)} accepts. A directory that cannot be read
 *       aborts the search with {@code GLOB_ERR} unless the reason is {@code ENOTDIR}.
 *   <li>A pattern ending in a slash globs the pattern without it, with {@code GLOB_MARK}.
 *   <li>Matches are spelled directory part + {@code /} + name, except that the directory {@code
 *       /} gives {@code /name}; they are sorted by byte value unless {@code GLOB_NOSORT}.
 * </ul>
 */
final class Glob {

  /** GLOB_ABORTED. */
  static final class Abort extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient FsProblem problem;

    Abort(FsProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }

    FsProblem problem() {
      return problem;
    }
  }

  private static final int ERR = 1;
  private static final int NOMAGIC = 2;
  private static final int NOSORT = 4;
  private static final int MARK = 8;
  private static final int ONLYDIR = 16;

  private final ConfinedFileSystem fs;
  private final int topFlags;
  private final List<FsProblem> skipped = new ArrayList<>();

  Glob(ConfinedFileSystem fs, Set<GlobFlag> flags) {
    this.fs = fs;
    int f = 0;
    for (GlobFlag flag : flags) {
      switch (flag) {
        case ERR:
          f |= ERR;
          break;
        case NOMAGIC:
          f |= NOMAGIC;
          break;
        case NOSORT:
          f |= NOSORT;
          break;
        case MARK:
          f |= MARK;
          break;
        default:
          throw new AssertionError(flag);
      }
    }
    this.topFlags = f;
  }

  /** Paths that could not be looked into because they leave the root. */
  List<FsProblem> skipped() {
    return List.copyOf(skipped);
  }

  List<String> run(String pattern) throws Abort {
    return glob(pattern, topFlags);
  }

  private List<String> glob(String pattern, int flags) throws Abort {
    if (pattern.isEmpty()) {
      return List.of();
    }
    int slash = pattern.lastIndexOf('/');
    String dirname;
    String filename;
    int dirlen;
    if (slash < 0) {
      dirname = ".";
      dirlen = 0;
      filename = pattern;
    } else if (slash == 0) {
      dirname = "/";
      dirlen = 1;
      filename = pattern.substring(1);
    } else {
      dirname = pattern.substring(0, slash);
      dirlen = slash;
      filename = pattern.substring(slash + 1);
      if (filename.isEmpty() && dirlen > 1) {
        // "pattern/": expand "pattern", marking directories.
        return glob(dirname, flags | MARK | ONLYDIR);
      }
    }
    List<String> out = new ArrayList<>();
    int meta = FnMatch.patternType(dirname, true);
    if ((meta & (FnMatch.SPECIAL | FnMatch.BRACKET)) != 0) {
      List<String> dirs = glob(dirname, (flags & ERR) | NOSORT | ONLYDIR);
      for (String dir : dirs) {
        List<String> names = globInDir(filename, dir, flags & ~NOMAGIC);
        for (String name : names) {
          out.add(prefix(dir, name));
        }
      }
    } else {
      String dir = dirname;
      int f = flags;
      if ((meta & FnMatch.BACKSLASH) != 0) {
        dir = FnMatch.unescape(dirname);
        f &= ~NOMAGIC;
      }
      List<String> names = globInDir(filename, dir, f);
      for (String name : names) {
        out.add(dirlen > 0 ? prefix(dir, name) : name);
      }
    }
    if ((flags & MARK) != 0) {
      for (int i = 0; i < out.size(); i++) {
        String p = out.get(i);
        if (!p.endsWith("/") && fs.isDirectory(p)) {
          out.set(i, p + "/");
        }
      }
    }
    if ((flags & NOSORT) == 0) {
      out.sort(null); // byte strings: char order is unsigned byte order
    }
    return out;
  }

  /** glibc's prefix_array: DIR/NAME, or /NAME when DIR is "/". */
  private static String prefix(String dir, String name) {
    return dir.equals("/") ? "/" + name : dir + "/" + name;
  }

  private List<String> globInDir(String pattern, String directory, int flags) throws Abort {
    int meta = FnMatch.patternType(pattern, true);
    if (meta == FnMatch.NONE) {
      if ((flags & NOMAGIC) != 0) {
        return List.of(pattern); // returned without any test
      }
      FileKind kind = fs.lstatKind(directory + "/" + pattern, skipped);
      return kind != null ? List.of(pattern) : List.of();
    }
    ConfinedFileSystem.Listing listing = fs.list(directory);
    if (listing.problem() != null) {
      FsProblem problem = listing.problem();
      if (problem.kind() == FsProblem.Kind.NOT_A_DIRECTORY) {
        return List.of();
      }
      if ((flags & ERR) != 0) {
        throw new Abort(problem);
      }
      if (problem.kind() == FsProblem.Kind.OUTSIDE_ROOT) {
        skipped.add(problem);
      }
      return List.of();
    }
    List<String> names = new ArrayList<>(listing.names().size() + 2);
    names.add(".");
    names.add("..");
    names.addAll(listing.names());
    List<String> found = new ArrayList<>();
    for (String name : names) {
      if (!FnMatch.matches(pattern, name, false)) {
        continue;
      }
      if ((flags & ONLYDIR) != 0) {
        // glibc keeps DT_DIR, DT_LNK and DT_UNKNOWN entries; the next step sorts them out.
        FileKind kind = name.equals(".") || name.equals("..") ? FileKind.DIRECTORY
            : fs.lstatKind(directory + "/" + name, skipped);
        if (kind != FileKind.DIRECTORY && kind != FileKind.SYMLINK) {
          continue;
        }
      }
      found.add(name);
    }
    return found;
  }
}
