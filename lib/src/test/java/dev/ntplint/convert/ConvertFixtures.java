package dev.ntplint.convert;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.convert.tochrony.NtpToChrony;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Fixtures;
import dev.ntplint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The conversion fixtures of testdata/convert: {@code NAME.ntp.conf}, optional {@code
 * NAME.options} (converter flags: --target, --distro, --open-cmdport, --client-only,
 * --ntpd-options WORD), read with testdata/convert as the root so that absolute include and keys
 * paths stay inside it.
 */
final class ConvertFixtures {

  static final String INPUT = ".ntp.conf";

  private ConvertFixtures() {}

  /**
   * False for a host name with blanks (a quoted string NTPsec reads as one name): chrony.conf
   * cannot write it, so the converter drops that source on purpose (fixture fid01).
   */
  static boolean writableInChronyConf(String host) {
    return host.chars().noneMatch(Character::isWhitespace);
  }

  static Path root() {
    return TestPaths.testdata().resolve("convert");
  }

  static List<Path> inputs() {
    return Fixtures.files("convert", INPUT).stream()
        .filter(p -> p.getParent().equals(root())).toList();
  }

  static String name(Path input) {
    String file = input.getFileName().toString();
    return file.substring(0, file.length() - INPUT.length());
  }

  static ChronyConversionOptions options(Path input) throws IOException {
    ChronyConversionOptions options = ChronyConversionOptions.defaults()
        .withTarget(ChronyVersion.V4_3);
    Path file = input.resolveSibling(name(input) + ".options");
    if (!Files.exists(file)) {
      return options;
    }
    String[] words = Files.readString(file).trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      switch (words[i]) {
        case "--target" -> options = options.withTarget(
            ChronyVersion.parseTarget(words[++i]).orElseThrow());
        case "--distro" -> options = options.withDistro(Distro.parse(words[++i]).orElseThrow());
        case "--open-cmdport" -> options = options.withOpenCommandPort(true);
        case "--client-only" -> options = options.withClientOnly(true);
        case "--ntpd-options" -> options = options.withNtpdOptions(NtpdOptions.parse(words[++i]));
        default -> throw new IllegalArgumentException(file + ": unknown option " + words[i]);
      }
    }
    return options;
  }

  static NtpConfigSet read(Path input) throws IOException {
    NtpIncludes.Options options = new NtpIncludes.Options(NtpTarget.ANY,
        NtpFiles.rooted(root()), "/");
    byte[] bytes = Files.readAllBytes(input);
    return NtpIncludes.read(SourceFile.of(input.getFileName().toString(), bytes),
        Optional.of(input), options);
  }

  static Conversion convert(Path input) throws IOException {
    return NtpToChrony.convert(read(input), options(input));
  }

  static Conversion convert(Path input, ChronyVersion target) throws IOException {
    return NtpToChrony.convert(read(input), options(input).withTarget(target));
  }

  /**
   * {@code text} read as /etc/ntp.conf (includes and keys looked up under {@code root}) and
   * converted for chrony 4.3 with the default options.
   */
  static Conversion convertText(Path root, String text) {
    NtpConfigSet set = NtpIncludes.read(SourceFile.ofText("/etc/ntp.conf", text),
        Optional.empty(), new NtpIncludes.Options(NtpTarget.ANY, NtpFiles.rooted(root), "/"));
    return NtpToChrony.convert(set, ChronyConversionOptions.defaults()
        .withTarget(ChronyVersion.V4_3));
  }
}
