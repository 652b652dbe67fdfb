package dev.ntplint.convert.tochrony;

import dev.ntplint.convert.Outcome;
import dev.ntplint.convert.OutputLine;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Severity;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.keys.NtpKey;
import dev.ntplint.ntp.model.FileSetting;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.TrustedKey;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys: {@code keys FILE} becomes {@code keyfile} and a chrony keys file; every {@code
 * trustedkey} line adds to the trusted set (ntp2chrony kept only the last line, B6); a key ntpd
 * does not trust is written commented out (chrony would use any key of its file). Types are read
 * case-insensitively with ntpd's rules (any unknown name starting with M is MD5); the key material
 * is written as HEX of the bytes ntpd decodes, so ASCII and hex keys both carry over exactly.
 * Material never leaves {@link #keysFile()}.
 */
final class KeysTranslator {

  /** ntpd's algorithm names (OpenSSL) and chrony's names with the MAC length in bytes. */
  private record ChronyType(String name, int macBytes, int keyBytes) {}

  private static final Map<String, ChronyType> TYPES = Map.ofEntries(
      Map.entry("MD5", new ChronyType("MD5", 16, 0)),
      Map.entry("SHA1", new ChronyType("SHA1", 20, 0)),
      Map.entry("SHA256", new ChronyType("SHA256", 32, 0)),
      Map.entry("SHA384", new ChronyType("SHA384", 48, 0)),
      Map.entry("SHA512", new ChronyType("SHA512", 64, 0)),
      Map.entry("SHA3-224", new ChronyType("SHA3-224", 28, 0)),
      Map.entry("SHA3-256", new ChronyType("SHA3-256", 32, 0)),
      Map.entry("SHA3-384", new ChronyType("SHA3-384", 48, 0)),
      Map.entry("SHA3-512", new ChronyType("SHA3-512", 64, 0)),
      Map.entry("AES-128-CMAC", new ChronyType("AES128", 16, 16)),
      Map.entry("AES-256-CMAC", new ChronyType("AES256", 16, 32)));

  private final Context context;
  private final Set<Long> trusted = new HashSet<>();
  private final Set<Long> converted = new HashSet<>();
  private final StringBuilder keysFile = new StringBuilder();

  KeysTranslator(Context context, List<NtpDirective> effective) {
    this.context = context;
    for (NtpDirective d : effective) {
      if (d instanceof TrustedKey t) {
        t.keys().forEach(r -> {
          for (long id = r.first(); id <= r.last() && id <= 65535; id++) {
            trusted.add(id);
          }
        });
      }
    }
    context.set.keys().ifPresent(this::convertKeys);
  }

  private void convertKeys(NtpConfigSet.KeysFile file) {
    String name = file.path();
    keysFile.append("# chrony keys converted by ntplint convert from ").append(file.path())
        .append('\n');
    keysFile.append("# Keys that ntpd did not trust (no trustedkey) are commented out.\n");
    Set<Integer> linesWithKeys = new HashSet<>();
    for (NtpKey k : file.result().file().lines()) {
      int line = k.idWord().span().line();
      linesWithKeys.add(line);
      String construct = "key " + k.id() + " " + k.type().text();
      Optional<ChronyType> type = k.algorithm().map(TYPES::get);
      if (k.algorithm().isEmpty() || type.isEmpty()) {
        context.reportFile(name, line, construct, Outcome.DROPPED,
            "chrony has no " + k.algorithm().orElse(k.type().text()) + " keys",
            "generate a new key on both sides, e.g. chronyc keygen " + k.id() + " SHA256");
        continue;
      }
      if (type.get().keyBytes() > 0 && k.material().length() != type.get().keyBytes()) {
        context.reportFile(name, line, construct, Outcome.DROPPED,
            type.get().name() + " keys must be " + type.get().keyBytes() + " bytes; this one has "
                + k.material().length(), "generate a new key with chronyc keygen");
        continue;
      }
      boolean isTrusted = trusted.contains(k.id());
      String text = k.id() + " " + type.get().name() + " HEX:"
          + HexFormat.of().withUpperCase().formatHex(k.material().reveal());
      keysFile.append(isTrusted ? "" : "#").append(text).append('\n');
      if (isTrusted) {
        converted.add(k.id());
        context.reportFile(name, line, construct, Outcome.CONVERTED,
            "written to the chrony keys file as " + type.get().name() + " (HEX)", null);
      } else {
        context.reportFile(name, line, construct, Outcome.CONVERTED,
            "not trusted by ntpd (no trustedkey), so written commented out: chrony would"
                + " accept any key of its file", null);
      }
    }
    for (Diagnostic d : file.result().diagnostics()) {
      // One entry per bad line, even when both ntpd flavours have something to say about it.
      if (d.severity() == Severity.ERROR && linesWithKeys.add(d.span().line())) {
        context.reportFile(name, d.span().line(), "key line " + d.span().line(), Outcome.DROPPED,
            "the line is unusable: " + d.message(), "fix or regenerate this key on both sides");
      }
    }
  }

  /** The MAC length of a converted key, in bytes. */
  Optional<Integer> macBytes(long id) {
    return context.set.keys().flatMap(f -> f.result().file().key(id))
        .flatMap(NtpKey::algorithm).map(TYPES::get).map(ChronyType::macBytes);
  }

  /** True when the key is trusted and was written to the chrony keys file. */
  boolean usable(long id) {
    return converted.contains(id);
  }

  /** The chrony keys file, when the input had a readable keys file. */
  Optional<String> keysFile() {
    return context.set.keys().isPresent() ? Optional.of(keysFile.toString()) : Optional.empty();
  }

  void keys(FileSetting f) {
    if (context.set.keys().isEmpty() || f.path().isEmpty()) {
      context.report(f.syntax(), Outcome.DROPPED,
          "the keys file could not be read, so there are no keys to convert (ntp2chrony still"
              + " wrote an empty keys file and a keyfile line, B10)",
          "convert the keys file too (check the path and --root)", List.of());
      return;
    }
    String path = context.options.distro().keysFile();
    List<OutputLine> out = context.emit(f, "keyfile " + path);
    context.report(f.syntax(), Outcome.CONVERTED, "the keys are converted into a chrony keys file"
        + " to install as " + path, "install the keys file written with --keys-out as " + path
        + " (readable by chronyd only)", out);
  }

  void trustedKey(TrustedKey t) {
    context.report(t.syntax(), Outcome.CONVERTED,
        "added to the trusted keys (all trustedkey lines together); keys outside them are"
            + " commented out in the chrony keys file", null, List.of());
  }
}
