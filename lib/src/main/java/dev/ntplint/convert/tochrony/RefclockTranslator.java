package dev.ntplint.convert.tochrony;

import dev.ntplint.chrony.catalog.LocalOption;
import dev.ntplint.convert.Outcome;
import dev.ntplint.convert.OutputLine;
import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.FudgeFactor;
import dev.ntplint.ntp.catalog.TosOption;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.Fudge;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.Refclock;
import dev.ntplint.ntp.model.RefclockAddress;
import dev.ntplint.ntp.model.Tos;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.view.LocalFallback;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reference clocks: {@code server 127.127.T.U} and NTPsec {@code refclock NAME}, with their
 * {@code fudge} lines folded in (ntp2chrony dropped every refclock and swallowed fudges, B9).
 * SHM and PPS map to chrony drivers; NMEA, PARSE and GPSD_JSON need gpsd (a manual step, written
 * as a commented template); the LOCAL clock and orphan mode become {@code local}, serving the
 * stratum ntpd served (the fudge stratum + 1, B5).
 */
final class RefclockTranslator {

  /** One reference clock with everything that configures it. */
  private record Clock(NtpDirective directive, RefclockAddress address,
      List<NtpOption> options, Map<String, String> factors, List<Fudge> fudges) {}

  private static final int SHM = 28;
  private static final int PPS = 22;
  private static final int NMEA = 20;
  private static final int PARSE = 8;
  private static final int GPSD = 46;
  private static final int LOCAL = 1;

  private final Context context;
  private final Optional<LocalFallback> local;
  private final Map<String, List<Fudge>> fudges = new LinkedHashMap<>();
  private final Map<String, NtpDirective> clockOf = new HashMap<>();
  private final Map<NtpDirective, Boolean> localWritten = new IdentityHashMap<>();
  private NtpDirective localAnchor;

  RefclockTranslator(Context context, List<NtpDirective> effective, Optional<LocalFallback> local) {
    this.context = context;
    this.local = local;
    for (NtpDirective d : effective) {
      if (d instanceof Fudge f && f.refclock().isPresent()) {
        fudges.computeIfAbsent(f.refclock().get().address(), k -> new ArrayList<>()).add(f);
      }
      Optional<RefclockAddress> clock = address(d);
      // Only the first line of a clock address: ntpd ignores the others (repeated sources).
      boolean first = clock.isPresent() && clockOf.putIfAbsent(clock.get().address(), d) == null;
      if (first && localAnchor == null && local.isPresent() && !local.get().orphan()
          && clock.get().isLocalClock() && !isNoselect(d)) {
        localAnchor = d;
      }
    }
    if (localAnchor == null && local.isPresent() && local.get().orphan()) {
      for (NtpDirective d : effective) {
        if (d instanceof Tos t && t.syntax() == local.get().syntax()) {
          localAnchor = d;
        }
      }
    }
  }

  /** The factors the fudge lines of a clock address set, the last one of each kind winning. */
  private Map<String, String> fudgeFactors(String address) {
    Map<String, String> factors = new LinkedHashMap<>();
    for (Fudge f : fudges.getOrDefault(address, List.of())) {
      for (Option<FudgeFactor> factor : f.factors()) {
        factors.put(factor.kind().keyword(), factor.value().map(v -> v.span().text()).orElse("1"));
      }
    }
    return factors;
  }

  private static Optional<RefclockAddress> address(NtpDirective d) {
    if (d instanceof Association a) {
      return a.refclock();
    }
    if (d instanceof Refclock r) {
      return r.address();
    }
    return Optional.empty();
  }

  private static boolean isNoselect(NtpDirective d) {
    return d instanceof Association a ? a.has(AssociationOption.NOSELECT)
        : d instanceof Refclock r && r.has(AssociationOption.NOSELECT);
  }

  /** True for an association that is a reference clock. */
  static boolean isRefclock(NtpDirective d) {
    return address(d).isPresent() || d instanceof Refclock;
  }

  void translate(NtpDirective d) {
    Optional<RefclockAddress> address = address(d);
    if (address.isEmpty()) {
      Refclock r = (Refclock) d;
      context.report(d.syntax(), Outcome.DROPPED, "unknown refclock driver "
          + r.driverName().text(), null, List.of());
      return;
    }
    List<NtpOption> options = d instanceof Association a ? NtpOption.of(a.options())
        : NtpOption.of(((Refclock) d).options());
    Map<String, String> factors = new LinkedHashMap<>();
    // NTPsec's refclock line carries fudge factors inline; fudge lines come after it.
    for (NtpOption o : options) {
      o.kind().filter(k -> FudgeFactor.byKeyword(k.keyword()).isPresent())
          .ifPresent(k -> factors.put(k.keyword(), o.value().orElse("1")));
    }
    // One line per clock address comes here: ntpd ignores the others ("Ignoring duplicate"), and
    // so does the conversion (NtpToChrony), so each fudge line is reported once, with its clock.
    String key = address.get().address();
    factors.putAll(fudgeFactors(key));
    Clock clock = new Clock(d, address.get(), options, factors, fudges.getOrDefault(key, List.of()));
    switch (address.get().type()) {
      case LOCAL -> local(clock);
      case SHM, PPS -> driver(clock);
      case NMEA, PARSE, GPSD -> viaGpsd(clock);
      default -> {
        context.report(d.syntax(), Outcome.DROPPED, "chrony has no driver for "
            + address.get().driver().map(x -> x.description()).orElse("refclock type "
            + address.get().type()), "if gpsd supports this receiver, run gpsd and add refclock"
            + " SOCK /run/chrony.DEVICE.sock refid ...", List.of());
        foldFudges(clock, List.of(), Outcome.DROPPED);
      }
    }
  }

  /** A fudge line: reported with the clock it configures (folded into its line). */
  void fudge(Fudge f) {
    if (f.refclock().isPresent() && clockOf.containsKey(f.refclock().get().address())) {
      return; // reported with its clock
    }
    context.report(f.syntax(), Outcome.DROPPED, "no reference clock " + f.address().text()
        + " is configured, so this fudge does nothing in ntpd either", null, List.of());
  }

  private void driver(Clock c) {
    int unit = c.address().unit();
    boolean shm = c.address().type() == SHM;
    StringBuilder line = new StringBuilder("refclock ");
    if (shm) {
      // ntpd creates SHM units 0 and 1 owner-only and units 2 and up world-writable.
      line.append("SHM ").append(unit).append(unit >= 2 ? ":perm=0666" : "");
    } else {
      String device = c.options().stream().filter(o -> o.is(AssociationOption.PPSPATH)
          || o.is(AssociationOption.PATH)).map(o -> o.value().orElse("")).findFirst()
          .orElse("/dev/pps" + unit);
      line.append("PPS ").append(device);
      if ("1".equals(c.factors().get("flag2"))) {
        line.append(":clear");
      }
    }
    List<String> dropped = new ArrayList<>();
    for (NtpOption o : c.options()) {
      if (o.kind().isEmpty()) {
        dropped.add(o.text());
        continue;
      }
      switch (o.kind().get()) {
        case MINPOLL -> line.append(" poll ").append(o.value().orElse("4"));
        case PREFER -> line.append(" prefer");
        case NOSELECT -> line.append(" noselect");
        case TRUE -> line.append(" trust");
        case MAXPOLL, PATH, PPSPATH, TIME1, TIME2, STRATUM, REFID, FLAG1, FLAG2, FLAG3, FLAG4 -> { }
        default -> dropped.add(o.text());
      }
    }
    String time1 = c.factors().get("time1");
    if (time1 != null) {
      line.append(" offset ").append(time1);
    }
    String refid = c.factors().get("refid");
    if (refid != null) {
      line.append(" refid ").append(refid.length() > 4 ? refid.substring(0, 4) : refid);
    }
    String stratum = c.factors().get("stratum");
    if (stratum != null) {
      line.append(" stratum ").append(stratum);
    }
    List<OutputLine> out = context.emit(c.directive(), line.toString());
    for (String o : dropped) {
      context.reportPart(c.directive().syntax(), "option " + o, Outcome.DROPPED,
          "chrony's refclock has no equivalent", null);
    }
    if (shm) {
      context.report(c.directive().syntax(), Outcome.CONVERTED, "ntpd's SHM driver unit " + unit
          + " as chrony's SHM driver, fudge factors folded in", null, out);
    } else {
      context.report(c.directive().syntax(), Outcome.APPROXIMATED,
          "a PPS signal only marks the second: ntpd's PPS driver needs a prefer source for the"
              + " time of day; chrony needs another selected source too",
          "if the time of day comes from a refclock, add lock REFID (its refid) to the PPS line",
          out);
    }
    List<String> ignored = shm ? List.of("time2", "flag1", "flag2", "flag3", "flag4",
        "minjitter", "abbrev") : List.of("time2", "flag3", "flag4", "minjitter", "abbrev");
    foldFudges(c, out, null);
    for (Fudge f : c.fudges()) {
      for (Option<FudgeFactor> factor : f.factors()) {
        if (ignored.contains(factor.kind().keyword())) {
          context.reportPart(f.syntax(), "fudge " + factor.kind().keyword(), Outcome.DROPPED,
              factor.kind().keyword().equals("flag3") && !shm
                  ? "chrony has no kernel PPS discipline (ntpd's flag3); it disciplines the clock"
                      + " from PPS samples itself"
                  : "chrony's " + (shm ? "SHM" : "PPS") + " driver has no equivalent of "
                      + factor.kind().keyword(), null);
        }
      }
    }
  }

  private void viaGpsd(Clock c) {
    int unit = c.address().unit();
    String name = c.address().driver().map(x -> x.classicName()).orElse("driver");
    String offset = c.factors().getOrDefault(c.address().type() == NMEA ? "time2" : "time1", null);
    String refid = c.factors().getOrDefault("refid", c.address().type() == NMEA ? "NMEA" : "GPS");
    String template = "#refclock SOCK /run/chrony.gps" + unit + ".sock refid "
        + (refid.length() > 4 ? refid.substring(0, 4) : refid)
        + (offset != null ? " offset " + offset : "") + " delay 0.2";
    List<OutputLine> out = context.emit(c.directive(),
        "# TODO(ntplint): chrony has no " + name + " driver; run gpsd on the receiver and use:",
        template);
    context.report(c.directive().syntax(), Outcome.DROPPED, "chrony has no " + name
        + " driver: the receiver has to be read by gpsd, which passes samples to chronyd",
        "install gpsd for /dev/gps" + unit + ", then uncomment the refclock SOCK line written here"
            + " (gpsd creates /run/chrony.gps" + unit + ".sock when chronyd is running)", out);
    foldFudges(c, out, Outcome.DROPPED);
  }

  private void local(Clock c) {
    // A noselect one is never used, whether or not another LOCAL clock is the fallback.
    if (isNoselect(c.directive()) || local.isEmpty() || local.get().orphan()) {
      String why = isNoselect(c.directive()) ? "a noselect LOCAL clock is never used"
          : "ntpd serves the LOCAL clock's stratum + 1: a fudge stratum of 15 makes it serve 16,"
              + " unsynchronised, so it never acted as a fallback";
      context.report(c.directive().syntax(), Outcome.DROPPED, why, null, List.of());
      foldFudges(c, List.of(), Outcome.DROPPED);
      return;
    }
    if (c.directive() != localAnchor) {
      context.report(c.directive().syntax(), Outcome.CONVERTED,
          "several LOCAL clocks: ntpd falls back to the lowest stratum, written once", null,
          context.linesOf(localAnchor));
      foldFudges(c, List.of(), null);
      return;
    }
    List<OutputLine> out = writeLocal(c.directive());
    for (Fudge f : c.fudges()) {
      for (Option<FudgeFactor> factor : f.factors()) {
        if (factor.kind() != FudgeFactor.STRATUM) {
          context.reportPart(f.syntax(), "fudge " + factor.kind().keyword(), Outcome.DROPPED,
              factor.kind() == FudgeFactor.REFID
                  ? "chrony's local clock always has the refid 7F7F0101 (127.127.1.1)"
                  : "chrony's local clock has no " + factor.kind().keyword(), null);
        }
      }
    }
    context.report(c.directive().syntax(), Outcome.CONVERTED,
        "ntpd serves the LOCAL clock's stratum + 1 (fudge stratum, or 5, plus one), which is what"
            + " chrony's local stratum states (ntp2chrony wrote one less, B5)",
        "chronyd serves it only to clients it allows (allow)", out);
    foldFudges(c, out, null);
  }

  /** The tos orphan option when it is the fallback; reports whether it wrote a line. */
  Optional<List<OutputLine>> orphan(Tos t) {
    if (local.isPresent() && local.get().orphan() && localAnchor == t) {
      return Optional.of(writeLocal(t));
    }
    return Optional.empty();
  }

  boolean localFromClock() {
    return local.isPresent() && !local.get().orphan();
  }

  private List<OutputLine> writeLocal(NtpDirective anchor) {
    if (localWritten.containsKey(anchor)) {
      return context.linesOf(anchor);
    }
    localWritten.put(anchor, true);
    StringBuilder line = new StringBuilder("local stratum ").append(local.get().stratum());
    if (local.get().orphan()) {
      line.append(" orphan");
      Optional<Long> wait = orphanWait();
      if (wait.isPresent()) {
        if (context.options.target().atLeast(LocalOption.WAITUNSYNCED.info().since())) {
          line.append(" waitunsynced ").append(wait.get());
        }
      }
    }
    return context.emit(anchor, line.toString());
  }

  /** The effective tos orphanwait, if set. */
  Optional<Long> orphanWait() {
    Long found = null;
    for (NtpDirective d : context.set.directives()) {
      if (d instanceof Tos t && t.option(TosOption.ORPHANWAIT).isPresent()) {
        found = NtpOption.parseLong(t.option(TosOption.ORPHANWAIT).get().value().get().span()
            .text()).orElse(found);
      }
    }
    return Optional.ofNullable(found);
  }

  private void foldFudges(Clock c, List<OutputLine> out, Outcome forced) {
    for (Fudge f : c.fudges()) {
      DirectiveSyntax syntax = f.syntax();
      if (forced == Outcome.DROPPED) {
        context.report(syntax, Outcome.DROPPED, "its reference clock is not converted", null,
            out);
      } else {
        context.report(syntax, Outcome.CONVERTED, "folded into the line for "
            + c.address().address().toLowerCase(Locale.ROOT), null, out);
      }
    }
  }
}
