package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a fresh JVM and reads back what it loaded or
 * initialised.
 */
final class FreshJvm {

  private FreshJvm() {}

  /**
   * The classes (binary names, lambda classes as {@code Host$$Lambda$N/0x...}) a fresh JVM loads
   * running {@code mainClass} with these arguments; its log and output go to {@code dir}.
   */
  static List<String> loadedClasses(Path dir, String mainClass, String... args) throws Exception {
    return log(dir, "class+load", mainClass, args).stream()
        .map(line -> line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line)
        .toList();
  }

  /**
   * The classes (binary names) whose initialisers a fresh JVM runs, in order, running
   * {@code mainClass} with these arguments.
   */
  static List<String> initialisedClasses(Path dir, String mainClass, String... args)
      throws Exception {
    // Lines such as: 390 Initializing 'dev/ntplint/chrony/ChronyVersion' (0x00007f4c8c000c58)
    return log(dir, "class+init", mainClass, args).stream()
        .filter(line -> line.contains(" Initializing '"))
        .map(line -> line.substring(line.indexOf('\'') + 1, line.lastIndexOf('\''))
            .replace('/', '.'))
        .toList();
  }

  /** The JVM's log of {@code tags} (its decorations cut), running the main class. */
  private static List<String> log(Path dir, String tags, String mainClass, String... args)
      throws Exception {
    Path log = Files.createTempFile(dir, "jvm", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-Xlog:" + tags + "=info:file=" + log,
        "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.txt").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the JVM finished").isTrue();
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .map(line -> line.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", ""))
        .toList();
  }
}
