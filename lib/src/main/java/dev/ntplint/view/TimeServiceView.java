package dev.ntplint.view;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import java.util.ArrayList;
import java.util.List;
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

  /** How many usable sources the configuration can end up with (pools count their maxsources). */
  public int usableSourceCount() {
    int count = 0;
    for (TimeSource s : sources) {
      count += s.usableCount();
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
