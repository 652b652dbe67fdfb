package dev.ntplint.ntp.keys;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.net.IpAddresses;
import dev.ntplint.ntp.NtpDiagnosticCode;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.ntp.model.Secret;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Span;
import dev.ntplint.source.SyntaxToken;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TokenKind;
import dev.ntplint.source.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an ntpd keys file ({@code keys} in ntp.conf) as classic ntpd 4.2.8 and NTPsec 1.2 read it
 * (libntp/authreadkeys.c): one key per line, {@code ID TYPE KEY}, fields separated by blanks and
 * tabs only, {@code #} starting a comment anywhere. A key of up to 20 characters is ASCII text, a
 * longer one hexadecimal. Classic ntpd rejects the whole file (loads no key) when a line is bad;
 * NTPsec skips the bad line.
 *
 * <p>Key material never appears in diagnostics or in {@code toString()}: messages name the line,
 * the key id and the type only. Both daemons are assumed to be built with OpenSSL 3 (as Debian's
 * and most distributions' are) for the key types they know.
 */
public final class NtpKeys {

  /** fgets(buf, 512): ntpd reads at most 511 bytes of a line at once. */
  public static final int MAX_LINE = 511;

  private NtpKeys() {}

  /** Reads a keys file for the target daemon (for {@link NtpTarget#ANY}: as NTPsec, noting classic). */
  public static NtpKeysResult parse(SourceFile file, NtpTarget target) {
    SyntaxTree tree = tree(file);
    Diagnostics diagnostics = new Diagnostics();
    Set<String> seen = new LinkedHashSet<>();
    Reading result = null;
    List<NtpFlavour> flavours = new ArrayList<>(target.flavours());
    if (flavours.size() == 2) {
      flavours = List.of(NtpFlavour.CLASSIC, NtpFlavour.NTPSEC);
    }
    for (NtpFlavour flavour : flavours) {
      Reading r = new Reading(file, tree, flavour);
      for (Diagnostic d : r.diagnostics.list()) {
        if (seen.add(d.code() + d.span().start() + d.message())) {
          diagnostics.addAll(List.of(d));
        }
      }
      result = r;
    }
    List<Diagnostic> sorted = new ArrayList<>(diagnostics.list());
    sorted.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return new NtpKeysResult(new NtpKeysFile(tree, result.loaded(), result.lines), sorted);
  }

  // ------------------------------------------------------------------ lossless layer

  /**
   * Splits the file as nexttok() does: words end at a blank, a tab, {@code #} or the end of the
   * line; other characters, a CR included, belong to the word.
   */
  static SyntaxTree tree(SourceFile file) {
    List<SourceLine> lines = new ArrayList<>();
    String text = file.latin1();
    int pos = 0;
    int n = text.length();
    int number = 1;
    while (pos < n || lines.isEmpty()) {
      int start = pos;
      List<SyntaxToken> tokens = new ArrayList<>();
      while (pos < n && text.charAt(pos) != '\n') {
        char c = text.charAt(pos);
        int s = pos;
        if (c == ' ' || c == '\t') {
          while (pos < n && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
          }
          tokens.add(new SyntaxToken(TokenKind.WHITESPACE, s, pos));
        } else if (c == '#') {
          while (pos < n && text.charAt(pos) != '\n') {
            pos++;
          }
          tokens.add(new SyntaxToken(TokenKind.COMMENT, s, pos));
        } else {
          while (pos < n && "\n \t#".indexOf(text.charAt(pos)) < 0) {
            pos++;
          }
          tokens.add(new SyntaxToken(TokenKind.WORD, s, pos));
        }
      }
      if (pos < n) {
        tokens.add(new SyntaxToken(TokenKind.NEWLINE, pos, pos + 1));
        pos++;
      }
      lines.add(new SourceLine(file, number++, start, pos, tokens));
      if (pos >= n) {
        break;
      }
    }
    return new SyntaxTree(file, lines);
  }

  // ------------------------------------------------------------------ one daemon

  private static final class Reading {
    final NtpFlavour flavour;
    final String daemon;
    final Diagnostics diagnostics = new Diagnostics();
    final List<NtpKey> lines = new ArrayList<>();
    final List<NtpKey> keys = new ArrayList<>();
    /** Classic ntpd's error count: any counted error makes it reject the file. */
    int errors;

    Reading(SourceFile file, SyntaxTree tree, NtpFlavour flavour) {
      this.flavour = flavour;
      this.daemon = flavour.displayName();
      for (SourceLine line : tree.lines()) {
        line(file, line);
      }
      if (flavour == NtpFlavour.CLASSIC && errors > 0) {
        diagnostics.add(NtpDiagnosticCode.KEYS_FILE_REJECTED, new Span(file, 0, 0),
            "classic ntpd rejects this whole keys file (\"authreadkeys: rejecting file ... after "
                + errors + " error(s)\"): it loads none of its keys");
      }
    }

    List<NtpKey> loaded() {
      return flavour == NtpFlavour.CLASSIC && errors > 0 ? List.of() : keys;
    }

    private void error(NtpDiagnosticCode code, Span span, String message, boolean counted) {
      if (counted && flavour == NtpFlavour.CLASSIC) {
        errors++;
      }
      diagnostics.add(code, span, daemon + " " + message
          + (counted && flavour == NtpFlavour.CLASSIC ? "; this makes it reject the whole file"
              : flavour == NtpFlavour.NTPSEC ? "; it skips this line" : ""));
    }

    private void line(SourceFile file, SourceLine line) {
      if (line.end() - line.start() > MAX_LINE + 1) {
        diagnostics.add(NtpDiagnosticCode.KEY_LINE_SPLIT, line.contentSpan(),
            "ntpd reads at most " + MAX_LINE + " bytes of a line at once: it reads the rest of"
                + " this line as another line");
      }
      List<Word> words = new ArrayList<>();
      SyntaxToken commentAfterWord = null;
      SyntaxToken previous = null;
      for (SyntaxToken t : line.tokens()) {
        if (t.kind() == TokenKind.WORD && commentAfterWord == null) {
          words.add(line.word(t));
        }
        if (t.kind() == TokenKind.COMMENT && previous != null && previous.kind() == TokenKind.WORD
            && previous.end() == t.start()) {
          commentAfterWord = t;
        }
        if (t.kind() == TokenKind.COMMENT) {
          break;
        }
        previous = t;
      }
      if (words.isEmpty()) {
        return;
      }
      Word idWord = words.get(0);
      long id = atoiUnsigned(idWord.raw());
      if (id == 0) {
        if (idWord.rawEquals("\r")) {
          error(NtpDiagnosticCode.KEY_BAD_ID, idWord.span(), "reads a line holding only a CR"
              + " (this file has CRLF line ends) as key id 0: \"cannot change key\"", true);
        } else {
          error(NtpDiagnosticCode.KEY_BAD_ID, idWord.span(),
              "says \"cannot change key " + idWord.text().strip() + "\": key ids start at 1",
              true);
        }
        return;
      }
      if (id > 65535) {
        error(NtpDiagnosticCode.KEY_BAD_ID, idWord.span(),
            "says \"key " + idWord.text() + " > 65535 reserved\"", true);
        return;
      }
      if (words.size() < 2) {
        error(NtpDiagnosticCode.KEY_MISSING_FIELD, idWord.span(),
            "says \"no key type for key " + id + "\"", true);
        return;
      }
      Word type = words.get(1);
      Optional<String> algorithm = algorithm(type.raw(), flavour);
      if (words.size() < 3) {
        if (algorithm.isEmpty() && flavour == NtpFlavour.NTPSEC) {
          unknownType(id, type);
          return;
        }
        error(NtpDiagnosticCode.KEY_MISSING_FIELD, type.span(),
            "says \"no key for key " + id + "\"", true);
        return;
      }
      if (algorithm.isEmpty()) {
        unknownType(id, type);
        if (flavour == NtpFlavour.NTPSEC) {
          return;
        }
      }
      Word keyWord = words.get(2);
      String raw = keyWord.raw();
      Span keySpan = keyWord.span();
      if (raw.endsWith("\r")) {
        diagnostics.add(NtpDiagnosticCode.KEY_MATERIAL_SURPRISE, keySpan,
            "the key of id " + id + " ends with a CR (this file has CRLF line ends): ntpd makes"
                + " the CR part of the key, so it does not match the key on the other side");
      }
      if (commentAfterWord != null && commentAfterWord.start() == keySpan.end()) {
        diagnostics.add(NtpDiagnosticCode.KEY_MATERIAL_SURPRISE, keySpan,
            "a # ends the key of id " + id + ": ntpd reads only the part before it");
      }
      KeyEncoding encoding = raw.length() <= 20 ? KeyEncoding.ASCII : KeyEncoding.HEX;
      byte[] material;
      if (encoding == KeyEncoding.ASCII) {
        material = raw.getBytes(StandardCharsets.ISO_8859_1);
      } else {
        material = hex(id, raw, keySpan);
        if (material == null) {
          return;
        }
      }
      List<String> access = new ArrayList<>();
      if (words.size() > 3) {
        Word list = words.get(3);
        if (flavour == NtpFlavour.CLASSIC) {
          for (String item : list.raw().split(",", -1)) {
            access.add(item);
            if (!validAccessItem(item)) {
              error(NtpDiagnosticCode.KEY_BAD_ACCESS_LIST, list.span(),
                  "says the access list of key " + id + " has an invalid address or subnet `"
                      + item + "`", true);
            }
          }
        } else {
          diagnostics.add(NtpDiagnosticCode.IGNORED_BY_DAEMON, list.span(),
              "NTPsec ignores the access list after the key (a classic ntpd feature)");
        }
      }
      if (flavour == NtpFlavour.NTPSEC && algorithm.isPresent()
          && digestLength(algorithm.get()) > 20) {
        diagnostics.add(NtpDiagnosticCode.VALUE_ADJUSTED, type.span(),
            "NTPsec logs \"digest for key " + id + ", " + type.text() + " will be truncated\":"
                + " it sends only the first 20 bytes of the " + algorithm.get() + " digest");
      }
      NtpKey key = new NtpKey(id, idWord, type, algorithm, encoding, new Secret(material),
          keySpan, access);
      lines.add(key);
      if (algorithm.isPresent()) {
        keys.add(key);
      }
    }

    private void unknownType(long id, Word type) {
      if (flavour == NtpFlavour.CLASSIC) {
        diagnostics.add(NtpDiagnosticCode.KEY_UNKNOWN_TYPE, type.span(),
            "classic ntpd says \"unsupported type " + type.text() + " for key " + id
                + "\" and leaves the key out");
      } else {
        diagnostics.add(NtpDiagnosticCode.KEY_UNKNOWN_TYPE, type.span(),
            "NTPsec says \"unknown auth type " + id + ", " + type.text()
                + "\" and skips this line");
      }
    }

    /** Decodes a hexadecimal key; null (with a diagnostic) when the daemon refuses it. */
    private byte[] hex(long id, String raw, Span span) {
      int len = raw.length();
      if (flavour == NtpFlavour.CLASSIC) {
        if ((len >> 1) + (len & 1) > 64) {
          error(NtpDiagnosticCode.KEY_BAD_MATERIAL, span, "says \"passwd too long for key " + id
              + "\" (a hexadecimal key has at most 128 digits)", true);
          return null;
        }
        byte[] out = new byte[(len >> 1) + (len & 1)];
        for (int j = 0; j < len; j++) {
          int v = Character.digit(raw.charAt(j), 16);
          if (v < 0 || raw.charAt(j) > 0x7f) {
            error(NtpDiagnosticCode.KEY_BAD_MATERIAL, span, "says \"passwd has bad char for key "
                + id + "\": a key longer than 20 characters is read as hexadecimal, and this one"
                + " has a character that is not a hex digit", true);
            return null;
          }
          out[j >> 1] |= (byte) ((j & 1) == 1 ? v : v << 4);
        }
        return out;
      }
      int limit = Math.min(len, 64);
      if (len > 64) {
        diagnostics.add(NtpDiagnosticCode.KEY_MATERIAL_SURPRISE, span,
            "NTPsec logs \"key " + id + " truncated to 64 bytes\": it uses only the first 64"
                + " hexadecimal digits (32 bytes)");
      }
      byte[] out = new byte[32];
      for (int j = 0; j < limit; j++) {
        int v = Character.digit(raw.charAt(j), 16);
        if (v < 0 || raw.charAt(j) > 0x7f) {
          diagnostics.add(NtpDiagnosticCode.KEY_BAD_MATERIAL, span,
              "NTPsec says \"invalid hex digit for key " + id + "\" and skips this line: a key"
                  + " longer than 20 characters is read as hexadecimal");
          return null;
        }
        out[j / 2] |= (byte) ((j & 1) == 1 ? v : v << 4);
      }
      return java.util.Arrays.copyOf(out, limit / 2);
    }
  }

  /** atoi() as an unsigned 32-bit key id (keyid_t): leading blanks, a sign, digits. */
  static long atoiUnsigned(String s) {
    int i = 0;
    while (i < s.length() && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    int start = i;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digitsStart = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == digitsStart) {
      return 0;
    }
    BigInteger v = new BigInteger(s.substring(start, i).replace("+", ""));
    long l = v.bitLength() > 63 ? (v.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : v.longValue();
    return ((int) l) & 0xFFFFFFFFL;
  }

  private static final Set<String> DIGESTS = Set.of("MD5", "MD4", "MD5-SHA1", "SHA1", "SHA224",
      "SHA256", "SHA384", "SHA512", "SHA512-224", "SHA512-256", "SHA3-224", "SHA3-256",
      "SHA3-384", "SHA3-512", "SHAKE128", "SHAKE256", "RIPEMD160", "RIPEMD-160", "RIPEMD",
      "RMD160", "BLAKE2B512", "BLAKE2S256", "SM3", "MDC2", "WHIRLPOOL", "SHA2-256", "SHA2-512",
      "SHA2-224", "SHA2-384");
  private static final Set<String> CLASSIC_DIGESTS = Set.of("MD5", "SHA1", "SHA224", "SHA256",
      "SHA384", "SHA512", "SHA512-224", "SHA512-256", "SHA3-224", "SHA3-256", "SHA3-384",
      "SHA3-512", "RIPEMD160", "SM3", "BLAKE2B512", "BLAKE2S256");
  private static final Set<String> CMAC_CIPHERS = Set.of("AES-128", "AES-192", "AES-256",
      "ARIA-128", "ARIA-192", "ARIA-256", "CAMELLIA-128", "CAMELLIA-192", "CAMELLIA-256");

  /**
   * The algorithm a daemon (OpenSSL 3 build) uses for a key type, compared case-insensitively:
   * a digest or CMAC cipher name it knows, else MD5 for any name starting with M.
   */
  public static Optional<String> algorithm(String type, NtpFlavour flavour) {
    String up = type.toUpperCase(Locale.ROOT);
    if (flavour == NtpFlavour.NTPSEC) {
      String cmac = up.equals("AES") || up.equals("AES128CMAC") ? "AES-128" : up;
      if (CMAC_CIPHERS.contains(cmac)) {
        return Optional.of(cmac + "-CMAC");
      }
      if (DIGESTS.contains(up)) {
        return Optional.of(up);
      }
    } else {
      if (up.equals("AES128CMAC")) {
        return Optional.of("AES-128-CMAC");
      }
      if (CLASSIC_DIGESTS.contains(up)) {
        return Optional.of(up);
      }
    }
    if (!up.isEmpty() && up.charAt(0) == 'M') {
      return Optional.of("MD5");
    }
    return Optional.empty();
  }

  /** The digest length in bytes (20 for unknown or CMAC, whose MACs fit). */
  static int digestLength(String algorithm) {
    switch (algorithm) {
      case "MD5":
      case "MD4":
        return 16;
      case "SHA224":
      case "SHA3-224":
      case "SHA512-224":
      case "SHA2-224":
        return 28;
      case "SHA256":
      case "SHA3-256":
      case "SHA512-256":
      case "SM3":
      case "BLAKE2S256":
      case "SHA2-256":
        return 32;
      case "SHA384":
      case "SHA3-384":
      case "SHA2-384":
        return 48;
      case "SHA512":
      case "SHA3-512":
      case "BLAKE2B512":
      case "WHIRLPOOL":
      case "SHA2-512":
        return 64;
      default:
        return algorithm.endsWith("-CMAC") ? 16 : 20;
    }
  }

  private static boolean validAccessItem(String item) {
    String address = item;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      String bits = item.substring(slash + 1);
      if (bits.isEmpty() || !bits.chars().allMatch(Character::isDigit)) {
        return false;
      }
      address = item.substring(0, slash);
    }
    return IpAddresses.parse(address).isPresent();
  }
}
