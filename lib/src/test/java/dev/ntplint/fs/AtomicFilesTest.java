package dev.ntplint.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic replacement of a file's contents; stand-in contents for a file system view. */
class AtomicFilesTest {

  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replacesTheBytesAndKeepsTheMode() throws IOException {
    Path file = Files.write(dir.resolve("chrony.conf"), "old\r\n".getBytes());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.replace(file, "new\r\n".getBytes());
    assertThat(file).hasBinaryContent("new\r\n".getBytes());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    assertThat(names()).containsExactly("chrony.conf");
  }

  @Test
  void writesThroughASymbolicLink() throws IOException {
    Path target = Files.write(dir.resolve("real.conf"), "old\n".getBytes());
    Path link = Files.createSymbolicLink(dir.resolve("chrony.conf"), Path.of("real.conf"));
    AtomicFiles.replace(link, "new\n".getBytes());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).hasBinaryContent("new\n".getBytes());
    assertThat(names()).containsExactly("chrony.conf", "real.conf");
  }

  @Test
  void leavesNothingBehindWhenItCannotWrite() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("chrony.d"));
    assertThatThrownBy(() -> AtomicFiles.replace(folder, "x".getBytes()))
        .isInstanceOf(IOException.class).hasMessageContaining("not a regular file");
    assertThatThrownBy(() -> AtomicFiles.replace(dir.resolve("missing.conf"), "x".getBytes()))
        .isInstanceOf(IOException.class);
    assertThat(names()).containsExactly("chrony.d");
  }

  @Test
  void standInContentsAreReadInsteadOfTheDisk() throws IOException {
    Path file = Files.write(dir.resolve("servers.conf"), "on disk\n".getBytes());
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(dir)
        .withContents(Map.of(file.toRealPath(), "in memory\n".getBytes()));
    FileRead read = fs.readFile("/servers.conf");
    assertThat(read).isInstanceOf(FileRead.Contents.class);
    assertThat(((FileRead.Contents) read).bytes()).isEqualTo("in memory\n".getBytes());
    assertThat(file).hasBinaryContent("on disk\n".getBytes());
    dev.ntplint.ntp.NtpFiles ntp = dev.ntplint.ntp.NtpFiles.rooted(dir)
        .withContents(Map.of(file.toRealPath(), "in memory\n".getBytes()));
    assertThat(((dev.ntplint.ntp.NtpFiles.Contents) ntp.read("/servers.conf")).bytes())
        .isEqualTo("in memory\n".getBytes());
  }
}
