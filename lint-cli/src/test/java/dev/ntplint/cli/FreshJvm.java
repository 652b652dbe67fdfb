package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the test class path in a fresh JVM and reads back what it loaded. */
final class FreshJvm {

  private FreshJvm() {}

  /**
   * The classes (binary names, lambda classes as {@code Host$$Lambda$N/0x...}) a fresh JVM loads
   * running {@code mainClass} with these arguments; its log and output go to {@code dir}.
   */
  static List<String> loadedClasses(Path dir, String mainClass, String... args) throws Exception {
    Path log = Files.createTempFile(dir, "classes", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-Xlog:class+load=info:file=" + log,
        "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.txt").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the JVM finished").isTrue();
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .map(line -> line.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", ""))
        .map(line -> line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line)
        .toList();
  }
}
