package dev.ntplint.chrony.keys;

import dev.ntplint.chrony.CScan;
import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.ntp.model.Secret;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.Word;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a chrony key file ({@code keyfile} in chrony.conf) as chronyd 4.x reads it (keys.c
 * KEY_Reload, identical from 4.3 to HEAD): lines of at most 2047 bytes ({@code fgets} into a
 * 2048-byte buffer), each normalised as chrony.conf lines are (blanks are C isspace, a line whose
 * first non-blank is one of {@code ! ; # %} is a comment, a NUL ends the line), then parsed as
 * {@code ID [TYPE] KEY}: two or three words, MD5 when the type is missing, a key written as
 * {@code ASCII:text}, {@code HEX:digits} or plain text. chronyd logs a warning for a line it cannot
 * use and skips it; a duplicate id is a warning too. It never refuses to start over its key file.
 *
 * <p>No {@code chronyd -p} oracle exists for this reader: {@code -p} parses chrony.conf and exits
 * before it loads keys. The behaviour here is read from the sources (keys.c, cmdparse.c
 * CPS_ParseKey, util.c UTI_HexToBytes).
 *
 * <p>Key material never appears in diagnostics or in {@code toString()}: messages name the line,
 * the key id and the type only.
 */
public final class ChronyKeys {

  /** chronyd reads a key file with fgets(line, 2048): at most 2047 bytes at once. */
  public static final int MAX_CHUNK = 2047;

  private static final String UTF8_BOM = "\u00ef\u00bb\u00bf";

  private ChronyKeys() {}

  /** Diagnostics by where they start (a class, not Comparator.comparingInt: issue 8, P1). */
  private static final Comparator<Diagnostic> BY_START = new Comparator<>() {
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      return Integer.compare(a.span().start(), b.span().start());
    }
  };

  /** One to ten ASCII digits, as {@code [0-9]{1,10}}: no regular expression on the short path. */
  static boolean isPlainKeyId(String word) {
    if (word.isEmpty() || word.length() > 10) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Reads a chrony key file. Never throws, whatever the bytes. */
  public static ChronyKeysResult parse(SourceFile file) {
    SyntaxTree tree = ChronyConf.syntax(file);
    Reading reading = new Reading(file);
    String text = file.latin1();
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline + 1;
      reading.physicalLine(start, end);
      start = end;
    }
    reading.duplicates();
    List<Diagnostic> inFileOrder = new ArrayList<>(reading.diagnostics.list());
    inFileOrder.sort(BY_START);
    return new ChronyKeysResult(new ChronyKeysFile(tree, reading.keys, reading.lines), inFileOrder);
  }

  private static final class Reading {
    final SourceFile file;
    final String text;
    final Diagnostics diagnostics = new Diagnostics();
    final List<ChronyKey> lines = new ArrayList<>();
    final List<ChronyKey> keys = new ArrayList<>();

    Reading(SourceFile file) {
      this.file = file;
      this.text = file.latin1();
    }

    /** A line up to and including its LF, as one or more fgets() reads. */
    void physicalLine(int start, int end) {
      if (end - start > MAX_CHUNK) {
        int contentEnd = text.charAt(end - 1) == '\n' ? end - 1 : end;
        diagnostics.add(ChronyKeysDiagnosticCode.LINE_SPLIT, file.span(start, contentEnd),
            "this line has " + (end - start) + " bytes: chronyd reads at most " + MAX_CHUNK
                + " at once and reads the rest as another line");
      }
      for (int s = start; s < end; s += MAX_CHUNK) {
        chunk(s, Math.min(end, s + MAX_CHUNK));
      }
    }

    /** One fgets() result: normalised (CPS_NormalizeLine) and parsed (CPS_ParseKey). */
    void chunk(int start, int end) {
      int nul = start;
      while (nul < end && text.charAt(nul) != '\0') {
        nul++;
      }
      if (nul < end) {
        int contentEnd = text.charAt(end - 1) == '\n' ? end - 1 : end;
        diagnostics.add(ChronyKeysDiagnosticCode.NUL_BYTE, file.span(nul, contentEnd),
            "a NUL byte ends this line for chronyd: it ignores the rest of it");
        end = nul;
      }
      List<Word> words = new ArrayList<>(3);
      int i = start;
      while (i < end) {
        while (i < end && CScan.isSpace(text.charAt(i))) {
          i++;
        }
        int s = i;
        while (i < end && !CScan.isSpace(text.charAt(i))) {
          i++;
        }
        if (i > s) {
          words.add(new Word(file.text(s, i), file.span(s, i)));
        }
      }
      if (words.isEmpty() || "!;#%".indexOf(words.get(0).raw().charAt(0)) >= 0) {
        return;
      }
      key(words);
    }

    void key(List<Word> words) {
      Word idWord = words.get(0);
      CScan.Scanned id = words.size() == 2 || words.size() == 3
          ? CScan.scanUInt32(idWord.raw(), 0) : null;
      if (id == null) {
        Span line = idWord.span().union(words.get(words.size() - 1).span());
        String why = words.size() == 1 ? "it has only one word"
            : words.size() > 3 ? "it has " + words.size() + " words"
            : idWord.span().start() == 0 && idWord.raw().startsWith(UTF8_BOM)
                ? "the file starts with a UTF-8 byte order mark, glued to the key id"
                : "its first word is not a number";
        diagnostics.add(ChronyKeysDiagnosticCode.UNPARSABLE_LINE, line,
            "chronyd says \"Could not parse key\" and skips this line: a key line is ID [TYPE]"
                + " KEY, and " + why);
        return;
      }
      long keyId = id.longValue();
      if (!isPlainKeyId(idWord.raw()) || Long.parseLong(idWord.raw()) != keyId) {
        diagnostics.add(ChronyKeysDiagnosticCode.ID_READ_DIFFERENTLY, idWord.span(),
            "chronyd reads the key id `" + idWord.text() + "` as " + keyId);
      }
      Optional<Word> typeWord = words.size() == 3 ? Optional.of(words.get(1)) : Optional.empty();
      Word keyWord = words.get(words.size() - 1);
      Decoded decoded = decode(keyWord.raw());
      Optional<ChronyKeyType> type = ChronyKeyType.byKeyword(
          typeWord.isPresent() ? typeWord.get().raw() : ChronyKeyType.MD5.keyword());
      ChronyKey key = new ChronyKey(keyId, idWord,
          typeWord.isPresent() ? Optional.of(typeWord.get().span()) : Optional.empty(), type,
          decoded.notation,
          new Secret(decoded.bytes == null ? new byte[0] : decoded.bytes), keyWord.span());
      lines.add(key);
      if (decoded.bytes == null || decoded.bytes.length == 0) {
        diagnostics.add(ChronyKeysDiagnosticCode.UNDECODABLE_KEY, keyWord.span(),
            "chronyd says \"Could not decode key " + keyId + "\" and skips this line: "
                + decoded.problem);
        return;
      }
      if (type.isEmpty()) {
        // The type is not echoed: on a line with a stray third word it is the key itself.
        Word written = typeWord.orElseThrow();
        Optional<ChronyKeyType> differentCase = Optional.empty();
        for (ChronyKeyType t : ChronyKeyType.values()) {
          if (t.keyword().equalsIgnoreCase(written.raw())) {
            differentCase = Optional.of(t);
          }
        }
        diagnostics.add(ChronyKeysDiagnosticCode.INVALID_TYPE, written.span(),
            "chronyd says \"Invalid type in key " + keyId + "\" and skips this line: "
                + differentCase.map(t -> "type names are case-sensitive: write " + t.keyword())
                    .orElse("it knows " + String.join(", ", knownTypes())));
        return;
      }
      ChronyKeyType t = type.get();
      Span typeSpan = typeWord.isPresent() ? typeWord.get().span() : idWord.span();
      if (!t.inCommonBuilds()) {
        diagnostics.add(ChronyKeysDiagnosticCode.UNSUPPORTED_TYPE, typeSpan,
            "only a chronyd built with libtomcrypt supports " + t.keyword() + "; a nettle or"
                + " GnuTLS build (as distributions ship) says \"Unsupported hash function in key "
                + keyId + "\" and skips this line");
        return;
      }
      if (t.kind() == ChronyKeyType.Kind.CMAC && decoded.bytes.length != t.length()) {
        diagnostics.add(ChronyKeysDiagnosticCode.BAD_CMAC_KEY_LENGTH, keyWord.span(),
            "chronyd says \"Invalid length of " + t.keyword() + " key " + keyId + " (expected "
                + t.length() * 8 + " bits)\" and skips this line: this key has "
                + decoded.bytes.length * 8 + " bits");
        return;
      }
      if (decoded.notation == KeyNotation.PLAIN) {
        asciiSurprise(keyId, keyWord);
      }
      keys.add(key);
    }

    /** A plain key that looks like it was meant as hexadecimal: chronyd uses its text. */
    private void asciiSurprise(long keyId, Word keyWord) {
      String raw = keyWord.raw();
      if (raw.regionMatches(true, 0, "HEX:", 0, 4) || raw.regionMatches(true, 0, "ASCII:", 0, 6)) {
        diagnostics.add(ChronyKeysDiagnosticCode.KEY_READ_AS_ASCII, keyWord.span(),
            "the key of id " + keyId + " starts with `" + raw.substring(0, raw.indexOf(':') + 1)
                + "` in the wrong case: the prefixes are case-sensitive, so chronyd uses the"
                + " whole word, prefix included, as ASCII text");
      } else if (raw.length() > 20 && raw.matches("[0-9A-Fa-f]+")) {
        diagnostics.add(ChronyKeysDiagnosticCode.KEY_READ_AS_ASCII, keyWord.span(),
            "the key of id " + keyId + " is " + raw.length() + " hexadecimal digits without"
                + " HEX:, so chronyd uses the digits as ASCII text (" + raw.length() * 8
                + " bits), not as " + raw.length() / 2 + " bytes as ntpd would; write HEX: before"
                + " it if the other side uses the bytes");
      }
    }

    void duplicates() {
      Map<Long, ChronyKey> first = new HashMap<>();
      for (ChronyKey k : keys) {
        ChronyKey earlier = first.putIfAbsent(k.id(), k);
        if (earlier != null) {
          diagnostics.add(ChronyKeysDiagnosticCode.DUPLICATE_KEY, k.idWord().span(),
              "chronyd says \"Detected duplicate key " + k.id() + "\": key " + k.id()
                  + " is also defined on line " + earlier.idWord().span().line()
                  + ", and which of the two chronyd uses is arbitrary");
        }
      }
    }
  }

  private static List<String> knownTypes() {
    List<String> names = new ArrayList<>();
    for (ChronyKeyType t : ChronyKeyType.values()) {
      names.add(t.keyword());
    }
    return names;
  }

  /** What decode_key() makes of a key word; bytes null when it cannot decode it. */
  private record Decoded(KeyNotation notation, byte[] bytes, String problem) {}

  /** keys.c decode_key() with UTI_HexToBytes(): prefixes are case-sensitive. */
  private static Decoded decode(String raw) {
    if (raw.startsWith("ASCII:")) {
      return new Decoded(KeyNotation.ASCII, latin1(raw.substring(6)),
          "nothing follows ASCII:");
    }
    if (raw.startsWith("HEX:")) {
      String hex = raw.substring(4);
      if (hex.isEmpty()) {
        return new Decoded(KeyNotation.HEX, null, "nothing follows HEX:");
      }
      if (hex.length() % 2 != 0) {
        return new Decoded(KeyNotation.HEX, null,
            "a HEX: key needs two digits per byte, and this one has an odd number of characters");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(hex.length() / 2);
      for (int i = 0; i < hex.length(); i += 2) {
        Integer b = strtolPair(hex.charAt(i), hex.charAt(i + 1));
        if (b == null) {
          return new Decoded(KeyNotation.HEX, null,
              "a HEX: key must be hexadecimal digits, and character " + (i + 5) + " of this one"
                  + " is not");
        }
        out.write(b);
      }
      return new Decoded(KeyNotation.HEX, out.toByteArray(), "");
    }
    return new Decoded(KeyNotation.PLAIN, latin1(raw), "");
  }

  /**
   * strtol(pair, &end, 16) that must consume both characters: two hex digits, or (a quirk chronyd
   * inherits from strtol) a sign and one digit.
   */
  private static Integer strtolPair(char a, char b) {
    int low = Character.digit(b, 16);
    if (b > 0x7f || low < 0) {
      return null;
    }
    int high = Character.digit(a, 16);
    if (a <= 0x7f && high >= 0) {
      return high * 16 + low;
    }
    if (a == '+' || a == '-') {
      return (a == '-' ? -low : low) & 0xff;
    }
    return null;
  }

  private static byte[] latin1(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
