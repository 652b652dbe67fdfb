package dev.ntplint.fidelity;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One generated input for the differential test: the main chrony.conf and, for include trees, the
 * other files and directories it may pull in, by path relative to the case directory (which is
 * chronyd's working directory, so relative include patterns resolve there).
 *
 * @param main the bytes of the main file, written as {@value #MAIN}
 * @param files other files by relative path; a path ending with {@code /} is an empty directory
 */
public record ChronyCase(byte[] main, Map<String, byte[]> files)
    implements FidelityCase<ChronyCase> {

  /** The main file's name in the case directory. */
  public static final String MAIN = "chrony.conf";

  public ChronyCase {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  public static ChronyCase single(byte[] main) {
    return new ChronyCase(main, Map.of());
  }

  @Override
  public String mainName() {
    return MAIN;
  }

  @Override
  public ChronyCase with(byte[] main, Map<String, byte[]> files) {
    return new ChronyCase(main, files);
  }

  @Override
  public String toString() {
    return describe();
  }
}
