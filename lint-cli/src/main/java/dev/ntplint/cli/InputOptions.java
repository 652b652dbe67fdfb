package dev.ntplint.cli;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.dialect.DialectDetector;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.fs.FileRead;
import dev.ntplint.fs.FsProblem;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read one configuration file. */
final class InputOptions {

  @Parameters(index = "0", paramLabel = "FILE", description = "The configuration file; - reads standard input.")
  String file;

  @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "auto",
      description = "chrony, ntp or auto (by file name, then by content). Default: ${DEFAULT-VALUE}.")
  String dialect;

  @Option(names = "--target", paramLabel = "TARGET",
      description = "The daemon release to check against: chrony-4.3 ... chrony-4.8, chrony-HEAD"
          + " (default: the newest); ntp-4.2.8, ntpsec-1.2 or any (default) for ntp.conf.")
  String target;

  @Option(names = "--root", paramLabel = "DIR",
      description = "Resolve absolute and included paths inside DIR (a mounted image of the target machine); nothing outside it is read.")
  Path root;

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "16777216",
      description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
  long maxSize;

  /** The main file as read, and its real path on this machine (empty for standard input). */
  record Input(SourceFile source, Optional<Path> realPath) {}

  /** The file system the daemon would see: this machine's, or the one under {@code --root}. */
  ConfinedFileSystem fileSystem() {
    return fileSystem(root, maxSize);
  }

  /** The file system of {@code --root} (or this machine's) with the {@code --max-size} limit. */
  static ConfinedFileSystem fileSystem(Path root, long maxSize) {
    Path cwd = Path.of("").toAbsolutePath();
    if (root == null) {
      return ConfinedFileSystem.unconfined(cwd).withMaxFileSize(maxSize);
    }
    if (!Files.isDirectory(root)) {
      throw new UserError(root + ": --root is not a directory");
    }
    return ConfinedFileSystem.rooted(root).withMaxFileSize(maxSize);
  }

  /**
   * Reads the main file. With {@code --root}, FILE may be a path on this machine inside the root
   * ({@code /mnt/image/etc/chrony.conf}) or the path on the target ({@code /etc/chrony.conf}).
   */
  Input read(ConfinedFileSystem fs) {
    return read(fs, file, "-", maxSize);
  }

  /**
   * Reads {@code file} as {@link #read(ConfinedFileSystem)} does; {@code -} is standard input,
   * named {@code stdinName}. A {@link UserError} says why the file cannot be read.
   */
  static Input read(ConfinedFileSystem fs, String file, String stdinName, long maxSize) {
    if (file.equals("-")) {
      try {
        byte[] bytes = System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        if (bytes.length > maxSize) {
          throw tooLarge("standard input", maxSize);
        }
        return new Input(SourceFile.of(stdinName, bytes), Optional.empty());
      } catch (IOException e) {
        throw new UserError("cannot read standard input: " + e.getMessage());
      }
    }
    String targetPath = file;
    if (fs.isConfined() && Files.exists(Path.of(file))) {
      targetPath = fs.toTargetPath(Path.of(file)).orElse(file);
    }
    FileRead read = fs.readFile(targetPath);
    if (read instanceof FileRead.Refused refused) {
      if (refused.problem().kind() == FsProblem.Kind.TOO_LARGE) {
        throw tooLarge(file, maxSize);
      }
      throw new UserError(file + ": " + refused.problem().detail());
    }
    FileRead.Contents contents = (FileRead.Contents) read;
    return new Input(SourceFile.of(file, contents.bytes()), Optional.of(contents.realPath()));
  }

  private static UserError tooLarge(String what, long maxSize) {
    return new UserError(what + ": larger than " + maxSize + " bytes; raise the limit with"
        + " --max-size");
  }

  ChronyVersion chronyTarget() {
    if (target == null) {
      return ChronyVersion.NEWEST;
    }
    return ChronyVersion.parseTarget(target).orElseThrow(() -> new UserError(
        "unknown target `" + target + "`; use one of chrony-4.3, chrony-4.4, chrony-4.5, chrony-4.6,"
            + " chrony-4.6.1, chrony-4.7, chrony-4.8, chrony-HEAD"));
  }

  /** The ntp.conf target: ntp-4.2.8, ntpsec-1.2, or either (the default). */
  NtpTarget ntpTarget() {
    if (target == null) {
      return NtpTarget.ANY;
    }
    return NtpTarget.parseTarget(target).orElseThrow(() -> new UserError(
        "unknown target `" + target + "` for ntp.conf; use ntp-4.2.8, ntpsec-1.2 or any"));
  }

  /**
   * The dialect: as asked, else implied by --target, else by the file name, else by the content,
   * else ntp.conf in a directory named {@code ntp} (a weaker hint than the content), else
   * chrony.conf. When name and content disagree, says so on {@code stderr} and goes by the name.
   */
  Dialect dialect(SourceFile source, PrintWriter stderr) {
    return dialect(dialect, target, source, stderr);
  }

  /** {@link #dialect(SourceFile, PrintWriter)} for the given --dialect and --target values. */
  static Dialect dialect(String dialect, String target, SourceFile source, PrintWriter stderr) {
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
    if (target != null) {
      String t = target.toLowerCase(Locale.ROOT);
      if (t.startsWith("chrony")) {
        return Dialect.CHRONY;
      }
      if (t.startsWith("ntp")) {
        return Dialect.NTP;
      }
    }
    Optional<Dialect> byName = source.name().equals("-") ? Optional.empty()
        : DialectDetector.byName(source.name());
    Optional<Dialect> byContent = DialectDetector.byContent(source);
    if (byName.isPresent() && byContent.isPresent() && byName.get() != byContent.get()) {
      stderr.println("ntplint: warning: " + source.name() + " is named like a "
          + describe(byName.get()) + " but is written like a " + describe(byContent.get())
          + "; reading it as " + describe(byName.get()) + " (use --dialect to choose)");
      stderr.flush();
    }
    if (byName.isPresent()) {
      return byName.get();
    }
    if (byContent.isPresent()) {
      return byContent.get();
    }
    return DialectDetector.inNtpDirectory(source.name()) ? Dialect.NTP : Dialect.CHRONY;
  }

  private static String describe(Dialect dialect) {
    return dialect == Dialect.CHRONY ? "chrony.conf" : "ntp.conf";
  }


}
