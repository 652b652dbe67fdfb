package dev.ntplint.chrony;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A chrony release, used both as the "since" of a directive or option and as the target of a
 * parse. {@link #HEAD} is the development tree after 4.8 (the spec's reference build).
 */
public record ChronyVersion(int major, int minor, int patch, String label)
    implements Comparable<ChronyVersion> {

  public static final ChronyVersion V1_20 = of(1, 20, 0);
  public static final ChronyVersion V1_24 = of(1, 24, 0);
  public static final ChronyVersion V1_25 = of(1, 25, 0);
  public static final ChronyVersion V1_27 = of(1, 27, 0);
  public static final ChronyVersion V1_28 = of(1, 28, 0);
  public static final ChronyVersion V1_30 = of(1, 30, 0);
  public static final ChronyVersion V2_0 = of(2, 0, 0);
  public static final ChronyVersion V2_1 = of(2, 1, 0);
  public static final ChronyVersion V2_2 = of(2, 2, 0);
  public static final ChronyVersion V2_3 = of(2, 3, 0);
  public static final ChronyVersion V2_4 = of(2, 4, 0);
  public static final ChronyVersion V3_0 = of(3, 0, 0);
  public static final ChronyVersion V3_1 = of(3, 1, 0);
  public static final ChronyVersion V3_2 = of(3, 2, 0);
  public static final ChronyVersion V3_3 = of(3, 3, 0);
  public static final ChronyVersion V3_4 = of(3, 4, 0);
  public static final ChronyVersion V4_0 = of(4, 0, 0);
  public static final ChronyVersion V4_1 = of(4, 1, 0);
  public static final ChronyVersion V4_2 = of(4, 2, 0);
  public static final ChronyVersion V4_3 = of(4, 3, 0);
  public static final ChronyVersion V4_4 = of(4, 4, 0);
  public static final ChronyVersion V4_5 = of(4, 5, 0);
  public static final ChronyVersion V4_6 = of(4, 6, 0);
  public static final ChronyVersion V4_6_1 = of(4, 6, 1);
  public static final ChronyVersion V4_7 = of(4, 7, 0);
  public static final ChronyVersion V4_8 = of(4, 8, 0);
  /** The development tree after 4.8: what is in chrony's main branch but not yet released. */
  public static final ChronyVersion HEAD = new ChronyVersion(4, 9, 0, "HEAD");

  /** The versions {@code --target} accepts, oldest first. */
  public static final List<ChronyVersion> TARGETS =
      List.of(V4_3, V4_4, V4_5, V4_6, V4_6_1, V4_7, V4_8, HEAD);

  /** The default target: the newest. */
  public static final ChronyVersion NEWEST = HEAD;

  private static ChronyVersion of(int major, int minor, int patch) {
    String label = patch == 0 ? major + "." + minor : major + "." + minor + "." + patch;
    return new ChronyVersion(major, minor, patch, label);
  }

  /**
   * Parses a target name: {@code chrony-4.3}, {@code 4.3}, {@code chrony-HEAD} or {@code HEAD}.
   */
  public static Optional<ChronyVersion> parseTarget(String text) {
    String t = text.trim();
    if (t.toLowerCase(Locale.ROOT).startsWith("chrony-")) {
      t = t.substring("chrony-".length());
    }
    for (ChronyVersion v : TARGETS) {
      if (v.label.equalsIgnoreCase(t)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  public boolean atLeast(ChronyVersion other) {
    return compareTo(other) >= 0;
  }

  /** True when this release comes after {@code other}. */
  public boolean after(ChronyVersion other) {
    return compareTo(other) > 0;
  }

  public boolean before(ChronyVersion other) {
    return compareTo(other) < 0;
  }

  /**
   * Since 4.7 chronyd parses single-integer directives with strtol and checks ranges of integers
   * everywhere; earlier versions use sscanf("%d"), accept trailing junk and check no range.
   */
  public boolean strictIntegers() {
    return atLeast(V4_7);
  }

  /** Since 4.7 error messages name the directive and the kind of problem. */
  public boolean detailedMessages() {
    return atLeast(V4_7);
  }

  /** The name used in messages and on the command line, e.g. {@code chrony-4.3}. */
  public String targetName() {
    return "chrony-" + label;
  }

  @Override
  public int compareTo(ChronyVersion o) {
    if (major != o.major) {
      return Integer.compare(major, o.major);
    }
    if (minor != o.minor) {
      return Integer.compare(minor, o.minor);
    }
    return Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return label;
  }
}
