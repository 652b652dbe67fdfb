package dev.ntplint.fidelity;

import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.net.IpAddresses;
import dev.ntplint.source.Word;
import java.util.List;
import java.util.Map;

/**
 * The known differences between ntplint and {@code chronyd -p}, each a named predicate over a case
 * and ntplint's prediction for it (documented in docs/fidelity.md): deliberate ones, and open ones
 * (a disagreement found and pinned by a fixture whose fix is outside this harness's reach). A case
 * matching one is excluded from the comparison its scope names and counted under its name, never
 * silently.
 */
enum KnownDifference {

  /**
   * chronyd resolves a host name in allow/deny/cmdallow/cmddeny while it parses (getaddrinfo:
   * /etc/hosts, DNS) and rejects the file when it cannot: its verdict depends on the machine.
   * ntplint never resolves names; it accepts a name and says chronyd will resolve it (CP203).
   */
  ALLOW_DENY_HOST_NAME(Status.DELIBERATE, Scope.WHOLE_CASE,
      "chronyd resolves allow/deny host names while parsing (environment-dependent); ntplint"
          + " does not resolve names") {
    @Override
    boolean matches(ChronyCase c, Prediction p) {
      for (Prediction.Reached r : p.reached()) {
        String name = r.directive().syntax().name().raw();
        if (name.equalsIgnoreCase("allow") || name.equalsIgnoreCase("deny")
            || name.equalsIgnoreCase("cmdallow") || name.equalsIgnoreCase("cmddeny")) {
          if (ChronydAddresses.allowDenyResolvesName(r.directive().syntax().arguments().stream()
              .map(Word::raw).toList())) {
            return true;
          }
        }
      }
      return false;
    }
  },

  /**
   * chronyd reads lines with fgets into a 2049-byte buffer and checks strlen: a physical line
   * longer than 2048 bytes with a NUL in its first 2048 bytes is not "too long" for chronyd, and
   * its remaining bytes are read as further lines (shifting every later line number). ntplint
   * keeps physical lines: the bytes after the NUL are ignored, as for shorter lines.
   */
  NUL_IN_OVERLONG_LINE(Status.DELIBERATE, Scope.WHOLE_CASE,
      "a NUL in the first 2048 bytes of a longer line: chronyd splits the line into 2048-byte"
          + " chunks, ntplint keeps one physical line") {
    @Override
    boolean matches(ChronyCase c, Prediction p) {
      for (Map.Entry<IncludedFile, Integer> e : p.linesReached().entrySet()) {
        if (hasNulInOverlongLine(e.getKey().file().bytes(), e.getValue())) {
          return true;
        }
      }
      return false;
    }
  },

  /**
   * A file that includes itself: chronyd reads it again and again until its include level limit
   * (echoing its lines each time) and fails with "Maximum include level reached"; ntplint reports
   * the cycle once (CP304) and does not unroll it. The verdicts agree; the echo differs.
   */
  INCLUDE_CYCLE(Status.DELIBERATE, Scope.ECHO,
      "an include cycle: ntplint reports it once (CP304), chronyd unrolls it up to its 10 levels"
          + " before failing, so only the verdict is compared") {
    @Override
    boolean matches(ChronyCase c, Prediction p) {
      return p.stoppedAtCycle();
    }
  };

  /** Deliberate (ntplint differs on purpose) or open (a bug not fixed yet). */
  enum Status {
    DELIBERATE,
    OPEN
  }

  /** What a matching case is excluded from. */
  enum Scope {
    /** The whole comparison (verdict, error line, echo). */
    WHOLE_CASE,
    /** Only the comparison of what chronyd -p prints. */
    ECHO
  }

  private final Status status;
  private final Scope scope;
  private final String reason;

  KnownDifference(Status status, Scope scope, String reason) {
    this.status = status;
    this.scope = scope;
    this.reason = reason;
  }

  Status status() {
    return status;
  }

  Scope scope() {
    return scope;
  }

  String reason() {
    return reason;
  }

  abstract boolean matches(ChronyCase c, Prediction p);

  /** The predicates of a scope that match, in declaration order. */
  static List<KnownDifference> matching(Scope scope, ChronyCase c, Prediction p) {
    return java.util.Arrays.stream(values()).filter(d -> d.scope == scope && d.matches(c, p))
        .toList();
  }

  /** True when a line up to {@code lastLine} is longer than 2048 bytes with a NUL in its first 2048. */
  static boolean hasNulInOverlongLine(byte[] bytes, int lastLine) {
    int line = 1;
    int start = 0;
    while (start < bytes.length && line <= lastLine) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int length = Math.min(end + 1, bytes.length) - start; // with its LF
      if (length > 2048) {
        for (int i = start; i < start + 2048; i++) {
          if (bytes[i] == 0) {
            return true;
          }
        }
      }
      start = end + 1;
      line++;
    }
    return false;
  }

  /** How chronyd 4.3 reads the address of allow/deny (cmdparse.c, nameserv.c, glibc). */
  static final class ChronydAddresses {

    private ChronydAddresses() {}

    /**
     * True when CPS_ParseAllowDeny would hand the address to getaddrinfo as a name to look up
     * (not numeric for inet_aton or inet_pton with a scope id): the verdict depends on the
     * resolver.
     */
    static boolean allowDenyResolvesName(List<String> args) {
      int index = 0;
      if (!args.isEmpty() && args.get(0).equals("all")) {
        index = 1;
      }
      if (args.size() != index + 1) {
        return false;
      }
      String net = args.get(index);
      int slash = net.indexOf('/');
      if (slash >= 0) {
        return false; // a prefix length: parsed numerically or rejected, never resolved
      }
      if (IpAddresses.parse(net).isPresent() || shortenedIpv4(net)) {
        return false;
      }
      if (inetAtonExact(net)) {
        return false;
      }
      int percent = net.indexOf('%');
      if (percent >= 0 && IpAddresses.parseIpv6(net.substring(0, percent)) != null) {
        return false; // numeric with a scope id: never looked up by name
      }
      return true;
    }

    /** sscanf(net, "%u%n.%u%n.%u%n") consumed the whole word (chronyd's short IPv4 forms). */
    static boolean shortenedIpv4(String net) {
      int pos = 0;
      int len = -1;
      for (int part = 0; part < 3; part++) {
        int end = scanUnsigned(net, pos);
        if (end < 0) {
          break;
        }
        len = end;
        if (end < net.length() && net.charAt(end) == '.' && part < 2) {
          pos = end + 1;
        } else {
          break;
        }
      }
      return len == net.length();
    }

    /** Where %u stops (sign and decimal digits), or -1 without digits. */
    private static int scanUnsigned(String s, int from) {
      int i = from;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int digits = i;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      return i > digits ? i : -1;
    }

    /** glibc's __inet_aton_exact: 1 to 4 parts in C notation (0x hex, 0 octal), whole string. */
    static boolean inetAtonExact(String s) {
      long[] max = {0xffffffffL, 0xffffffL, 0xffffL, 0xffL};
      int parts = 0;
      int i = 0;
      while (true) {
        if (i >= s.length() || !Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
          return false;
        }
        int base = 10;
        if (s.charAt(i) == '0') {
          base = 8;
          if (i + 1 < s.length() && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
              && i + 2 < s.length() && Character.digit(s.charAt(i + 2), 16) >= 0
              && s.charAt(i + 2) < 0x80) {
            base = 16;
            i += 2;
          }
        }
        java.math.BigInteger value = java.math.BigInteger.ZERO;
        while (i < s.length() && s.charAt(i) < 0x80 && Character.digit(s.charAt(i), base) >= 0) {
          value = value.multiply(java.math.BigInteger.valueOf(base))
              .add(java.math.BigInteger.valueOf(Character.digit(s.charAt(i), base)));
          i++;
        }
        if (value.compareTo(java.math.BigInteger.valueOf(0xffffffffL)) > 0) {
          return false;
        }
        long v = value.longValue();
        if (i < s.length() && s.charAt(i) == '.') {
          if (parts > 2 || v > 0xff) {
            return false;
          }
          parts++;
          i++;
          continue;
        }
        if (i != s.length()) {
          return false;
        }
        return v <= max[parts];
      }
    }
  }
}
