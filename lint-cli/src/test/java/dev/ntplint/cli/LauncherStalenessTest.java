package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ntplint} launcher rebuilds the jar when anything that goes into it changed, and only
 * then: its staleness check looks at the main sources, the CDS training files and the poms, not
 * at the tests (walking lib/src/test cost ~20 ms of CPU on every pre-commit run, issue 8). Runs
 * the real launcher in a copy of the repository's layout, with {@code mvn} and {@code java}
 * replaced by scripts that record their calls. It also picks the JVM's compiler threads and
 * collector per invocation ({@link #aFewNamedFilesRunAsAShortRunAnythingElseAsABatch}) and records
 * the AppCDS archive; {@code LauncherArchiveIT} runs it with the real JVM on the built jar.
 */
class LauncherStalenessTest {

  private static final Path LAUNCHER = Path.of("..", "ntplint");
  private static final FileTime BUILT = FileTime.fromMillis(1_700_000_000_000L);
  private static final FileTime LATER = FileTime.fromMillis(1_700_000_060_000L);
  /** What the fake java records as the classes a training run loaded. */
  private static final List<String> CLASS_LIST = List.of("java/lang/Object", "dev/ntplint/A",
      "@lambda-proxy dev/ntplint/A apply ()Ljava/util/function/Function;",
      "@lambda-proxy dev/ntplint/A apply ()Ljava/util/function/Function;");

  /** What the fake {@code jar tf} lists: ntplint's classes, one the training loaded, others. */
  private static final List<String> JAR_ENTRIES = List.of("META-INF/MANIFEST.MF", "dev/ntplint/",
      "dev/ntplint/A.class", "dev/ntplint/rules/Rare$Holder.class", "picocli/CommandLine.class",
      "dev/ntplint/B.class");

  @TempDir
  Path top;

  @ParameterizedTest
  @ValueSource(strings = {"grammar/src/main/antlr4/Chrony.g4", "lib/src/main/java/A.java",
      "lib/src/main/resources/r.txt", "lint-cli/src/main/java/B.java",
      "lint-cli/src/cds-training/chrony.conf", "pom.xml", "grammar/pom.xml", "lib/pom.xml",
      "lint-cli/pom.xml"})
  void aChangeToAnInputOfTheJarRebuildsIt(String changed) throws Exception {
    layOut();
    Files.setLastModifiedTime(top.resolve(changed), LATER);
    assertThat(run()).contains("mvn ");
    assertThat(run()).as("built once: the jar is current again").doesNotContain("mvn ");
  }

  @Test
  void nothingNewerOrOnlyTestsChangedRunsWithoutBuilding() throws Exception {
    layOut();
    assertThat(run()).doesNotContain("mvn ").contains("java ");
    Files.setLastModifiedTime(top.resolve("lib/src/test/java/ATest.java"), LATER);
    Files.setLastModifiedTime(top.resolve("lint-cli/src/test/java/BTest.java"), LATER);
    assertThat(run()).doesNotContain("mvn ").contains("java ");
  }

  @Test
  void aNewSourceFileRebuildsTheJar() throws Exception {
    layOut();
    Path added = top.resolve("lib/src/main/java/C.java");
    Files.writeString(added, "new");
    Files.setLastModifiedTime(added, BUILT);
    assertThat(run()).contains("mvn ");
  }

  @Test
  void aMissingJarIsBuilt() throws Exception {
    layOut();
    Files.delete(top.resolve("lint-cli/target/ntplint.jar"));
    assertThat(run()).contains("mvn ");
  }

  /**
   * In a clone that pre-commit or prek made for its hook (under its cache directory), nothing
   * edits the sources: only a missing jar is built, and no input is looked at (issue 8, P1).
   * Anywhere else, the same change rebuilds.
   */
  @Test
  void aHookManagersPinnedCloneBuildsOnlyAMissingJar() throws Exception {
    layOut();
    Files.setLastModifiedTime(top.resolve("lib/src/main/java/A.java"), LATER);
    String cache = top.getParent().toString();
    for (Map<String, String> hookCache : List.of(Map.of("PRE_COMMIT_HOME", cache),
        Map.of("PREK_HOME", cache),
        Map.of("XDG_CACHE_HOME", top.resolve("cache").toString(), "HOME", "/nonexistent"))) {
      // The last one puts the caches elsewhere: the checkout is not in them.
      boolean pinned = !hookCache.containsKey("XDG_CACHE_HOME");
      String calls = run(hookCache, "check", "x.conf");
      assertThat(calls).as("%s", hookCache).contains("java ");
      assertThat(calls.contains("mvn ")).as("%s", hookCache).isEqualTo(!pinned);
      Files.setLastModifiedTime(top.resolve("lint-cli/target/ntplint.jar"), BUILT);
    }
    Path home = Files.createDirectories(top.resolve("home"));
    Files.createDirectories(home.resolve(".cache"));
    assertThat(run(Map.of("HOME", home.toString()), "check", "x.conf"))
        .as("the default cache (~/.cache/pre-commit) is not where the checkout is")
        .contains("mvn ");
    Files.setLastModifiedTime(top.resolve("lint-cli/target/ntplint.jar"), BUILT);
    Files.delete(top.resolve("lint-cli/target/ntplint.jar"));
    assertThat(run(Map.of("PRE_COMMIT_HOME", cache), "check", "x.conf")).contains("mvn ");
  }

  /**
   * One JIT compiler thread for a check of a few files (or a small tree, or standard input) named
   * on the command line with the check options PlainCheck reads (the pre-commit and editor forms,
   * issue 8, P1); the JVM's default two for anything that may be a batch or goes to picocli.
   */
  @Test
  void aFewNamedFilesRunAsAShortRunAnythingElseAsABatch() throws Exception {
    layOut();
    for (String name : List.of("a.conf", "b.conf", "c.conf", "d.conf", "e.conf")) {
      Files.writeString(top.resolve(name), "server ntp.example.com iburst\n");
    }
    String oneCompiler = "-XX:CICompilerCount=1 -XX:CompileThresholdScaling=";
    String serialCollector = "-XX:+UseSerialGC";
    assertThat(run("check", "a.conf")).contains(oneCompiler).doesNotContain(serialCollector);
    assertThat(run("a.conf")).contains(oneCompiler).doesNotContain(serialCollector);
    assertThat(run("check", "a.conf", "b.conf", "c.conf", "d.conf")).contains(oneCompiler)
        .doesNotContain(serialCollector);

    // Compile thresholds ten times the default for 8 KiB or less in all, three times above.
    String small = oneCompiler + "10 ";
    String large = oneCompiler + "3 ";
    Files.writeString(top.resolve("f.conf"), "#".repeat(8191) + "\n");
    Files.writeString(top.resolve("g.conf"), "#".repeat(8192) + "\n");
    // 4,000 two-byte characters and 193 bytes more: bytes are counted, whatever the locale.
    Files.writeString(top.resolve("h.conf"), "#" + "\u00e9".repeat(4000) + "#".repeat(191) + "\n");
    assertThat(run("check", "a.conf")).contains(small).doesNotContain(large);
    assertThat(run("f.conf")).as("8,192 bytes").contains(small);
    assertThat(run("g.conf")).as("8,193 bytes").contains(large).doesNotContain(small);
    assertThat(run("check", "a.conf", "f.conf")).as("8,222 bytes in two files").contains(large);
    assertThat(run("h.conf")).as("8,193 bytes in 4,193 characters").contains(large);
    assertThat(run("check", "a.conf", "b.conf", "c.conf", "d.conf", "e.conf"))
        .contains("java ", serialCollector).doesNotContain(oneCompiler);
    // A directory is counted by its files: lib holds 4 (a short check, sizes not added up); with
    // a fifth, or with a file named beside it, it may be a batch.
    assertThat(run("check", "lib")).as("a small tree").contains(large).doesNotContain(small);
    assertThat(run("check", "lib", "a.conf")).as("5 files in all").doesNotContain(oneCompiler);
    Files.writeString(top.resolve("lib/src/main/java/More.java"), "more");
    assertThat(run("check", "lib")).as("a directory of 5 files").contains("java ")
        .doesNotContain(oneCompiler);
    assertThat(run("check", "missing.conf")).contains("java ").doesNotContain(oneCompiler);
    assertThat(run("check", "--format=json", "a.conf")).as("a check option, as PlainCheck")
        .contains(oneCompiler);
    assertThat(run("-f", "json", "--no-config", "a.conf", "b.conf")).contains(oneCompiler);
    assertThat(run("check", "--bogus", "a.conf")).contains("java ").doesNotContain(oneCompiler);
    assertThat(run("check", "a.conf", "-f")).as("no value").doesNotContain(oneCompiler);
    assertThat(run("check", "-o", "-", "a.conf")).doesNotContain(oneCompiler);
    assertThat(run("check", "--format=@f", "a.conf")).doesNotContain(oneCompiler);
    assertThat(run("check", "--debug", "a.conf")).doesNotContain(oneCompiler);
    assertThat(run("check", "--no-config")).as("no file").doesNotContain(oneCompiler);
    assertThat(run("check", "@a.conf")).contains("java ").doesNotContain(oneCompiler);
    assertThat(run("check", "--stdin-filename", "chrony.conf", "-")).as("standard input, of"
        + " unknown size").contains(large).doesNotContain(small);
    assertThat(run("rules")).contains("java ").doesNotContain(oneCompiler);
    assertThat(run("check")).contains("java ").doesNotContain(oneCompiler);
    assertThat(run("check", "lib")).as("a batch collects with Serial").contains(serialCollector);
  }

  /**
   * The launcher takes a check option for the short form exactly when ntplint reads it without
   * picocli ({@link PlainCheck}): every option of the check command, under each of its names, in
   * both forms.
   */
  @Test
  void theShortFormTakesTheOptionsPlainCheckTakes() throws Exception {
    layOut();
    Files.writeString(top.resolve("a.conf"), "server ntp.example.com iburst\n");
    int options = 0;
    for (java.lang.reflect.Field field : CheckCommand.class.getDeclaredFields()) {
      picocli.CommandLine.Option option = field.getAnnotation(picocli.CommandLine.Option.class);
      if (option == null) {
        continue;
      }
      boolean flag = field.getType() == boolean.class;
      String value = field.getType() == int.class || field.getType() == long.class ? "3" : "x";
      for (String name : option.names()) {
        List<String[]> forms = flag ? List.<String[]>of(new String[] {"check", name, "a.conf"})
            : List.of(new String[] {"check", name, value, "a.conf"},
                new String[] {"check", name + "=" + value, "a.conf"});
        for (String[] form : forms) {
          boolean plain = PlainCheck.command(new NtplintMain(), form, null) != null;
          assertThat(run(form).contains("-XX:CICompilerCount=1")).as(String.join(" ", form))
              .isEqualTo(plain);
          options++;
        }
      }
    }
    assertThat(options).isGreaterThan(30);
  }

  /** A directory of 2,000 files or more compiles with lower thresholds; fewer files do not. */
  @Test
  void aFleetOfFilesCompilesSooner() throws Exception {
    layOut();
    String sooner = "-XX:CompileThresholdScaling=0.3";
    Path fleet = top.resolve("fleet");
    for (int i = 0; i < 1999; i++) {
      Path host = fleet.resolve("host" + i / 100);
      Files.createDirectories(host);
      Files.writeString(host.resolve(i + ".conf"), "server ntp.example.com\n");
    }
    assertThat(run("check", "fleet")).contains("java ", "-XX:+UseSerialGC")
        .doesNotContain(sooner);
    Files.writeString(top.resolve("one.conf"), "server ntp.example.com\n");
    assertThat(run("check", "fleet", "one.conf")).as("a named file is not counted")
        .doesNotContain(sooner);
    Files.writeString(fleet.resolve("the2000th.conf"), "server ntp.example.com\n");
    assertThat(run("check", "fleet")).contains("java ", sooner);
    assertThat(run("convert", "--to", "chrony", "fleet")).contains("java ", sooner);
    Files.createDirectories(top.resolve("more"));
    Files.writeString(top.resolve("more/x.conf"), "server ntp.example.com\n");
    Files.delete(fleet.resolve("the2000th.conf"));
    assertThat(run("check", "fleet", "more")).as("two directories, 2,000 files together")
        .contains(sooner);
    assertThat(run("check", "one.conf")).doesNotContain(sooner);
  }

  /**
   * The first run after a build records the classes of a plain check and of one through picocli
   * (an option) over the training files, dumps a static archive of both lists and then maps it;
   * later runs map it without recording again. Nothing of the recording is left behind.
   */
  @Test
  void theFirstRunAfterABuildDumpsAStaticArchiveOfBothPathsThatLaterRunsMap() throws Exception {
    layOut();
    String first = run();
    Path target = top.resolve("lint-cli/target");
    String training = top.resolve("lint-cli/src/cds-training") + "/chrony.conf";
    List<String> calls = first.lines().toList();
    assertThat(calls).hasSize(4);
    assertThat(calls.get(0)).contains("-XX:DumpLoadedClassList=", "check " + training)
        .doesNotContain("--format");
    assertThat(calls.get(1)).contains("-XX:DumpLoadedClassList=", "check --format=sarif -- "
        + training);
    assertThat(calls.get(2)).startsWith("java -Xshare:dump -XX:SharedClassListFile=")
        .contains("-cp " + target.resolve("ntplint.jar"));
    assertThat(calls.get(3)).contains("-XX:SharedArchiveFile=" + target.resolve("ntplint.jsa"),
        "check x.conf");
    // The class path and the main class, never -jar: with -jar the java launcher opens the jar
    // to read its manifest on every run, which the archive otherwise spares (issue 8, P1).
    String onClassPath = "-cp " + target.resolve("ntplint.jar") + " dev.ntplint.cli.NtplintMain ";
    assertThat(List.of(calls.get(0), calls.get(1), calls.get(3)))
        .allSatisfy(call -> assertThat(call).contains(onClassPath).doesNotContain("-jar"));
    List<String> dumped = new java.util.ArrayList<>(CLASS_LIST);
    dumped.add("picocli/CommandLine");
    dumped.add("dev/ntplint/rules/Rare$Holder");
    dumped.add("dev/ntplint/B");
    assertThat(Files.readAllLines(target.resolve("ntplint.jsa")))
        .as("the plain list whole (both call sites of the lambda), then what only picocli loaded,"
            + " then the jar's own classes that neither loaded")
        .isEqualTo(dumped);
    try (var left = Files.list(target)) {
      assertThat(left.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder("ntplint.jar", "ntplint.jsa");
    }
    assertThat(run().lines()).as("the archive is current: mapped, not recorded again")
        .singleElement().asString()
        .contains("-XX:SharedArchiveFile=" + target.resolve("ntplint.jsa"));
  }

  /** The repository's layout, every file dated BUILT, the jar too. */
  private void layOut() throws Exception {
    Files.copy(LAUNCHER, top.resolve("ntplint"));
    for (String file : List.of("grammar/src/main/antlr4/Chrony.g4", "lib/src/main/java/A.java",
        "lib/src/main/resources/r.txt", "lib/src/test/java/ATest.java",
        "lint-cli/src/main/java/B.java", "lint-cli/src/test/java/BTest.java",
        "lint-cli/src/cds-training/chrony.conf", "pom.xml", "grammar/pom.xml", "lib/pom.xml",
        "lint-cli/pom.xml", "lint-cli/target/ntplint.jar")) {
      Path path = top.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, file);
      Files.setLastModifiedTime(path, BUILT);
    }
    // Directories too: find -newer sees a directory whose entries changed (a file added).
    try (var paths = Files.walk(top)) {
      for (Path path : paths.filter(Files::isDirectory).toList()) {
        Files.setLastModifiedTime(path, BUILT);
      }
    }
    Path bin = Files.createDirectories(top.resolve("bin"));
    // mvn "builds" by touching the jar, as the real build does; java records its call and writes
    // the class list and the static archive it is asked for, as the real one does.
    fakeCommand(bin, "mvn", "touch \"$PWD/lint-cli/target/ntplint.jar\"");
    // Not recorded among the calls: it only lists the (empty) jar's entries.
    Path jar = bin.resolve("jar");
    Files.writeString(jar, "#!/bin/sh\nprintf '%s\\n' " + String.join(" ", JAR_ENTRIES.stream()
        .map(entry -> "'" + entry + "'").toList()) + "\n");
    Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rwxr-xr-x"));
    // The lists hold a lambda written at two call sites (two identical lines), and the picocli
    // run one class more; the "archive" is the list it was dumped from.
    fakeCommand(bin, "java", String.join("\n",
        "dump= list= picocli=",
        "for a in \"$@\"; do",
        "  case $a in",
        "    -Xshare:dump) dump=1 ;;",
        "    -XX:SharedClassListFile=*) list=${a#*=} ;;",
        "    --format=*) picocli=1 ;;",
        "  esac",
        "done",
        "for a in \"$@\"; do",
        "  case $a in",
        "    -XX:DumpLoadedClassList=*)",
        "      printf '%s\\n' " + String.join(" ", CLASS_LIST.stream()
            .map(line -> "'" + line + "'").toList()) + " >\"${a#*=}\"",
        "      [ -n \"$picocli\" ] && echo picocli/CommandLine >>\"${a#*=}\" ;;",
        "    -XX:SharedArchiveFile=*) [ -n \"$dump\" ] && cat \"$list\" >\"${a#*=}\" ;;",
        "  esac",
        "done"));
  }

  private void fakeCommand(Path bin, String name, String action) throws Exception {
    Path script = bin.resolve(name);
    Files.writeString(script, "#!/bin/sh\necho \"" + name + " $*\" >>\"" + top.resolve("calls")
        + "\"\n" + action + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Runs the launcher once on {@code check x.conf}; returns the commands it ran. */
  private String run() throws Exception {
    return run("check", "x.conf");
  }

  /** Runs the launcher once, in {@link #top}, with these arguments; returns the commands it ran. */
  private String run(String... args) throws Exception {
    return run(Map.of(), args);
  }

  /**
   * Runs the launcher once, in {@link #top}, with these arguments and environment variables (over
   * the test's own, without those that say where a hook manager clones); returns the commands it
   * ran.
   */
  private String run(Map<String, String> environment, String... args) throws Exception {
    Path calls = top.resolve("calls");
    Files.deleteIfExists(calls);
    List<String> command = new java.util.ArrayList<>(List.of("bash",
        top.resolve("ntplint").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(top.toFile())
        .redirectErrorStream(true)
        .redirectOutput(top.resolve("out.txt").toFile());
    builder.environment().put("PATH",
        top.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().keySet().removeAll(List.of("PRE_COMMIT_HOME", "PREK_HOME",
        "XDG_CACHE_HOME"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
    return Files.exists(calls) ? Files.readString(calls) : "";
  }
}
