package dev.ntplint.rules.builtin;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.Rule;
import dev.ntplint.rules.access.AllowAll;
import dev.ntplint.rules.access.Autokey;
import dev.ntplint.rules.access.BindcmdaddressWildcard;
import dev.ntplint.rules.access.CmdallowRemote;
import dev.ntplint.rules.access.DisableAuth;
import dev.ntplint.rules.access.DisableMonitorIneffective;
import dev.ntplint.rules.access.EnableMode7;
import dev.ntplint.rules.access.IneffectiveAllow;
import dev.ntplint.rules.access.KodWithoutLimited;
import dev.ntplint.rules.access.NoAllowRange;
import dev.ntplint.rules.access.NoRateLimit;
import dev.ntplint.rules.access.NoRestrictDefault;
import dev.ntplint.rules.access.NtsCertKeyMismatch;
import dev.ntplint.rules.access.OpenRestrictDefault;
import dev.ntplint.rules.access.PoolWithoutRestrictSource;
import dev.ntplint.rules.access.RatelimitWithNoclientlog;
import dev.ntplint.rules.access.RestrictHostname;
import dev.ntplint.rules.access.RestrictMissingTwin;
import dev.ntplint.rules.access.WeakKey;
import dev.ntplint.rules.discipline.DuplicateSetting;
import dev.ntplint.rules.discipline.LoggingWithoutDirectory;
import dev.ntplint.rules.discipline.MakestepUnlimited;
import dev.ntplint.rules.discipline.NoDriftfile;
import dev.ntplint.rules.discipline.NoLeapSecondSource;
import dev.ntplint.rules.discipline.NoMakestep;
import dev.ntplint.rules.discipline.NtsWithoutDumpdir;
import dev.ntplint.rules.discipline.ValueClamped;
import dev.ntplint.rules.discipline.RelativePath;
import dev.ntplint.rules.discipline.RtconutcWithRtcsync;
import dev.ntplint.rules.discipline.RtcsyncWithRtcfile;
import dev.ntplint.rules.discipline.SmoothtimeOnServer;
import dev.ntplint.rules.local.LocalStratumTooLow;
import dev.ntplint.rules.local.LocalWithoutOrphan;
import dev.ntplint.rules.local.MissingLocalFallback;
import dev.ntplint.rules.refclocks.DuplicateRefid;
import dev.ntplint.rules.refclocks.FudgeWithoutRefclock;
import dev.ntplint.rules.refclocks.LockUnknownRefid;
import dev.ntplint.rules.refclocks.PpsWithoutTimeSource;
import dev.ntplint.rules.refclocks.RtcRefclockConflict;
import dev.ntplint.rules.refclocks.TaiWithoutLeapSource;
import dev.ntplint.rules.sources.AllSourcesNoselect;
import dev.ntplint.rules.sources.DuplicateSource;
import dev.ntplint.rules.sources.MaxsourcesIgnored;
import dev.ntplint.rules.sources.MinpollAboveMaxpoll;
import dev.ntplint.rules.sources.MissingIburst;
import dev.ntplint.rules.sources.MultiplePrefer;
import dev.ntplint.rules.sources.NoTimeSource;
import dev.ntplint.rules.sources.NtsWithKey;
import dev.ntplint.rules.sources.NumberedPoolServers;
import dev.ntplint.rules.sources.PeerIgnoredOptions;
import dev.ntplint.rules.sources.PollClamped;
import dev.ntplint.rules.sources.PoolSingleAddress;
import dev.ntplint.rules.sources.RequireWithoutAuthentication;
import dev.ntplint.rules.sources.SingleSource;
import dev.ntplint.rules.sources.UnknownKey;
import dev.ntplint.rules.syntax.DeprecatedAlias;
import dev.ntplint.rules.syntax.NonBreakingSpace;
import dev.ntplint.rules.syntax.NtpdSyntax;
import dev.ntplint.rules.syntax.TrailingComment;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in NTP rule catalogue (the parser diagnostic codes are added by {@link
 * DiagnosticRule}). Listed here, not discovered, so start-up does no class-path scanning.
 *
 * <p>Listed by the dialects the rules check, so that a check of one file instantiates (and loads
 * the classes of) only the rules that can run on it: {@link dev.ntplint.rules.RuleRegistry}
 * instantiates {@link #onlyFor} a dialect when a file of that dialect is first linted or when
 * every rule is asked for. {@code BuiltinRulesTest} checks each rule's place against its {@link
 * Rule#checks} (issue 8, P1).
 */
public final class BuiltinRules {

  private BuiltinRules() {}

  /** Every built-in rule. */
  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>(forBothDialects());
    all.addAll(onlyFor(Dialect.CHRONY));
    all.addAll(onlyFor(Dialect.NTP));
    return List.copyOf(all);
  }

  /** The rules that check chrony.conf and ntp.conf, the two suppression rules among them. */
  public static List<Rule> forBothDialects() {
    return List.of(
        SuppressionRules.unused(),
        SuppressionRules.invalid(),
        // seeds
        new SingleSource(),
        new MissingLocalFallback(),
        new NoAllowRange(),
        new NoTimeSource(),
        // sources
        new DuplicateSource(),
        new NumberedPoolServers(),
        new AllSourcesNoselect(),
        new MultiplePrefer(),
        new MinpollAboveMaxpoll(),
        new MissingIburst(),
        new UnknownKey(),
        new PoolSingleAddress(),
        // local clock
        new LocalStratumTooLow(),
        new LocalWithoutOrphan(),
        // access and security
        new AllowAll(),
        new IneffectiveAllow(),
        new NoRateLimit(),
        new WeakKey(),
        // clock discipline and files
        new NoDriftfile(),
        new NoLeapSecondSource(),
        new LoggingWithoutDirectory());
  }

  /** The rules that check files of {@code dialect} and of no other dialect. */
  public static List<Rule> onlyFor(Dialect dialect) {
    return dialect == Dialect.CHRONY ? chronyOnly() : ntpOnly();
  }

  private static List<Rule> chronyOnly() {
    return List.of(
        // sources
        new PollClamped(),
        new MaxsourcesIgnored(),
        new PeerIgnoredOptions(),
        new NtsWithKey(),
        new RequireWithoutAuthentication(),
        // access and security
        new CmdallowRemote(),
        new BindcmdaddressWildcard(),
        new RatelimitWithNoclientlog(),
        new NtsCertKeyMismatch(),
        // clock discipline and files
        new NoMakestep(),
        new MakestepUnlimited(),
        new RtcsyncWithRtcfile(),
        new SmoothtimeOnServer(),
        new DuplicateSetting(),
        new RelativePath(),
        new RtconutcWithRtcsync(),
        new ValueClamped(),
        new NtsWithoutDumpdir(),
        // reference clocks
        new PpsWithoutTimeSource(),
        new LockUnknownRefid(),
        new DuplicateRefid(),
        new TaiWithoutLeapSource(),
        new RtcRefclockConflict(),
        // syntax
        new NtpdSyntax(),
        new TrailingComment(),
        new NonBreakingSpace(),
        new DeprecatedAlias());
  }

  private static List<Rule> ntpOnly() {
    return List.of(
        // ntpd access and security
        new NoRestrictDefault(),
        new OpenRestrictDefault(),
        new RestrictMissingTwin(),
        new EnableMode7(),
        new PoolWithoutRestrictSource(),
        new DisableAuth(),
        new Autokey(),
        new KodWithoutLimited(),
        new RestrictHostname(),
        new DisableMonitorIneffective(),
        // reference clocks
        new FudgeWithoutRefclock());
  }
}
