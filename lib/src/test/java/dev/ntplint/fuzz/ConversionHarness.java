package dev.ntplint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.keys.ChronyKey;
import dev.ntplint.chrony.keys.ChronyKeys;
import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.convert.ChronyConversionOptions;
import dev.ntplint.convert.Conversion;
import dev.ntplint.convert.ConversionReport;
import dev.ntplint.convert.Distro;
import dev.ntplint.convert.NtpConversionOptions;
import dev.ntplint.convert.OutputLine;
import dev.ntplint.convert.ReportEntry;
import dev.ntplint.convert.tochrony.NtpToChrony;
import dev.ntplint.convert.tontp.ChronyToNtp;
import dev.ntplint.ntp.NtpConf;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.ntp.keys.NtpKey;
import dev.ntplint.ntp.keys.NtpKeys;
import dev.ntplint.ntp.model.Secret;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.SyntaxTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs both converters on one input and checks what must hold for any input (shared by the
 * Jazzer targets and the QuickTheories properties over mutated fixtures).
 *
 * <p>An input is a configuration file, optionally followed by a NUL byte and the keys file it may
 * name: the ntp.conf's keys file is {@value #NTP_KEYS} (only that file exists in the otherwise
 * empty root, so includes find nothing else), the chrony.conf's keys file is handed to the
 * converter directly, as ConvertCommand does after reading the keyfile line.
 */
final class ConversionHarness {

  static final String NTP_KEYS = "/etc/ntp.keys";

  /** Secrets shorter than this are too likely to occur in the report by chance (a word "1"). */
  private static final int LEAK_CHECK_MIN_LENGTH = 8;

  private static final NtpFiles KEYS_ONLY_ROOT = keysOnlyRoot();
  private static final Path KEYS_HOST_PATH = KEYS_ONLY_ROOT.hostPath(NTP_KEYS);

  /** What each converter writes for an empty input, per target: its fixed vocabulary. */
  private static final Map<ChronyVersion, String> EMPTY_NTP_CONVERSION = new ConcurrentHashMap<>();
  private static final Map<NtpTarget, String> EMPTY_CHRONY_CONVERSION = new ConcurrentHashMap<>();

  private ConversionHarness() {}

  private static NtpFiles keysOnlyRoot() {
    try {
      // deleteOnExit deletes in the reverse order of registration: a directory is registered
      // before what it holds, so that it is empty by the time its turn comes.
      Path root = Files.createTempDirectory("ntplint-convert-fuzz");
      root.toFile().deleteOnExit();
      Path etc = Files.createDirectories(root.resolve("etc"));
      etc.toFile().deleteOnExit();
      Path keys = etc.resolve("ntp.keys");
      Files.write(keys, new byte[0]);
      keys.toFile().deleteOnExit();
      return NtpFiles.rooted(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The configuration part of an input: the bytes before the first NUL (all when none). */
  static byte[] configPart(byte[] input) {
    int nul = indexOfNul(input);
    return nul < 0 ? input : Arrays.copyOfRange(input, 0, nul);
  }

  /** The keys part of an input: the bytes after the first NUL, if there is one. */
  static Optional<byte[]> keysPart(byte[] input) {
    int nul = indexOfNul(input);
    return nul < 0 ? Optional.empty() : Optional.of(Arrays.copyOfRange(input, nul + 1,
        input.length));
  }

  private static int indexOfNul(byte[] input) {
    for (int i = 0; i < input.length; i++) {
      if (input[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * An input read as an ntp.conf for {@code target}, with the keys file it carries (see the class
   * comment); also what {@link LintFuzzTest} lints.
   */
  static NtpConfigSet readNtp(byte[] input, NtpTarget target) {
    byte[] keys = keysPart(input).orElse(new byte[0]);
    NtpFiles files = KEYS_ONLY_ROOT.withContents(Map.of(KEYS_HOST_PATH.toAbsolutePath(), keys));
    SourceFile main = SourceFile.of("/etc/ntp.conf", configPart(input));
    return NtpIncludes.read(main, Optional.empty(), new NtpIncludes.Options(target, files, "/"));
  }

  private static Conversion convertNtp(NtpConfigSet set, ChronyVersion target) {
    return NtpToChrony.convert(set, ChronyConversionOptions.defaults().withTarget(target));
  }

  private static Conversion convertChrony(ChronyConfig config, Optional<SourceFile> keys,
      NtpTarget target) {
    return ChronyToNtp.convert(config, keys,
        new NtpConversionOptions(target.flavour().orElseThrow(), Distro.DEBIAN));
  }

  private static String everythingWritten(Conversion conversion) {
    return conversion.report().text() + conversion.report().json() + conversion.output();
  }

  /** ntp.conf -> chrony.conf for {@code target}, checking every property. */
  static Conversion ntpToChrony(byte[] input, ChronyVersion target) {
    NtpConfigSet set = readNtp(input, NtpTarget.ANY);
    Conversion conversion = convertNtp(set, target);

    ChronyConfig reread = ChronyConf.parse(SourceFile.ofText("out.chrony.conf",
        conversion.output()), target).config();
    assertThat(reread.print()).isEqualTo(conversion.output().getBytes(StandardCharsets.UTF_8));
    conversion.keys().ifPresent(k -> assertThat(ChronyKeys.parse(SourceFile.ofText(
        "out.chrony.keys", k)).file().print()).isEqualTo(k.getBytes(StandardCharsets.UTF_8)));

    for (NtpConfigSet.IncludedFile file : set.files()) {
      everyLineAccountedFor(file.result().config().syntax(), conversion);
    }
    outputLinesPlacedWhereTheReportSays(conversion);
    boolean keysReadAsKeys = set.files().stream().noneMatch(f -> f.path().equals(NTP_KEYS));
    if (keysReadAsKeys) {
      List<String> keyMaterial = new ArrayList<>();
      set.keys().ifPresent(k -> {
        for (NtpKey key : k.result().file().keys()) {
          keyMaterial.add(key.materialSpan().text());
        }
      });
      String conf = set.main().result().config().file().text(0, configPart(input).length);
      String vocabulary = EMPTY_NTP_CONVERSION.computeIfAbsent(target,
          t -> everythingWritten(convertNtp(readNtp(new byte[0], NtpTarget.ANY), t)));
      // A secret may also be written elsewhere in the keys file, whose lines the report quotes (an
      // unusable key line's first word, as ntpd's message names it): each is counted in both
      // files, where it stands once (a key's material in the keys file, a password after pw).
      String keysText = set.keys().map(k -> k.result().file().file())
          .map(f -> f.text(0, f.length())).orElse("");
      String both = conf + "\n" + keysText;
      noSecretShown(keyMaterial, 1, both, conversion, vocabulary);
      noSecretShown(passwords(set), 1, both, conversion, vocabulary);
    }
    return conversion;
  }

  /** chrony.conf -> ntp.conf for {@code target}, checking every property. */
  static Conversion chronyToNtp(byte[] input, NtpTarget target) {
    SourceFile main = SourceFile.of("/etc/chrony.conf", configPart(input));
    Optional<SourceFile> keys = keysPart(input).map(k -> SourceFile.of("/etc/chrony.keys", k));
    ChronyConfig config = ChronyConf.parse(main, ChronyVersion.NEWEST).config();
    Conversion conversion = convertChrony(config, keys, target);

    SourceFile out = SourceFile.ofText("out.ntp.conf", conversion.output());
    assertThat(NtpConf.parse(out, target).config().print()).isEqualTo(out.bytes());
    conversion.keys().ifPresent(k -> assertThat(NtpKeys.parse(SourceFile.ofText("out.ntp.keys",
        k), target).file().print()).isEqualTo(k.getBytes(StandardCharsets.UTF_8)));

    everyLineAccountedFor(config.syntax(), conversion);
    outputLinesPlacedWhereTheReportSays(conversion);
    List<String> secrets = new ArrayList<>();
    keys.ifPresent(k -> {
      for (ChronyKey key : ChronyKeys.parse(k).file().keys()) {
        secrets.add(key.keySpan().text());
      }
    });
    noSecretShown(secrets, 0, main.text(0, main.length()), conversion,
        EMPTY_CHRONY_CONVERSION.computeIfAbsent(target, t -> everythingWritten(convertChrony(
            ChronyConf.parse(SourceFile.of("/etc/chrony.conf", new byte[0]), ChronyVersion.NEWEST)
                .config(), Optional.empty(), t))));
    return conversion;
  }

  /**
   * Each input line with a word is converted, approximated or dropped: it has a report entry. A
   * line with only a comment is carried: its text after the comment sign is in the output.
   */
  private static void everyLineAccountedFor(SyntaxTree input, Conversion conversion) {
    ConversionReport report = conversion.report();
    // The layout drops the CR of a CRLF line end; compared without any CR, as a lone CR inside a
    // comment stays.
    String output = conversion.output().replace("\r", "");
    for (SourceLine line : input.lines()) {
      if (line.hasNoWords()) {
        line.comment().ifPresent(c -> assertThat(output)
            .as("comment of %s:%d", line.file().name(), line.number())
            .contains(c.text().substring(1).replace("\r", "")));
        continue;
      }
      String name = line.file().name();
      assertThat(report.entries())
          .as("a report entry for %s:%d `%s`", name, line.number(), line.contentSpan().text())
          .anyMatch(e -> e.file().equals(name) && e.line() == line.number());
    }
  }

  /**
   * A numbered output line of the report is that line of the output (indented or not), lines
   * counted as the daemons and our readers count them: at LF only (a lone CR inside a carried
   * comment does not end a line).
   */
  private static void outputLinesPlacedWhereTheReportSays(Conversion conversion) {
    List<String> lines = List.of(conversion.output().split("\n", -1));
    for (ReportEntry e : conversion.report().entries()) {
      for (OutputLine o : e.output()) {
        if (o.number() > 0) {
          assertThat(o.number()).as("%s", o).isLessThanOrEqualTo(lines.size());
          // The layout indents a translation as its input line was indented.
          String line = lines.get(o.number() - 1);
          assertThat(line).endsWith(o.text());
          assertThat(line.substring(0, line.length() - o.text().length())).isBlank();
        }
      }
    }
  }

  /** The words after {@code pw} (Autokey's password) in every file of the set. */
  private static List<String> passwords(NtpConfigSet set) {
    List<String> secrets = new ArrayList<>();
    for (NtpConfigSet.IncludedFile file : set.files()) {
      for (SourceLine line : file.result().config().syntax().lines()) {
        var words = line.words();
        for (int i = 0; i + 1 < words.size(); i++) {
          if (words.get(i).text().toLowerCase(Locale.ROOT).equals("pw")) {
            secrets.add(words.get(i + 1).text());
          }
        }
      }
    }
    return secrets;
  }

  /**
   * No secret appears in the report (text or JSON) or the output. Checked for the secrets that
   * cannot appear there for another reason: at least {@value #LEAK_CHECK_MIN_LENGTH} characters,
   * one of them not a letter (the converter's own sentences are words), written in {@code conf}
   * (the configuration and its keys file) only {@code ownOccurrences} times (once: a password as
   * the word after pw, a key as its material), not in what the converter writes for an empty
   * file, and not part of the mark that replaces a secret (a password written "(redacted)").
   */
  private static void noSecretShown(List<String> secrets, int ownOccurrences, String conf,
      Conversion conversion, String vocabulary) {
    String text = conversion.report().text();
    String json = conversion.report().json();
    for (String secret : secrets) {
      if (secret.length() < LEAK_CHECK_MIN_LENGTH || secret.chars().allMatch(Character::isLetter)
          || occurrences(conf, secret) > ownOccurrences || vocabulary.contains(secret)
          || Secret.REDACTED.contains(secret)) {
        continue;
      }
      assertThat(text).as("report text").doesNotContain(secret);
      assertThat(json).as("report JSON").doesNotContain(secret);
      assertThat(conversion.output()).as("output").doesNotContain(secret);
    }
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
