package dev.ntplint.fix;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A file the fixer changed: its bytes before the first pass and after the last.
 *
 * @param name the name findings use for it
 * @param realPath where it is on this machine; empty for standard input
 * @param original the bytes as read
 * @param fixed the bytes with every applied fix
 * @param kept the stretches of {@code original} that {@code fixed} holds unchanged, in order (the
 *     bytes no fix replaced); each is checked against both files
 */
public record FixedFile(String name, Optional<Path> realPath, byte[] original, byte[] fixed,
    List<KeptRange> kept) {

  public FixedFile {
    original = original.clone();
    fixed = fixed.clone();
    kept = List.copyOf(kept);
    int originalEnd = 0;
    int fixedEnd = 0;
    for (KeptRange k : kept) {
      if (k.originalStart() < originalEnd || k.fixedStart() < fixedEnd
          || k.originalStart() + k.length() > original.length
          || k.fixedEnd() > fixed.length
          || !Arrays.equals(original, k.originalStart(), k.originalStart() + k.length(),
              fixed, k.fixedStart(), k.fixedEnd())) {
        throw new IllegalArgumentException("not a kept range of " + name + ": " + k);
      }
      originalEnd = k.originalStart() + k.length();
      fixedEnd = k.fixedEnd();
    }
  }

  @Override
  public byte[] original() {
    return original.clone();
  }

  @Override
  public byte[] fixed() {
    return fixed.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FixedFile other && name.equals(other.name)
        && realPath.equals(other.realPath) && Arrays.equals(original, other.original)
        && Arrays.equals(fixed, other.fixed) && kept.equals(other.kept);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * name.hashCode() + Arrays.hashCode(original)) + Arrays.hashCode(fixed);
  }

  @Override
  public String toString() {
    return "FixedFile[" + name + ", " + original.length + " -> " + fixed.length + " bytes]";
  }
}
