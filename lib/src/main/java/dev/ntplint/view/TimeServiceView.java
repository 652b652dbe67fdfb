package dev.ntplint.view;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a configuration means for time service, in terms both daemons share: where time comes
 * from, what is served when it does not come, who may get it, and the files that keep state.
 * Rules that are the same idea for chronyd and ntpd read this instead of a dialect's model, so
 * they serve both. Built by a dialect adapter ({@link dev.ntplint.view.chrony.ChronyViewBuilder}
 * for chrony.conf); every element keeps the directive it came from, so findings point at the
 * exact line (in included files too).
 *
 * @param dialect the language of the configuration
 * @param mainFile the main file (findings about something missing point at its start)
 * @param sources every time source, in reading order ({@code .sources} files included)
 * @param runtimeSources directives that add sources the file does not list (chrony {@code
 *     sourcedir}: servers from DHCP, read when the daemon starts or reloads)
 * @param rejectedSources source directives the daemon's parser rejects (they have their own
 *     findings; counting rules stay quiet while they are there)
 * @param localFallback the local clock served when no source is reachable, if configured (the
 *     effective one when repeated)
 * @param clientAccess who may get time from this host
 * @param monitorAccess who may query or monitor the daemon (chrony {@code cmdallow}, ntpd without
 *     {@code noquery})
 * @param broadcasts directives that send time to a broadcast or multicast address
 * @param rateLimits directives that limit the rate of answers to clients (chrony {@code ratelimit};
 *     ntpd {@code restrict ... limited})
 * @param driftFile where the frequency error is saved across restarts
 * @param leapSources where leap seconds are learnt locally (chrony {@code leapsectz}, {@code
 *     leapseclist}; ntpd {@code leapfile})
 * @param logDirectory where statistics files go (chrony {@code logdir}, ntpd {@code statsdir})
 * @param logRequests directives that ask for statistics files (chrony {@code log}, ntpd {@code
 *     statistics})
 * @param keyFile the symmetric keys file
 */
public record TimeServiceView(
    Dialect dialect,
    SourceFile mainFile,
    List<TimeSource> sources,
    List<DirectiveSyntax> runtimeSources,
    List<DirectiveSyntax> rejectedSources,
    Optional<LocalFallback> localFallback,
    AccessPolicy clientAccess,
    AccessPolicy monitorAccess,
    List<DirectiveSyntax> broadcasts,
    List<DirectiveSyntax> rateLimits,
    Optional<PathSetting> driftFile,
    List<PathSetting> leapSources,
    Optional<PathSetting> logDirectory,
    List<DirectiveSyntax> logRequests,
    Optional<KeyFile> keyFile) {

  public TimeServiceView {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(mainFile, "mainFile");
    sources = List.copyOf(sources);
    runtimeSources = List.copyOf(runtimeSources);
    rejectedSources = List.copyOf(rejectedSources);
    Objects.requireNonNull(localFallback, "localFallback");
    Objects.requireNonNull(clientAccess, "clientAccess");
    Objects.requireNonNull(monitorAccess, "monitorAccess");
    broadcasts = List.copyOf(broadcasts);
    rateLimits = List.copyOf(rateLimits);
    Objects.requireNonNull(driftFile, "driftFile");
    leapSources = List.copyOf(leapSources);
    Objects.requireNonNull(logDirectory, "logDirectory");
    logRequests = List.copyOf(logRequests);
    Objects.requireNonNull(keyFile, "keyFile");
  }

  /** The sources of one kind, in order. */
  public List<TimeSource> sources(SourceKind kind) {
    // Counted first, so the list is made at its size and never grows (issue 8, P3).
    int count = 0;
    for (TimeSource s : sources) {
      if (s.kind() == kind) {
        count++;
      }
    }
    List<TimeSource> out = new ArrayList<>(count);
    for (TimeSource s : sources) {
      if (s.kind() == kind) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The sources the daemon ignores because an earlier source has the same address, in reading
   * order: a network source whose host (case ignored) was named before (chronyd: "Already in use";
   * ntpd: "Ignoring duplicate"), and in ntp.conf a reference clock whose address was configured
   * before (ntpd keeps one association per address: {@code server 127.127.28.0} and NTPsec's
   * {@code refclock shm unit 0} are one clock). chronyd runs every {@code refclock} line, so a
   * chrony.conf's reference clocks never repeat one another here. In ntp.conf, {@code server -4
   * host} and {@code server -6 host} are two sources, and either repeats a {@code server host}
   * (what NTPsec 1.2.2 logs).
   */
  public List<RepeatedSource> repeatedSources() {
    FirstSources firsts = new FirstSources();
    List<RepeatedSource> repeats = new ArrayList<>();
    for (TimeSource s : sources) {
      TimeSource first = firsts.firstBefore(s);
      if (first != null) {
        repeats.add(new RepeatedSource(s, first));
      }
    }
    return repeats;
  }

  /**
   * The sources the daemon uses: {@link #sources()} without the {@linkplain #repeatedSources()
   * repeated} ones, in reading order. What the daemon does with its sources (how many it has, which
   * one it prefers, how it starts) is a question about these; a repeated line is ignored with all
   * its options.
   */
  public List<TimeSource> keptSources() {
    return keptSources(repeatedSources());
  }

  /**
   * {@link #keptSources()} when this view's {@link #repeatedSources()} are at hand: the sources
   * less the repeats, matched by identity in one walk of both lists (each repeat is one of the
   * sources, in the same order). No address is looked up a second time, and no source is read:
   * on a large file, a second look-up of every address read each source back from memory (issue
   * 8, P4).
   *
   * @throws IllegalArgumentException when {@code repeated} is not this view's repeated sources
   */
  public List<TimeSource> keptSources(List<RepeatedSource> repeated) {
    if (repeated.isEmpty()) {
      return sources;
    }
    List<TimeSource> kept = new ArrayList<>(Math.max(0, sources.size() - repeated.size()));
    int next = 0;
    for (TimeSource s : sources) {
      if (next < repeated.size() && repeated.get(next).repeat() == s) {
        next++;
      } else {
        kept.add(s);
      }
    }
    if (next < repeated.size()) {
      throw new IllegalArgumentException("not the repeated sources of this view, in order");
    }
    return Collections.unmodifiableList(kept);
  }

  /**
   * The sources the daemon kept so far, by address: tells a {@linkplain #repeatedSources()
   * repeated} source from the first of its address.
   */
  private final class FirstSources {
    /** A refclock's address (127.127.T.U) is no host name: one map serves both. */
    private final Map<String, List<Kept>> kept = new HashMap<>();

    /** A source the daemon kept, with its {@linkplain #ntpFamily family}, read once. */
    private record Kept(TimeSource source, int family) {}

    /** The source kept before {@code s} with its address, or null when the daemon keeps {@code s}. */
    TimeSource firstBefore(TimeSource s) {
      if (!s.kind().network() && !(s.kind() == SourceKind.REFCLOCK && dialect == Dialect.NTP)) {
        return null;
      }
      // No computeIfAbsent: a lambda linked on every check costs start-up (ShortCheckLambdaTest).
      String key = s.address().toLowerCase(Locale.ROOT);
      List<Kept> same = kept.get(key);
      if (same == null) {
        same = new ArrayList<>(1); // two only with -4 and -6
        kept.put(key, same);
      }
      // The repeat's own family is read only when a kept one has a family: reading the words of
      // every repeated line was a tenth of a large ntp.conf's lint (issue 8, P3).
      int family = -1;
      for (Kept k : same) {
        if (k.family() == 0) {
          return k.source();
        }
        if (family < 0) {
          family = ntpFamily(s);
        }
        if (family == 0 || family == k.family()) {
          return k.source();
        }
      }
      same.add(new Kept(s, family < 0 ? ntpFamily(s) : family));
      return null;
    }
  }

  /** 4 or 6 for an ntp.conf source written with {@code -4} or {@code -6}; otherwise 0 (any). */
  private static int ntpFamily(TimeSource s) {
    if (s.dialect() != Dialect.NTP || s.syntax().arguments().isEmpty()) {
      return 0;
    }
    Word first = s.syntax().arguments().get(0);
    return first.rawEquals("-4") ? 4 : first.rawEquals("-6") ? 6 : 0;
  }

  /** True when some client other than the host itself (loopback) may get time from this host. */
  public boolean servesClients() {
    return clientAccess.anyAllowedBeyondLoopback();
  }

  public boolean hasPeers() {
    // Stops at the first peer, with no list (several rules ask through serverRole()).
    for (TimeSource s : sources) {
      if (s.kind() == SourceKind.PEER) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when other machines depend on this one for time: it serves clients, is a peer of others,
   * or broadcasts.
   */
  public boolean serverRole() {
    return servesClients() || hasPeers() || !broadcasts.isEmpty();
  }

  /**
   * How many usable sources the configuration can end up with (pools count their maxsources); a
   * {@linkplain #repeatedSources() repeated} source does not count, as the daemon ignores it.
   */
  public int usableSourceCount() {
    return usableSourceCount(Integer.MAX_VALUE);
  }

  /**
   * {@link #usableSourceCount()}, or a number of at least {@code atLeast} as soon as the count
   * reaches it: a rule that asks whether there are three stops reading a large file's sources at
   * the third (issue 8, P3).
   */
  public int usableSourceCount(int atLeast) {
    FirstSources firsts = new FirstSources();
    int count = 0;
    for (TimeSource s : sources) {
      if (firsts.firstBefore(s) == null) {
        count += s.usableCount();
        if (count >= atLeast) {
          break;
        }
      }
    }
    return count;
  }

  /**
   * Where a finding about something missing from the whole configuration points: the start of the
   * main file's first line.
   */
  public Span anchor() {
    return mainFile.span(0, 0);
  }
}
