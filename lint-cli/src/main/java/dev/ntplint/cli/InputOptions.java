package dev.ntplint.cli;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.dialect.DialectDetector;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read one configuration file. */
final class InputOptions {

  /** Largest input read without {@code --max-size}. */
  static final long DEFAULT_MAX_SIZE = 16L * 1024 * 1024;

  @Parameters(index = "0", paramLabel = "FILE", description = "The configuration file; - reads standard input.")
  String file;

  @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "auto",
      description = "chrony, ntp or auto (by file name, then by content). Default: ${DEFAULT-VALUE}.")
  String dialect;

  @Option(names = "--target", paramLabel = "TARGET",
      description = "The daemon release to check against, e.g. chrony-4.3 ... chrony-4.8, chrony-HEAD (default: the newest).")
  String target;

  @Option(names = "--root", paramLabel = "DIR",
      description = "Resolve absolute and included paths inside DIR (a mounted image of the target machine); nothing outside it is read.")
  Path root;

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "16777216",
      description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
  long maxSize;

  SourceFile read() {
    if (file.equals("-")) {
      try {
        InputStream in = System.in;
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        checkSize(bytes.length, "standard input");
        return SourceFile.of("-", bytes);
      } catch (IOException e) {
        throw new UserError("cannot read standard input: " + e.getMessage());
      }
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new UserError(file + ": is a directory, not a configuration file");
    }
    if (!Files.exists(path)) {
      throw new UserError(file + ": no such file");
    }
    if (!Files.isRegularFile(path)) {
      throw new UserError(file + ": not a regular file (a device, FIFO or socket is not read)");
    }
    try {
      checkSize(Files.size(path), file);
      return SourceFile.of(file, Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage());
    }
  }

  private void checkSize(long size, String what) {
    if (size > maxSize) {
      throw new UserError(what + ": larger than " + maxSize + " bytes; raise the limit with --max-size");
    }
  }

  ChronyVersion chronyTarget() {
    if (target == null) {
      return ChronyVersion.NEWEST;
    }
    return ChronyVersion.parseTarget(target).orElseThrow(() -> new UserError(
        "unknown target `" + target + "`; use one of chrony-4.3, chrony-4.4, chrony-4.5, chrony-4.6,"
            + " chrony-4.6.1, chrony-4.7, chrony-4.8, chrony-HEAD"));
  }

  Dialect dialect(SourceFile source) {
    switch (dialect.toLowerCase(Locale.ROOT)) {
      case "chrony":
        return Dialect.CHRONY;
      case "ntp":
        return Dialect.NTP;
      case "auto":
        break;
      default:
        throw new UserError("unknown dialect `" + dialect + "`; use chrony, ntp or auto");
    }
    if (target != null && target.toLowerCase(Locale.ROOT).startsWith("chrony")) {
      return Dialect.CHRONY;
    }
    Optional<Dialect> byName = source.name().equals("-") ? Optional.empty()
        : DialectDetector.byName(source.name());
    return byName.or(() -> DialectDetector.byContent(source.latin1())).orElse(Dialect.CHRONY);
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
