package dev.ntplint.fidelity;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Deletion-based minimisation of a disagreeing case, after QuickTheories' shrinking (which only
 * makes each drawn value simpler and cannot delete a line without shifting every later draw):
 * drops files, lines and words, and plainens blanks and line endings, as long as the case still
 * disagrees in the same way. The result is what goes into a fixture.
 */
final class Minimizer<C extends FidelityCase<C>> {

  private final Predicate<C> stillFails;
  private final int budget;
  private int evaluations;

  Minimizer(Predicate<C> stillFails, int budget) {
    this.stillFails = stillFails;
    this.budget = budget;
  }

  int evaluations() {
    return evaluations;
  }

  C minimize(C start) {
    C best = start;
    boolean progress = true;
    while (progress && evaluations < budget) {
      progress = false;
      for (C candidate : candidates(best)) {
        if (evaluations >= budget) {
          break;
        }
        if (size(candidate) > size(best) || candidate.key().equals(best.key())) {
          continue;
        }
        evaluations++;
        if (stillFails.test(candidate)) {
          best = candidate;
          progress = true;
          break;
        }
      }
    }
    return best;
  }

  static int size(FidelityCase<?> c) {
    int n = c.main().length;
    for (Map.Entry<String, byte[]> e : c.files().entrySet()) {
      n += e.getKey().length() + e.getValue().length + 1;
    }
    return n;
  }

  /** Smaller variants, the biggest cuts first. */
  private static <C extends FidelityCase<C>> List<C> candidates(C c) {
    List<C> out = new ArrayList<>();
    for (String path : c.files().keySet()) {
      Map<String, byte[]> files = new LinkedHashMap<>(c.files());
      files.remove(path);
      out.add(c.with(c.main(), files));
    }
    for (String path : fileNames(c)) {
      byte[] bytes = bytes(c, path);
      List<byte[]> lines = lines(bytes);
      for (int i = 0; i < lines.size(); i++) {
        List<byte[]> fewer = new ArrayList<>(lines);
        fewer.remove(i);
        out.add(with(c, path, join(fewer)));
      }
      out.add(with(c, path, plainBlanks(bytes)));
      out.add(with(c, path, lowerCase(bytes)));
      for (int i = 0; i < lines.size(); i++) {
        List<byte[]> words = words(lines.get(i));
        for (int w = 1; w < words.size(); w++) {
          List<byte[]> fewer = new ArrayList<>(words);
          fewer.remove(w);
          List<byte[]> edited = new ArrayList<>(lines);
          edited.set(i, joinWords(fewer, lines.get(i)));
          out.add(with(c, path, join(edited)));
        }
      }
    }
    return out;
  }

  private static List<String> fileNames(FidelityCase<?> c) {
    List<String> names = new ArrayList<>();
    names.add(c.mainName());
    for (String path : c.files().keySet()) {
      if (!path.endsWith("/")) {
        names.add(path);
      }
    }
    return names;
  }

  private static byte[] bytes(FidelityCase<?> c, String path) {
    return path.equals(c.mainName()) ? c.main() : c.files().get(path);
  }

  private static <C extends FidelityCase<C>> C with(C c, String path, byte[] bytes) {
    if (path.equals(c.mainName())) {
      return c.with(bytes, c.files());
    }
    Map<String, byte[]> files = new LinkedHashMap<>(c.files());
    files.put(path, bytes);
    return c.with(c.main(), files);
  }

  /** Physical lines, each with its LF (the last one may lack it). */
  private static List<byte[]> lines(byte[] bytes) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        out.add(java.util.Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      out.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return out;
  }

  private static byte[] join(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static boolean blank(byte b) {
    return b == ' ' || b == '\t' || b == 0x0b || b == '\f' || b == '\r';
  }

  /** Leading blanks dropped, runs of blanks made one space, CRLF made LF, trailing blanks dropped. */
  private static byte[] plainBlanks(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : lines(bytes)) {
      boolean newline = line.length > 0 && line[line.length - 1] == '\n';
      int end = newline ? line.length - 1 : line.length;
      ByteArrayOutputStream l = new ByteArrayOutputStream();
      boolean pendingSpace = false;
      for (int i = 0; i < end; i++) {
        if (line[i] == 0) {
          // keep everything from a NUL on as it is
          if (pendingSpace) {
            l.write(' ');
          }
          l.write(line, i, end - i);
          pendingSpace = false;
          break;
        }
        if (blank(line[i])) {
          pendingSpace = l.size() > 0;
          continue;
        }
        if (pendingSpace) {
          l.write(' ');
          pendingSpace = false;
        }
        l.write(line[i]);
      }
      out.writeBytes(l.toByteArray());
      if (newline) {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  /** ASCII lower case (directive names and options are case-insensitive; the rest may not be). */
  private static byte[] lowerCase(byte[] bytes) {
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 'A' && out[i] <= 'Z') {
        out[i] += 32;
      }
    }
    return out;
  }

  /** A line's words with the blanks before each (the first holds the leading blanks). */
  private static List<byte[]> words(byte[] line) {
    List<byte[]> out = new ArrayList<>();
    int end = line.length;
    while (end > 0 && (line[end - 1] == '\n')) {
      end--;
    }
    int i = 0;
    while (i < end) {
      int start = i;
      while (i < end && blank(line[i])) {
        i++;
      }
      while (i < end && !blank(line[i])) {
        i++;
      }
      out.add(java.util.Arrays.copyOfRange(line, start, i));
    }
    return out;
  }

  private static byte[] joinWords(List<byte[]> words, byte[] original) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] w : words) {
      out.writeBytes(w);
    }
    if (original.length > 0 && original[original.length - 1] == '\n') {
      out.write('\n');
    }
    return out.toByteArray();
  }
}
