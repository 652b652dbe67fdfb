package dev.ntplint.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the files a configuration refers to, and loading each once per batch. */
class FileLoaderTest {

  @TempDir
  Path dir;

  @Test
  void onceAsksItsLoaderOncePerPathAndGivesTheSameAnswerAfter() {
    List<String> asked = new ArrayList<>();
    FileLoader counting = new FileLoader() {
      @Override
      public Optional<SourceFile> load(String path) {
        asked.add(path);
        return path.endsWith("missing") ? Optional.empty()
            : Optional.of(SourceFile.of(path, ("1 MD5 " + asked.size() + "\n")
                .getBytes(StandardCharsets.US_ASCII)));
      }
    };
    FileLoader once = FileLoader.once(counting);

    Optional<SourceFile> first = once.load("/etc/chrony/chrony.keys");
    Optional<SourceFile> again = once.load("/etc/chrony/chrony.keys");
    Optional<SourceFile> other = once.load("/etc/other.keys");
    Optional<SourceFile> missing = once.load("/etc/missing");
    Optional<SourceFile> missingAgain = once.load("/etc/missing");

    assertThat(asked).containsExactly("/etc/chrony/chrony.keys", "/etc/other.keys", "/etc/missing");
    assertThat(again.orElseThrow()).isSameAs(first.orElseThrow());
    assertThat(other.orElseThrow().latin1()).isEqualTo("1 MD5 2\n");
    assertThat(missing).isEmpty();
    assertThat(missingAgain).isEmpty();
  }

  @Test
  void onceOverAFileSystemKeepsTheStateItFirstRead() throws Exception {
    Path keys = dir.resolve("chrony.keys");
    Files.writeString(keys, "1 MD5 first\n");
    FileLoader plain = FileLoader.of(ConfinedFileSystem.unconfined(dir));
    FileLoader once = FileLoader.once(plain);

    assertThat(once.load("chrony.keys").orElseThrow().latin1()).isEqualTo("1 MD5 first\n");
    Files.writeString(keys, "1 MD5 second\n");
    assertThat(once.load("chrony.keys").orElseThrow().latin1()).isEqualTo("1 MD5 first\n");
    assertThat(plain.load("chrony.keys").orElseThrow().latin1()).isEqualTo("1 MD5 second\n");
    assertThat(once.load("absent.keys")).isEmpty();
  }
}
