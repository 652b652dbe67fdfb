package dev.ntplint.chrony.include;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Include trees built in a temporary directory, shared by the resolver's own tests and by the
 * chronyd oracle test. Every path is relative to the tree (the working directory of both the
 * resolver and chronyd); every included file has a distinct line so the reading order shows.
 */
final class IncludeScenarios {

  private IncludeScenarios() {}

  /** Writes the tree and returns the main file's path (relative to the tree). */
  @FunctionalInterface
  interface Builder {
    String build(Path dir) throws IOException;
  }

  /**
   * A scenario.
   *
   * @param chronydError a fragment of chronyd's fatal message, or null when chronyd accepts
   */
  record Scenario(String name, Builder builder, String chronydError) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Scenario> all() {
    return List.of(
        new Scenario("glob order", IncludeScenarios::globOrder, null),
        new Scenario("confdir first dir wins", IncludeScenarios::confdirFirstWins, null),
        new Scenario("confdir spellings", IncludeScenarios::confdirSpellings, null),
        new Scenario("confdir wildcard dir", IncludeScenarios::confdirWildcardDir, null),
        new Scenario("sourcedir", IncludeScenarios::sourcedir, null),
        new Scenario("depth 10", dir -> chain(dir, 10), null),
        new Scenario("depth 11", dir -> chain(dir, 11), "Maximum include level reached"),
        new Scenario("depth 11 via confdir", IncludeScenarios::depth11ViaConfdir,
            "Maximum include level reached"),
        new Scenario("missing file at depth 11", IncludeScenarios::missingAtDepth11,
            "Maximum include level reached"),
        new Scenario("self include", IncludeScenarios::selfInclude,
            "Maximum include level reached"),
        new Scenario("indirect cycle", IncludeScenarios::indirectCycle,
            "Maximum include level reached"),
        new Scenario("missing file", IncludeScenarios::missingFile,
            "Could not open missing.conf : No such file or directory"),
        new Scenario("wildcard no match", IncludeScenarios::wildcardNoMatch, null),
        new Scenario("missing wildcard dir", IncludeScenarios::missingWildcardDir,
            "Could not search for files matching nodir/*.conf"),
        new Scenario("relative paths vs cwd", IncludeScenarios::relativeVsCwd, null),
        new Scenario("directory include", IncludeScenarios::directoryInclude, null),
        new Scenario("dangling link via wildcard", IncludeScenarios::danglingLink,
            "Could not open links/dangling.conf : No such file or directory"),
        new Scenario("symlink loop", IncludeScenarios::symlinkLoop,
            "Too many levels of symbolic links"),
        new Scenario("socket", IncludeScenarios::socket, "No such device or address"),
        new Scenario("not a directory", IncludeScenarios::notADirectory, "Not a directory"),
        new Scenario("same file twice", IncludeScenarios::sameFileTwice, null),
        new Scenario("pattern spellings", IncludeScenarios::patternSpellings, null),
        new Scenario("device", IncludeScenarios::device, null),
        new Scenario("10,000-file confdir", dir -> bigConfdir(dir, 10_000), null));
  }

  static void write(Path dir, String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  static String globOrder(Path dir) throws IOException {
    write(dir, "main.conf", "maxdistance 1\ninclude conf.d/*.conf\nmaxdistance 2\n");
    write(dir, "conf.d/10.conf", "maxdistance 10\n");
    write(dir, "conf.d/9.conf", "maxdistance 9\n");
    write(dir, "conf.d/B.conf", "maxdistance 11\n");
    write(dir, "conf.d/_x.conf", "maxdistance 12\n");
    write(dir, "conf.d/a.conf", "maxdistance 13\n");
    write(dir, "conf.d/.hidden.conf", "maxdistance 99\n");
    write(dir, "conf.d/notes.txt", "maxdistance 98\n");
    return "main.conf";
  }

  static String confdirFirstWins(Path dir) throws IOException {
    write(dir, "main.conf", "server host-start\nconfdir d1 missing d2 d3\nserver host-end\n");
    write(dir, "d1/b.conf", "server host-d1-b\n");
    write(dir, "d1/x.conf", "server host-d1-x\n");
    write(dir, "d2/a.conf", "server host-d2-a\n");
    write(dir, "d2/b.conf", "server host-d2-b\n");
    write(dir, "d2/Z.conf", "server host-d2-Z\n");
    write(dir, "d2/x.conf", "server host-d2-x\n");
    write(dir, "d3/a.conf", "server host-d3-a\n");
    write(dir, "d3/c.conf", "server host-d3-c\n");
    write(dir, "d3/c.conf.bak", "server host-d3-bak\n");
    write(dir, "d3/.h.conf", "server host-d3-hidden\n");
    return "main.conf";
  }

  /** A trailing slash, ./ and a repeated directory: only DIR/NAME as written is read. */
  static String confdirSpellings(Path dir) throws IOException {
    write(dir, "main.conf", "confdir d1/ ./d2 d1\n");
    write(dir, "d1/a.conf", "maxdistance 1\n");
    write(dir, "d2/a.conf", "maxdistance 2\n");
    write(dir, "d2/b.conf", "maxdistance 3\n");
    return "main.conf";
  }

  /** chronyd globs DIR/*.conf but reads only paths starting with DIR as written: nothing here. */
  static String confdirWildcardDir(Path dir) throws IOException {
    write(dir, "main.conf", "maxdistance 1\nconfdir d*\n");
    write(dir, "d1/a.conf", "maxdistance 2\n");
    return "main.conf";
  }

  static String sourcedir(Path dir) throws IOException {
    write(dir, "main.conf",
        "server main.example iburst\nsourcedir sources.d extra.d\nmaxdistance 3\n");
    write(dir, "sources.d/a.sources", "server a1.example iburst\nmaxdistance 4\n");
    write(dir, "sources.d/b.sources", "pool b1.example\n");
    write(dir, "extra.d/b.sources", "server b2.example\n");
    write(dir, "extra.d/0.sources", "server 0.example\nserver bad.example bogusoption\n");
    write(dir, "sources.d/c.conf", "server not-a-sources-file.example\n");
    return "main.conf";
  }

  /** main.conf includes l2.conf, which includes l3.conf... down to l{levels}.conf. */
  static String chain(Path dir, int levels) throws IOException {
    for (int i = 1; i <= levels; i++) {
      String name = i == 1 ? "main.conf" : "chain/l" + i + ".conf";
      String next = i < levels ? "include chain/l" + (i + 1) + ".conf\n" : "";
      write(dir, name, "maxdistance " + i + "\n" + next + "maxjitter " + i + "\n");
    }
    return "main.conf";
  }

  static String depth11ViaConfdir(Path dir) throws IOException {
    String main = chain(dir, 10);
    write(dir, "chain/l10.conf", "maxdistance 10\nconfdir deep\n");
    write(dir, "deep/a.conf", "maxdistance 11\n");
    write(dir, "deep/b.conf", "maxdistance 12\n");
    return main;
  }

  static String missingAtDepth11(Path dir) throws IOException {
    String main = chain(dir, 10);
    write(dir, "chain/l10.conf", "maxdistance 10\ninclude chain/missing.conf\n");
    return main;
  }

  static String selfInclude(Path dir) throws IOException {
    write(dir, "main.conf", "maxdistance 1\ninclude main.conf\n");
    return "main.conf";
  }

  static String indirectCycle(Path dir) throws IOException {
    write(dir, "main.conf", "maxdistance 1\ninclude a.conf\n");
    write(dir, "a.conf", "maxdistance 2\ninclude sub/b.conf\n");
    write(dir, "sub/b.conf", "maxdistance 3\ninclude a*.conf\n");
    return "main.conf";
  }

  static String missingFile(Path dir) throws IOException {
    write(dir, "main.conf", "maxdistance 1\ninclude missing.conf\n");
    return "main.conf";
  }

  static String wildcardNoMatch(Path dir) throws IOException {
    write(dir, "main.conf", "maxdistance 1\ninclude conf.d/*.nothing\nmaxdistance 2\n");
    write(dir, "conf.d/a.conf", "maxdistance 3\n");
    return "main.conf";
  }

  static String missingWildcardDir(Path dir) throws IOException {
    write(dir, "main.conf", "maxdistance 1\ninclude nodir/*.conf\n");
    return "main.conf";
  }

  /** Relative paths are relative to the working directory: etc/sub/*.conf are decoys. */
  static String relativeVsCwd(Path dir) throws IOException {
    write(dir, "etc/main.conf", "include sub/a.conf\nconfdir etc/chrony\n");
    write(dir, "sub/a.conf", "maxdistance 1\ninclude sub/b.conf\n");
    write(dir, "sub/b.conf", "maxdistance 2\n");
    write(dir, "etc/sub/a.conf", "maxdistance 91\n");
    write(dir, "etc/sub/b.conf", "maxdistance 92\n");
    write(dir, "etc/chrony/c.conf", "maxdistance 3\n");
    return "etc/main.conf";
  }

  static String directoryInclude(Path dir) throws IOException {
    write(dir, "main.conf", "maxdistance 1\ninclude conf.d\ninclude conf.d/\nmaxdistance 2\n");
    write(dir, "conf.d/a.conf", "maxdistance 3\n");
    return "main.conf";
  }

  static String danglingLink(Path dir) throws IOException {
    write(dir, "main.conf", "maxdistance 1\ninclude links/*.conf\n");
    write(dir, "links/a.conf", "maxdistance 2\n");
    Files.createSymbolicLink(dir.resolve("links/dangling.conf"), Path.of("nowhere.conf"));
    return "main.conf";
  }

  static String symlinkLoop(Path dir) throws IOException {
    write(dir, "main.conf", "include loop1.conf\n");
    Files.createSymbolicLink(dir.resolve("loop1.conf"), Path.of("loop2.conf"));
    Files.createSymbolicLink(dir.resolve("loop2.conf"), Path.of("loop1.conf"));
    return "main.conf";
  }

  /** A socket cannot be opened (ENXIO). The socket file stays after the channel is closed. */
  static String socket(Path dir) throws IOException {
    write(dir, "main.conf", "include sock\n");
    try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.bind(UnixDomainSocketAddress.of(dir.resolve("sock")));
    }
    return "main.conf";
  }

  static String notADirectory(Path dir) throws IOException {
    write(dir, "main.conf", "include a.conf/x\n");
    write(dir, "a.conf", "maxdistance 1\n");
    return "main.conf";
  }

  static String sameFileTwice(Path dir) throws IOException {
    write(dir, "main.conf", "include a.conf\ninclude ./a.conf\nconfdir conf.d\ninclude conf.d/*\n");
    write(dir, "a.conf", "maxdistance 1\n");
    write(dir, "conf.d/a.conf", "maxdistance 2\n");
    return "main.conf";
  }

  /** A trailing slash on a file, an escaped character, a ? and a bracket. */
  static String patternSpellings(Path dir) throws IOException {
    write(dir, "main.conf", "include conf.d/a.conf/\ninclude conf.d/\\b.conf\n"
        + "include conf.d/?.conf\ninclude conf.d/[!a].conf\nInclude conf.d/[[:upper:]]*\n");
    write(dir, "conf.d/a.conf", "maxdistance 1\n");
    write(dir, "conf.d/b.conf", "maxdistance 2\n");
    write(dir, "conf.d/C.conf", "maxdistance 3\n");
    return "main.conf";
  }

  /** A character device opens and reads nothing for chronyd; the resolver does not read it. */
  static String device(Path dir) throws IOException {
    write(dir, "main.conf", "maxdistance 1\ninclude /dev/null\nmaxdistance 2\n");
    return "main.conf";
  }

  static String bigConfdir(Path dir, int count) throws IOException {
    write(dir, "main.conf", "confdir big\n");
    Path big = Files.createDirectories(dir.resolve("big"));
    for (int i = 0; i < count; i++) {
      Files.writeString(big.resolve("f" + i + ".conf"), "maxdistance " + i + "\n");
    }
    return "main.conf";
  }
}
