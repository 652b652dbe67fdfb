package dev.ntplint.view.chrony;

import dev.ntplint.source.SourceFile;
import dev.ntplint.view.KeyEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a chrony keys file ({@code keyfile}) as chronyd's keys.c does: one key per line, {@code ID
 * [TYPE] KEY} (two or three words, type MD5 when absent), comments and blanks as in chrony.conf; a
 * key is {@code HEX:...}, {@code ASCII:...} or plain ASCII. Lines chronyd cannot parse or decode
 * are skipped (chronyd only logs a warning for them).
 */
public final class ChronyKeyFile {

  private ChronyKeyFile() {}

  /** The keys chronyd would load from {@code file}, in order. */
  public static List<KeyEntry> read(SourceFile file) {
    List<KeyEntry> keys = new ArrayList<>();
    String text = file.latin1();
    for (int line = 1; line <= file.lineCount(); line++) {
      int start = file.lineStart(line);
      int end = line < file.lineCount() ? file.lineStart(line + 1) : text.length();
      int nul = text.indexOf('\0', start);
      if (nul >= 0 && nul < end) {
        end = nul;
      }
      List<int[]> words = words(text, start, end);
      if (words.isEmpty() || "!;#%".indexOf(text.charAt(words.get(0)[0])) >= 0) {
        continue;
      }
      if (words.size() < 2 || words.size() > 3) {
        continue;
      }
      String idText = word(text, words.get(0));
      long id;
      if (!idText.matches("[+]?[0-9]+.*")) {
        continue;
      }
      try {
        String digits = idText.replaceFirst("^\\+", "").replaceFirst("[^0-9].*$", "");
        id = Long.parseLong(digits.length() > 12 ? digits.substring(0, 12) : digits);
      } catch (NumberFormatException e) {
        continue;
      }
      String type = words.size() == 3 ? word(text, words.get(1)) : "MD5";
      String key = word(text, words.get(words.size() - 1));
      int bytes = decodedLength(key);
      if (bytes <= 0) {
        continue;
      }
      int[] last = words.get(words.size() - 1);
      keys.add(new KeyEntry(id, type.toUpperCase(Locale.ROOT), bytes * 8,
          file.span(words.get(0)[0], last[1])));
    }
    return keys;
  }

  /** chrony's UTI_DecodePasswordFromText: the key's length in bytes, or 0 when it cannot decode. */
  static int decodedLength(String key) {
    if (key.regionMatches(true, 0, "HEX:", 0, 4)) {
      String hex = key.substring(4);
      if (hex.isEmpty() || hex.length() % 2 != 0 || !hex.matches("[0-9A-Fa-f]+")) {
        return 0;
      }
      return hex.length() / 2;
    }
    if (key.regionMatches(true, 0, "ASCII:", 0, 6)) {
      return key.length() - 6;
    }
    return key.length();
  }

  private static List<int[]> words(String text, int start, int end) {
    List<int[]> words = new ArrayList<>();
    int i = start;
    while (i < end) {
      while (i < end && isSpace(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < end && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        words.add(new int[] {s, i});
      }
    }
    return words;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
  }

  private static String word(String text, int[] w) {
    return text.substring(w[0], w[1]);
  }
}
