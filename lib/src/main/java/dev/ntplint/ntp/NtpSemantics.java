package dev.ntplint.ntp;

import dev.ntplint.collect.Groups;
import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.CryptoOption;
import dev.ntplint.ntp.catalog.DiscardOption;
import dev.ntplint.ntp.catalog.FilegenOption;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.catalog.RlimitOption;
import dev.ntplint.ntp.catalog.TinkerOption;
import dev.ntplint.ntp.catalog.TosOption;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.AssociationType;
import dev.ntplint.ntp.model.Crypto;
import dev.ntplint.ntp.model.Discard;
import dev.ntplint.ntp.model.FileSetting;
import dev.ntplint.ntp.model.Filegen;
import dev.ntplint.ntp.model.Fudge;
import dev.ntplint.ntp.model.Include;
import dev.ntplint.ntp.model.KeyRange;
import dev.ntplint.ntp.model.LogConfig;
import dev.ntplint.ntp.model.LogConfigItem;
import dev.ntplint.ntp.model.Mru;
import dev.ntplint.ntp.model.NtpAddress;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.RefclockAddress;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.ntp.model.RestrictTarget;
import dev.ntplint.ntp.model.Rlimit;
import dev.ntplint.ntp.model.Setting;
import dev.ntplint.ntp.model.Tinker;
import dev.ntplint.ntp.model.Tos;
import dev.ntplint.ntp.model.TrustedKey;
import dev.ntplint.ntp.model.Value;
import dev.ntplint.source.Span;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What ntpd does with commands its parser accepts when it applies them (spec section 4): values
 * it clamps or ignores, associations it drops, flags it ignores, and the few accepted lines that
 * make it exit or hang. Messages name the daemon they are about ("ntpd" when both behave alike).
 */
final class NtpSemantics {

  /** Receives the diagnostics. */
  interface Sink {
    /**
     * @param oneFlavourOfSeveral the target accepts both flavours and only one of them behaves
     *     so: advice about the other daemon, not a problem of this file for sure
     */
    void add(NtpDiagnosticCode code, Span span, String message, String suggestion,
        boolean oneFlavourOfSeveral);
  }

  private record Note(NtpDiagnosticCode code, Span span, String message, String suggestion) {}

  /**
   * One command as each targeted daemon that accepts it applies it.
   *
   * <p>Two fields, not a map per command (issue 8: an EnumMap per command and an iterator over
   * it were a visible share of the allocation).
   *
   * @param classic what classic ntpd applies, or null when it is not targeted or applies nothing
   * @param ntpsec the same for NTPsec
   * @param targetedFlavours how many flavours the file is read for (2 for the accept-either target)
   */
  record Applied(NtpDirective classic, NtpDirective ntpsec, int targetedFlavours) {

    /** What {@code flavour} applies, or null. */
    NtpDirective by(NtpFlavour flavour) {
      return flavour == NtpFlavour.CLASSIC ? classic : ntpsec;
    }
  }

  private static final NtpFlavour[] FLAVOURS = NtpFlavour.values();

  private final Sink sink;
  private final List<Note> notes = new ArrayList<>();
  /** The tos commands each flavour applies, checked together at the end. */
  private final Map<NtpFlavour, List<Tos>> tos = new EnumMap<>(NtpFlavour.class);
  private int targeted = 1;
  /** One map for every command: forward reads it and keeps nothing (issue 8). */
  private final Map<NtpFlavour, List<Note>> byFlavour = new EnumMap<>(NtpFlavour.class);

  private NtpSemantics(Sink sink) {
    this.sink = sink;
  }

  /**
   * A checker to be shown the file's commands in reading order ({@link #next}), then told the
   * file has ended ({@link #finish}).
   */
  static NtpSemantics checker(Sink sink) {
    return new NtpSemantics(sink);
  }

  /** Checks one command as each targeted daemon applies it. */
  void next(Applied a) {
    targeted = a.targetedFlavours();
    byFlavour.clear();
    boolean noted = false;
    // In flavour order, as the map this replaced was iterated.
    for (NtpFlavour f : FLAVOURS) {
      NtpDirective d = a.by(f);
      if (d == null) {
        continue;
      }
      while (d instanceof Include inc && inc.trailing().isPresent()) {
        d = inc.trailing().get();
      }
      check(d, f);
      List<Note> taken = takeNotes();
      noted |= !taken.isEmpty();
      byFlavour.put(f, taken);
      if (d instanceof Tos t) {
        Groups.add(tos, f, t);
      }
    }
    if (noted) {
      // Nearly every command has no note: nothing to pass on.
      forward(byFlavour, a.targetedFlavours());
    }
  }

  /** Checks what only the whole file shows (the tos options together); after the last command. */
  void finish() {
    Map<NtpFlavour, List<Note>> tosNotes = new EnumMap<>(NtpFlavour.class);
    for (Map.Entry<NtpFlavour, List<Tos>> e : tos.entrySet()) {
      tos(e.getValue(), e.getKey());
      tosNotes.put(e.getKey(), takeNotes());
    }
    forward(tosNotes, targeted);
  }

  private List<Note> takeNotes() {
    if (notes.isEmpty()) {
      // Nearly every command: no copy to take.
      return List.of();
    }
    List<Note> taken = new ArrayList<>(notes);
    notes.clear();
    return taken;
  }

  /**
   * Passes the notes on, each marked when fewer than all {@code flavours} targeted flavours have a
   * note of its code at its place (the flavours word the same fact differently).
   */
  private void forward(Map<NtpFlavour, List<Note>> byFlavour, int flavours) {
    // A few notes per command and at most two flavours: comparing places directly costs less
    // than an index of place strings, and this runs for every command (issue 8).
    for (List<Note> list : byFlavour.values()) {
      for (int i = 0; i < list.size(); i++) {
        Note n = list.get(i);
        int having = 0;
        for (List<Note> other : byFlavour.values()) {
          if (hasNoteAt(other, n)) {
            having++;
          }
        }
        sink.add(n.code(), n.span(), n.message(), n.suggestion(), having < flavours);
      }
    }
  }

  /** True when {@code notes} hold one of {@code n}'s code at {@code n}'s place. */
  private static boolean hasNoteAt(List<Note> notes, Note n) {
    for (int i = 0; i < notes.size(); i++) {
      Note other = notes.get(i);
      if (other.code().id().equals(n.code().id()) && other.span().start() == n.span().start()
          && other.span().end() == n.span().end()) {
        return true;
      }
    }
    return false;
  }

  private void add(NtpDiagnosticCode code, Span span, String message) {
    notes.add(new Note(code, span, message, null));
  }

  private void check(NtpDirective d, NtpFlavour f) {
    if (d instanceof Association a) {
      association(a, f);
    } else if (d instanceof dev.ntplint.ntp.model.Refclock r) {
      if (r.driver().isPresent() && r.driver().get().missingFromDebianNtpsec()) {
        add(NtpDiagnosticCode.DRIVER_NOT_IN_BUILD, r.driverName().span(),
            "NTPsec builds without the " + r.driver().get().ntpsecName().orElseThrow() + " driver"
                + " (Debian 12's 1.2.2 is one) exit while reading this line: \"Unknown driver name "
                + r.driverName().text() + "\"");
      }
      if (r.unit() < 0 || r.unit() > 255) {
        add(NtpDiagnosticCode.INVALID_ADDRESS,
            r.unitWord().isPresent() ? r.unitWord().get().span() : r.span(),
            "NTPsec does not check the unit: it makes the address 127.127."
                + (r.driver().isPresent() ? String.valueOf(r.driver().get().type()) : "T") + "."
                + r.unit() + " from it, which no driver can use (units are 0..255)");
      }
      keyAndVersion(r.options(), f);
      Optional<Option<AssociationOption>> holdover = r.option(AssociationOption.HOLDOVER);
      if (holdover.isPresent()) {
        add(NtpDiagnosticCode.DEPRECATED, holdover.get().span(),
            "`holdover` was removed in NTPsec 1.2.4 (a syntax error there)");
      }
    } else if (d instanceof Fudge fudge) {
      if (fudge.refclock().isEmpty()) {
        add(NtpDiagnosticCode.INVALID_ADDRESS, fudge.address().span(),
            "ntpd ignores this line: `" + fudge.address().text() + "` is not a refclock address"
                + " 127.127.T.U (it logs \"inappropriate address\")");
      }
    } else if (d instanceof Restrict r) {
      restrict(r, f);
    } else if (d instanceof TrustedKey t) {
      for (KeyRange k : t.keys()) {
        if (k.first() > k.last()) {
          add(NtpDiagnosticCode.VALUE_ADJUSTED, k.span(),
              "ntpd ignores this range: its first key id is above its last");
        } else if (k.first() < 1 || k.last() > 65535) {
          add(NtpDiagnosticCode.VALUE_ADJUSTED, k.span(),
              "ntpd ignores key ids outside 1..65535");
        }
      }
    } else if (d instanceof Setting s) {
      setting(s, f);
    } else if (d instanceof Tinker t && f == NtpFlavour.NTPSEC) {
      Optional<Option<TinkerOption>> tick = t.option(TinkerOption.TICK);
      if (tick.isPresent()) {
        add(NtpDiagnosticCode.IGNORED_BY_DAEMON, tick.get().span(), "NTPsec 1.2.2 logs \"tinker"
            + " tick not supported\" and ignores it (1.2.4 and later reject it)");
      }
    } else if (d instanceof Filegen g) {
      Optional<Option<FilegenOption>> file = g.option(FilegenOption.FILE);
      if (file.isPresent() && file.get().textValue().contains("/")) {
        add(NtpDiagnosticCode.FAILS_AT_START, file.get().span(),
            "a filegen file name with a / makes ntpd spin in a loop when it starts (its"
                + " valid_fileref never returns) and it then ignores SIGTERM; set the directory"
                + " with statsdir and give only a base name here");
      }
    } else if (d instanceof FileSetting fs && fs.command() == NtpDirectiveKind.DRIFTFILE
        && fs.extra().isPresent() && f == NtpFlavour.CLASSIC) {
      add(NtpDiagnosticCode.DEPRECATED, fs.extra().get().span(),
          "classic ntpd logs that `driftfile FILE WANDER` is deprecated: use `nonvolatile "
              + wanderText(fs.extra().get()) + "` on a line of its own");
    } else if (d instanceof Crypto c) {
      for (Option<CryptoOption> o : c.options()) {
        if (o.kind() == CryptoOption.REVOKE) {
          add(NtpDiagnosticCode.DEPRECATED, o.span(),
              "classic ntpd logs that `crypto revoke` is deprecated: use `revoke N`");
        }
      }
    } else if (d instanceof LogConfig l) {
      for (LogConfigItem item : l.items()) {
        if (!item.known()) {
          add(NtpDiagnosticCode.VALUE_ADJUSTED, item.span(),
              "ntpd does not know the log class `" + item.name() + "` and ignores it (\"not"
                  + " recognized - ignored\")");
        }
      }
    } else if (d instanceof Rlimit r && f == NtpFlavour.NTPSEC) {
      Optional<Option<RlimitOption>> memlock = r.option(RlimitOption.MEMLOCK);
      if (memlock.isPresent()) {
        add(NtpDiagnosticCode.IGNORED_BY_DAEMON, memlock.get().span(),
            "NTPsec logs \"memlock ignored\": it does not lock memory");
      }
    } else if (d instanceof Discard disc) {
      Optional<Option<DiscardOption>> average = disc.option(DiscardOption.AVERAGE);
      if (average.isPresent()
          && (average.get().intValue() < 0 || average.get().intValue() > 255)) {
        add(NtpDiagnosticCode.VALUE_ADJUSTED, average.get().span(),
            "classic ntpd ignores `discard average` outside 0..255 (log2 seconds)");
      }
    } else if (d instanceof Mru m) {
      for (var o : m.options()) {
        if (o.intValue() < 0) {
          add(NtpDiagnosticCode.VALUE_ADJUSTED, o.span(),
              "ntpd ignores a negative mru value (\"out of range, ignored\")");
        }
      }
    }
  }

  private static String wanderText(Value v) {
    return v.span().text();
  }

  private void association(Association a, NtpFlavour f) {
    String daemon = f.displayName();
    NtpAddress address = a.address();
    boolean network = a.refclock().isEmpty();
    if (address.numeric().isPresent() && network) {
      InetAddress ip = address.numeric().get();
      byte[] b = ip.getAddress();
      boolean badLoopback = ip instanceof Inet4Address && (b[0] & 0xff) == 127
          && !ip.getHostAddress().equals("127.0.0.1");
      boolean multicast = ip.isMulticastAddress();
      if (badLoopback || (multicast && (a.type() == AssociationType.SERVER
          || a.type() == AssociationType.PEER || a.type() == AssociationType.POOL))) {
        add(NtpDiagnosticCode.ASSOCIATION_DROPPED, address.span(),
            "ntpd refuses this association: \"attempt to configure invalid address "
                + address.text() + "\"" + (badLoopback
                    ? " (of 127.0.0.0/8 only 127.0.0.1 and the refclock addresses 127.127.T.U"
                        + " are allowed)" : " (a multicast address)"));
      }
    }
    if (a.refclock().isPresent()) {
      refclockAddress(a.refclock().get(), address, f);
    }
    keyAndVersion(a.options(), f);
    // By index, as the loops below: an iterator per list of every line or command was a
    // visible share of the bytes allocated per file (issue 8).
    for (int i = 0; i < a.options().size(); i++) {
      Option<AssociationOption> o = a.options().get(i);
      switch (o.kind()) {
        case MINPOLL: {
          long v = o.intValue();
          if (f == NtpFlavour.CLASSIC && (v < 3 || v > 255)) {
            add(NtpDiagnosticCode.VALUE_ADJUSTED, o.span(),
                "classic ntpd logs that minpoll is out of range and uses 3");
          } else if (f == NtpFlavour.NTPSEC && (v < 0 || v > 17)) {
            add(NtpDiagnosticCode.VALUE_ADJUSTED, o.span(),
                "NTPsec clamps minpoll to 0..17");
          }
          break;
        }
        case MAXPOLL: {
          long v = o.intValue();
          if (v < 0 || v > 17) {
            add(NtpDiagnosticCode.VALUE_ADJUSTED, o.span(), daemon
                + (f == NtpFlavour.CLASSIC ? " logs that maxpoll is out of range and uses 17"
                    : " clamps maxpoll to 0..17"));
          }
          break;
        }
        case TTL:
          if (!network) {
            add(NtpDiagnosticCode.ASSOCIATION_DROPPED, o.span(),
                "classic ntpd refuses this association: `ttl` does not apply to reference"
                    + " clocks (use mode)");
          } else if (o.intValue() >= 8) {
            add(NtpDiagnosticCode.ASSOCIATION_DROPPED, o.span(),
                "classic ntpd refuses this association: ttl must be below 8");
          }
          break;
        case MODE:
          if (network && f == NtpFlavour.CLASSIC) {
            add(NtpDiagnosticCode.ASSOCIATION_DROPPED, o.span(),
                "classic ntpd refuses this association: \"'mode' does not apply to network"
                    + " peers\"");
          }
          break;
        case HOLDOVER:
          add(NtpDiagnosticCode.DEPRECATED, o.span(),
              "`holdover` was removed in NTPsec 1.2.4 (a syntax error there)");
          break;
        default:
          break;
      }
    }
    if (a.type() == AssociationType.PEER && f == NtpFlavour.NTPSEC) {
      add(NtpDiagnosticCode.IGNORED_BY_DAEMON, a.syntax().name().span(),
          "NTPsec logs \"peer deprecated, treated as server\": it makes a client association,"
              + " not a symmetric one");
    }
  }

  private void refclockAddress(RefclockAddress rc, NtpAddress address, NtpFlavour f) {
    if (rc.driver().isEmpty()) {
      add(NtpDiagnosticCode.ASSOCIATION_DROPPED, address.span(),
          "ntpd has no reference clock driver of type " + rc.type() + " (127.127.TYPE.UNIT)");
    } else if (f == NtpFlavour.NTPSEC && rc.driver().get().ntpsecName().isEmpty()) {
      add(NtpDiagnosticCode.ASSOCIATION_DROPPED, address.span(),
          "NTPsec has no driver of type " + rc.type() + " (classic ntpd's "
              + rc.driver().get().classicName() + ", " + rc.driver().get().description() + ")");
    } else if (f == NtpFlavour.NTPSEC && rc.driver().get().missingFromDebianNtpsec()) {
      add(NtpDiagnosticCode.DRIVER_NOT_IN_BUILD, address.span(),
          "some NTPsec builds (Debian 12's 1.2.2) leave out the "
              + rc.driver().get().ntpsecName().orElseThrow() + " driver");
    }
  }

  private void keyAndVersion(List<Option<AssociationOption>> options, NtpFlavour f) {
    for (int i = 0; i < options.size(); i++) {
      Option<AssociationOption> o = options.get(i);
      if (o.kind() == AssociationOption.KEY) {
        long key = o.intValue();
        if (f == NtpFlavour.NTPSEC && key >= 65535) {
          add(NtpDiagnosticCode.ASSOCIATION_DROPPED, o.span(),
              "NTPsec refuses this association: its key ids must be below 65535");
        } else if (f == NtpFlavour.CLASSIC && key >= 0xFFFFFFFFL) {
          add(NtpDiagnosticCode.ASSOCIATION_DROPPED, o.span(),
              "classic ntpd refuses this association: the key id is too large");
        }
      } else if (o.kind() == AssociationOption.VERSION && o.intValue() >= 255) {
        add(NtpDiagnosticCode.ASSOCIATION_DROPPED, o.span(),
            "ntpd refuses this association: \"invalid argument\" (versions are 1 to 4)");
      }
    }
  }

  /*
   * The messages of the restrict flags NTPsec ignores, made once: nopeer and notrap are on many
   * restrict lines, and a copy of the message per line was 10 MB of the 350 MB that the model and
   * findings of a 20 MB ntp.conf keep (issue 8, P4).
   */
  private static final String NTPSEC_IGNORES_NOPEER = ntpsecIgnores(RestrictFlag.NOPEER);
  private static final String NTPSEC_IGNORES_NOTRAP = ntpsecIgnores(RestrictFlag.NOTRAP);

  private static String ntpsecIgnores(RestrictFlag flag) {
    return "NTPsec accepts `" + flag.keyword() + "` but ignores it (it logs \"restrict "
        + flag.keyword() + " ignored\")";
  }

  private void restrict(Restrict r, NtpFlavour f) {
    if (r.command() == NtpDirectiveKind.DELRESTRICT) {
      return;
    }
    if (r.has(RestrictFlag.KOD) && !r.has(RestrictFlag.LIMITED)) {
      add(NtpDiagnosticCode.KOD_WITHOUT_LIMITED, flagSpan(r, RestrictFlag.KOD),
          "ntpd logs that kod does nothing without limited: add limited, or drop kod");
    }
    for (int i = 0; i < r.flags().size(); i++) {
      Option<RestrictFlag> o = r.flags().get(i);
      if (f == NtpFlavour.NTPSEC
          && (o.kind() == RestrictFlag.NOPEER || o.kind() == RestrictFlag.NOTRAP)) {
        add(NtpDiagnosticCode.IGNORED_BY_DAEMON, o.span(),
            o.kind() == RestrictFlag.NOPEER ? NTPSEC_IGNORES_NOPEER : NTPSEC_IGNORES_NOTRAP);
      }
      if (f == NtpFlavour.CLASSIC && o.kind() == RestrictFlag.EPEER) {
        add(NtpDiagnosticCode.FAILS_AT_START, o.span(),
            "classic ntpd 4.2.8p18 parses `epeer` but then exits at startup (\"config_access:"
                + " Unknown flag-type-token=epeer\")");
      }
    }
    if (r.target() instanceof RestrictTarget.Address a) {
      NtpAddress address = a.address();
      if (f == NtpFlavour.CLASSIC && address.prefixLength().isPresent()) {
        add(NtpDiagnosticCode.INVALID_ADDRESS, address.span(),
            "classic ntpd cannot read address/prefix: it logs \"address/host '" + address.text()
                + "' unusable\" and skips this entry (use mask; NTPsec accepts the /prefix)");
      }
      if (f == NtpFlavour.CLASSIC && address.numeric().isEmpty() && r.mask().isPresent()) {
        add(NtpDiagnosticCode.IGNORED_BY_DAEMON, r.mask().get().span(),
            "classic ntpd ignores a mask given with a host name (it makes one entry per address"
                + " the name resolves to)");
      }
    }
    if (r.ippeerlimit().isPresent()) {
      Value v = r.ippeerlimit().get();
      long n = ((Value.IntValue) v).value();
      if (n < -1 || n > 100) {
        add(NtpDiagnosticCode.VALUE_ADJUSTED, v.span(),
            "classic ntpd logs \"Unreasonable ippeerlimit value\" and uses 0 (the range is"
                + " -1..100)");
      }
    }
  }

  private static Span flagSpan(Restrict r, RestrictFlag flag) {
    for (Option<RestrictFlag> o : r.flags()) {
      if (o.kind() == flag) {
        return o.span();
      }
    }
    return r.span();
  }

  private void setting(Setting s, NtpFlavour f) {
    if (s.command() == NtpDirectiveKind.REQUESTKEY && f == NtpFlavour.NTPSEC) {
      add(NtpDiagnosticCode.IGNORED_BY_DAEMON, s.syntax().name().span(),
          "NTPsec logs \"requestkey is a no-op because ntpdc has been removed\"");
    } else if (s.command() == NtpDirectiveKind.REVOKE && s.value() instanceof Value.IntValue v
        && (v.value() < 3 || v.value() > 31)) {
      add(NtpDiagnosticCode.VALUE_ADJUSTED, v.span(),
          "classic ntpd ignores revoke outside 3..31");
    }
  }

  /** The tos lines of one daemon, merged as ntpd merges them. */
  private void tos(List<Tos> lines, NtpFlavour f) {
    Map<TosOption, Option<TosOption>> last = new EnumMap<>(TosOption.class);
    for (Tos t : lines) {
      for (Option<TosOption> o : t.options()) {
        last.put(o.kind(), o);
      }
    }
    if (f == NtpFlavour.NTPSEC) {
      Option<TosOption> ceiling = last.get(TosOption.CEILING);
      if (ceiling != null && ceiling.doubleValue() > 15) {
        add(NtpDiagnosticCode.VALUE_ADJUSTED, ceiling.span(),
            "NTPsec logs \"Using maximum tos ceiling 15, " + (long) ceiling.doubleValue()
                + " requested\"");
      }
      return;
    }
    for (TosOption k : List.of(TosOption.CEILING, TosOption.FLOOR)) {
      Option<TosOption> o = last.get(k);
      if (o != null && (o.doubleValue() < 0 || o.doubleValue() > 15)) {
        add(NtpDiagnosticCode.VALUE_ADJUSTED, o.span(),
            "classic ntpd clamps tos " + k.keyword() + " to 0..15");
      }
    }
    double minsane = value(last, TosOption.MINSANE, 1);
    double minclock = value(last, TosOption.MINCLOCK, 3);
    double maxclock = value(last, TosOption.MAXCLOCK, 10);
    double floor = value(last, TosOption.FLOOR, 1);
    double ceiling = value(last, TosOption.CEILING, 15);
    List<String> broken = new ArrayList<>();
    if (!(minsane < minclock)) {
      broken.add("minsane (" + fmt(minsane) + ") < minclock (" + fmt(minclock) + ")");
    }
    if (!(minclock <= maxclock)) {
      broken.add("minclock (" + fmt(minclock) + ") <= maxclock (" + fmt(maxclock) + ")");
    }
    if (!(floor <= ceiling)) {
      broken.add("floor (" + fmt(floor) + ") <= ceiling (" + fmt(ceiling) + ")");
    }
    if (!broken.isEmpty()) {
      add(NtpDiagnosticCode.TOS_INCONSISTENT, lines.get(lines.size() - 1).span(),
          "classic ntpd warns at startup that it \"will not operate properly\": it needs "
              + String.join(" and ", broken) + " (defaults: minsane 1, minclock 3, maxclock 10,"
              + " floor 1, ceiling 15)");
    }
  }

  private static double value(Map<TosOption, Option<TosOption>> last, TosOption k, double dflt) {
    Option<TosOption> o = last.get(k);
    return o == null ? dflt : o.doubleValue();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
