package dev.ntplint.fidelity;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One generated ntp.conf for the NTPsec differential test, with the files it may include.
 *
 * @param main the bytes of the main file, written as {@value #MAIN}
 * @param files other files by relative path
 */
public record NtpCase(byte[] main, Map<String, byte[]> files) implements FidelityCase<NtpCase> {

  public static final String MAIN = "ntp.conf";

  public NtpCase {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  public static NtpCase single(byte[] main) {
    return new NtpCase(main, Map.of());
  }

  @Override
  public String mainName() {
    return MAIN;
  }

  @Override
  public NtpCase with(byte[] main, Map<String, byte[]> files) {
    return new NtpCase(main, files);
  }

  @Override
  public String toString() {
    return describe();
  }
}
