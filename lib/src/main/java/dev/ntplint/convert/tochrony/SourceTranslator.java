package dev.ntplint.convert.tochrony;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.convert.Outcome;
import dev.ntplint.convert.OutputLine;
import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.AssociationType;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.source.DirectiveSyntax;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code server}, {@code pool}, {@code peer} (network sources), {@code broadcast}, and the
 * collapse of the numbered pool servers {@code server [0-3].ZONE.pool.ntp.org} into one {@code
 * pool}.
 */
final class SourceTranslator {

  /** A network source line as the converter reads it. */
  record NetworkSource(NtpDirective directive, AssociationType type, String host, boolean numeric,
      Optional<AddressFamily> family, List<NtpOption> options) {

    DirectiveSyntax syntax() {
      return directive.syntax();
    }

    /** Options and family as text, to tell whether numbered pool servers can be merged. */
    String signature() {
      StringBuilder sb = new StringBuilder(family.map(Enum::name).orElse(""));
      options.forEach(o -> sb.append(' ').append(o.text()));
      return sb.toString();
    }
  }

  private static final Pattern NUMBERED_POOL =
      Pattern.compile("([0-3])\\.((?:[a-z0-9-]+\\.)*)pool\\.ntp\\.org\\.?",
          Pattern.CASE_INSENSITIVE);

  /** The version 4 hint is needed for MACs longer than 160 bits (chrony then defaults to v3). */
  private static final int MAX_MAC_BYTES_FOR_V4_DEFAULT = 20;

  private final Context context;
  private final KeysTranslator keys;
  private final Map<NtpDirective, NtpDirective> mergedInto = new IdentityHashMap<>();
  private final Map<NtpDirective, Integer> poolSize = new IdentityHashMap<>();
  private final Map<NtpDirective, String> poolName = new IdentityHashMap<>();

  SourceTranslator(Context context, KeysTranslator keys) {
    this.context = context;
    this.keys = keys;
  }

  static NetworkSource read(Association a) {
    return new NetworkSource(a, a.type(), a.address().text(), a.address().isNumeric(),
        a.address().family(), NtpOption.of(a.options()));
  }

  /**
   * Finds numbered pool servers to merge. A zone is merged when it has at least two of them and
   * all have the same options; a zone that cannot be merged does not stop the others (B8).
   */
  void planPools(List<NetworkSource> sources) {
    Map<String, List<NetworkSource>> zones = new LinkedHashMap<>();
    Map<String, Set<String>> numbers = new LinkedHashMap<>();
    for (NetworkSource s : sources) {
      if (s.type() != AssociationType.SERVER || s.numeric()) {
        continue;
      }
      Matcher m = NUMBERED_POOL.matcher(s.host());
      if (m.matches()) {
        String zone = m.group(2).toLowerCase(Locale.ROOT);
        zones.computeIfAbsent(zone, k -> new ArrayList<>()).add(s);
        numbers.computeIfAbsent(zone, k -> new TreeSet<>()).add(m.group(1));
      }
    }
    for (Map.Entry<String, List<NetworkSource>> zone : zones.entrySet()) {
      List<NetworkSource> members = zone.getValue();
      boolean same = members.stream().map(NetworkSource::signature).distinct().count() == 1;
      if (members.size() < 2 || !same || numbers.get(zone.getKey()).size() != members.size()) {
        continue;
      }
      NtpDirective first = members.get(0).directive();
      poolSize.put(first, members.size());
      String root = members.get(0).host().endsWith(".") ? "pool.ntp.org." : "pool.ntp.org";
      poolName.put(first, "2." + zone.getKey() + root);
      for (NetworkSource m : members.subList(1, members.size())) {
        mergedInto.put(m.directive(), first);
      }
    }
  }

  void translate(NetworkSource s) {
    if (mergedInto.containsKey(s.directive())) {
      NtpDirective first = mergedInto.get(s.directive());
      context.report(s.syntax(), Outcome.CONVERTED,
          "merged with the other numbered pool servers of its zone into one pool line (at input line "
              + first.syntax().line().number() + ")", null, context.linesOf(first));
      return;
    }
    if (s.type() == AssociationType.MANYCASTCLIENT) {
      context.report(s.syntax(), Outcome.DROPPED, "chrony has no manycast client",
          "use a pool line (pool NAME iburst) or servers from DHCP (sourcedir)", List.of());
      return;
    }
    if (context.droppedForBlanks(s.syntax(), "host name", s.host())) {
      return;
    }
    if (s.type() == AssociationType.BROADCAST) {
      broadcast(s);
      return;
    }
    boolean merged = poolSize.containsKey(s.directive());
    String directive = merged ? "pool" : s.type().kind().keyword();
    String host = merged ? poolName.get(s.directive()) : unbracketed(s.host());
    StringBuilder line = new StringBuilder(directive).append(' ').append(host);
    ChronyVersion target = context.options.target();
    boolean peer = s.type() == AssociationType.PEER;
    if (s.family().isPresent() && !s.numeric()) {
      SourceOption option = s.family().get() == AddressFamily.IPV4 ? SourceOption.IPV4
          : SourceOption.IPV6;
      String flag = s.family().get() == AddressFamily.IPV4 ? "-4" : "-6";
      if (target.atLeast(option.info().since())) {
        line.append(' ').append(option.info().keyword());
      } else {
        context.reportPart(s.syntax(), "address qualifier " + flag, Outcome.DROPPED,
            "the " + option.info().keyword() + " source option needs chrony "
                + option.info().since() + " (chronyd " + target + " refuses the whole line, the"
                + " failure of ntp2chrony's bug B4)",
            "start chronyd with " + flag + " to use only that address family, or convert with"
                + " --target chrony-4.6 or newer");
      }
    }
    boolean hasVersion = false;
    Optional<Long> key = Optional.empty();
    for (NtpOption o : s.options()) {
      if (o.kind().isEmpty()) {
        context.reportPart(s.syntax(), "option " + o.text(), Outcome.DROPPED,
            "ntpd does not know this option here (it rejects the line); the rest of the line is"
                + " converted", null);
        continue;
      }
      AssociationOption kind = o.kind().get();
      switch (kind) {
        case IBURST, BURST -> {
          if (peer) {
            context.reportPart(s.syntax(), "option " + o.text(), Outcome.DROPPED,
                "chrony ignores " + o.keyword() + " on peer lines (ntp2chrony copies it, B12)",
                "for a fast start use server lines on both hosts instead of peer");
          } else {
            line.append(' ').append(kind.keyword());
          }
        }
        case PREFER, NOSELECT, XLEAVE -> line.append(' ').append(kind.keyword());
        case TRUE -> {
          line.append(" trust");
          context.reportPart(s.syntax(), "option true", Outcome.APPROXIMATED,
              "written as trust: ntpd always counts a true source as a truechimer; chrony treats"
                  + " a trusted source as a falseticker only when trusted sources are the majority",
              null);
        }
        case MINPOLL, MAXPOLL -> line.append(' ').append(kind.keyword()).append(' ')
            .append(o.integer().map(String::valueOf).orElse(o.value().orElse("")));
        case VERSION -> {
          Optional<Long> version = o.integer().filter(v -> v >= 1 && v <= 4);
          if (version.isPresent()) {
            hasVersion = true;
            line.append(" version ").append(version.get());
          } else {
            context.reportPart(s.syntax(), "option " + o.text(), Outcome.DROPPED,
                "chrony speaks NTP versions 1 to 4 only", null);
          }
        }
        case KEY -> {
          if (o.integer().filter(k -> k == 0).isPresent()) {
            continue; // ntpd reads key 0 as "no key"
          }
          key = o.integer();
          line.append(" key ").append(key.map(String::valueOf).orElse(o.value().orElse("")));
        }
        case NTS -> {
          if (peer) {
            context.reportPart(s.syntax(), "option nts", Outcome.DROPPED,
                "chrony has no NTS for peers", "use server lines with nts on both hosts");
          } else {
            line.append(" nts");
          }
        }
        case PREEMPT -> context.reportPart(s.syntax(), "option preempt", Outcome.APPROXIMATED,
            "chrony has no preemptable associations: the source stays configured; chrony"
                + " re-resolves names of unreachable sources and a pool replaces unreachable"
                + " servers itself", null);
        case AUTOKEY -> context.reportPart(s.syntax(), "option autokey", Outcome.DROPPED,
            "chrony has no Autokey", "use nts if the server supports NTS, else a symmetric key"
                + " (key N) known to both sides");
        case CA, CERT, AEAD -> context.reportPart(s.syntax(), "option " + o.text(),
            Outcome.DROPPED, "chrony sets NTS certificates globally, not per source",
            "use ntstrustedcerts in chrony.conf for a private CA");
        default -> context.reportPart(s.syntax(), "option " + o.text(), Outcome.DROPPED,
            "chrony has no equivalent of ntpd's " + kind.keyword() + " for "
                + s.type().kind().keyword() + " lines", null);
      }
    }
    if (key.isPresent() && !hasVersion) {
      Optional<Integer> macBytes = keys.macBytes(key.get());
      if (macBytes.isPresent() && macBytes.get() > MAX_MAC_BYTES_FOR_V4_DEFAULT) {
        line.append(" version 4");
      }
    }
    if (key.isPresent() && !keys.usable(key.get())) {
      context.reportPart(s.syntax(), "key " + key.get(), Outcome.APPROXIMATED,
          "key " + key.get() + " is not a trusted key of a readable keys file, so ntpd could not"
              + " authenticate with it either; chrony will not synchronise to this source until"
              + " the key exists", "add the key to the chrony keys file");
    }
    if (merged) {
      int size = poolSize.get(s.directive());
      if (size != 4) {
        line.append(" maxsources ").append(size);
      }
    }
    List<OutputLine> out = context.emit(s.directive(), line.toString());
    if (merged) {
      context.report(s.syntax(), Outcome.CONVERTED, "with the other " + (poolSize.get(
          s.directive()) - 1) + " numbered servers of its zone, one pool line that keeps "
              + poolSize.get(s.directive()) + " servers (2.* is the pool name that also has IPv6"
              + " addresses)", null, out);
    } else if (peer) {
      context.report(s.syntax(), Outcome.CONVERTED,
          "chrony makes no ephemeral associations: the other host must have a peer line for this"
              + " one too", "consider server lines on both hosts, which chrony handles better",
          out);
    } else {
      context.report(s.syntax(), Outcome.CONVERTED, "", null, out);
    }
  }

  /** chrony takes an IPv6 address without ntpd's brackets. */
  static String unbracketed(String host) {
    return host.length() > 2 && host.startsWith("[") && host.endsWith("]")
        ? host.substring(1, host.length() - 1) : host;
  }

  private void broadcast(NetworkSource s) {
    int poll = 6;
    for (NtpOption o : s.options()) {
      if (o.is(AssociationOption.MINPOLL) && o.integer().isPresent()) {
        poll = (int) (long) o.integer().get();
      } else {
        context.reportPart(s.syntax(), "option " + o.text(), Outcome.DROPPED,
            "chrony's broadcast has no " + o.keyword() + " (broadcasts are not authenticated)",
            null);
      }
    }
    long interval = 1L << Math.max(0, Math.min(poll, 17));
    List<OutputLine> out = context.emit(s.directive(), "broadcast " + interval + " " + unbracketed(s.host()));
    context.report(s.syntax(), Outcome.CONVERTED, "sends a broadcast every 2^" + poll + " s",
        "clients need allow for this host's answers only if they also poll it", out);
  }
}
