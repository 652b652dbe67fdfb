package dev.ntplint.rules.discipline;

import dev.ntplint.chrony.catalog.ArgumentShape;
import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.LocalClock;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.collect.Groups;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyDirectiveRule;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.DirectiveJudge;
import dev.ntplint.rules.Fix;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.Span;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** NTP408: a last-wins directive given twice: the earlier one has no effect. */
public final class DuplicateSetting extends BaseRule implements ChronyDirectiveRule {

  /**
   * The directive tables, in a holder initialised by the first check: the rule's own class is
   * initialised on every start, and these tables initialise chrony's directive catalogue, which a
   * check of an ntp.conf never needs (issue 8, start-up).
   */
  private static final class Shapes {
    /** Directives whose lines accumulate: repeating them is normal. */
    static final Set<ChronyDirectiveKind> ACCUMULATE = EnumSet.of(
        ChronyDirectiveKind.NTSSERVERCERT, ChronyDirectiveKind.NTSSERVERKEY);

    static final Set<ArgumentShape> LAST_WINS = EnumSet.of(ArgumentShape.INT,
        ArgumentShape.DOUBLE, ArgumentShape.WORD, ArgumentShape.KEYWORD,
        ArgumentShape.UNSIGNED_LONG, ArgumentShape.IP_ADDRESS, ArgumentShape.BIND_COMMAND_ADDRESS,
        ArgumentShape.DRIFTFILE,
        ArgumentShape.FALLBACKDRIFT, ArgumentShape.MAKESTEP, ArgumentShape.MAXCHANGE,
        ArgumentShape.MAILONCHANGE, ArgumentShape.SMOOTHTIME, ArgumentShape.TEMPCOMP,
        ArgumentShape.INITSTEPSLEW, ArgumentShape.INT_LIST, ArgumentShape.OPENCOMMANDS,
        ArgumentShape.LOCAL);
  }

  public DuplicateSetting() {
    super("NTP408", "duplicate-setting", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.DISCIPLINE)
        .fixable(Fixability.SAFE)
        .summary("A setting given twice: chronyd silently uses the last one")
        .description("""
            Most chrony.conf directives hold one value (`driftfile`, `makestep`, `maxdistance`, \
            `local`, `keyfile`...). When one appears twice — often once in chrony.conf and again \
            in a file of `confdir` — chronyd uses the last one without a message, and the earlier \
            line only misleads its readers. (`bindaddress`, `bindacqaddress` and \
            `bindcmdaddress` hold one value per address family, and each `local` line resets \
            every option of the earlier one.)

            The fix removes the earlier line, which has no effect. Not offered for `driftfile`: \
            a later `driftfile` without `interval` keeps the earlier line's interval.""");
  }

  @Override
  public List<Class<? extends ChronyDirective>> judgedFamilies() {
    return List.of(LocalClock.class, Setting.class);
  }

  @Override
  public DirectiveJudge<ChronyDirective> judge(RuleContext context) {
    return new Judge(context, new LinkedHashMap<>());
  }

  /**
   * Groups the settings by what they set while the linter's walk holds each (on a large file, a
   * walk of the settings of its own fetched each one back from memory; issue 8, P4), then reports
   * every one set again later. Each group is in reading order.
   */
  private record Judge(RuleContext context, Map<String, List<ChronyDirective>> byKey)
      implements DirectiveJudge<ChronyDirective> {
    @Override
    public void judge(ChronyDirective d) {
      Optional<String> key = key(d);
      if (key.isPresent()) {
        Groups.add(byKey, key.get(), d);
      }
    }

    @Override
    public void finish() {
      report(context, byKey);
    }
  }

  private static void report(RuleContext context, Map<String, List<ChronyDirective>> byKey) {
    for (List<ChronyDirective> group : byKey.values()) {
      if (group.size() < 2) {
        continue;
      }
      ChronyDirective last = group.get(group.size() - 1);
      // The same for every earlier line of the group: made once, not per finding.
      String setAgain = "` is set again at " + ChronyFacts.at(last.span())
          + ": chronyd uses the last one, so this line has no effect.";
      for (ChronyDirective earlier : group.subList(0, group.size() - 1)) {
        boolean drift = earlier.kind().orElse(null) == ChronyDirectiveKind.DRIFTFILE;
        // Made once per line: each one is a scan of the line's tokens for its last word.
        Span span = earlier.span();
        Optional<Fix> fix = drift ? Optional.empty()
            : context.fix(span.file(), "remove the overridden line", Fixability.SAFE,
                Edits.removeDirective(earlier.syntax()));
        // Made when read: a message string per overridden line was 12.6 MB of what a 20 MB
        // chrony.conf's model and findings kept (issue 8, P4).
        context.reportLazily(span, new Message(earlier, setAgain), fix);
      }
    }
  }

  /**
   * An overridden line's message, made when read. A class, not a lambda: a short check links no
   * lambda call site (issue 8, P1; ShortCheckLambdaTest).
   */
  private record Message(ChronyDirective earlier, String setAgain) implements Supplier<String> {
    @Override
    public String get() {
      return message(earlier, setAgain);
    }
  }

  private static String message(ChronyDirective earlier, String setAgain) {
    String name = earlier.name();
    // Sized: the build concatenates inline, with a default builder that would grow.
    return new StringBuilder(name.length() + setAgain.length() + 1)
        .append('`').append(name).append(setAgain).toString();
  }

  private static Optional<String> key(ChronyDirective d) {
    ChronyDirectiveKind kind;
    if (d instanceof LocalClock l) {
      kind = ChronyDirectiveKind.LOCAL;
    } else if (d instanceof Setting s) {
      kind = s.directive();
    } else {
      return Optional.empty();
    }
    if (Shapes.ACCUMULATE.contains(kind) || !Shapes.LAST_WINS.contains(kind.shape())) {
      return Optional.empty();
    }
    if (kind == ChronyDirectiveKind.NTSCACHEDIR) {
      kind = ChronyDirectiveKind.NTSDUMPDIR;
    }
    String key = kind.name();
    if (kind.shape() == ArgumentShape.IP_ADDRESS || kind.shape() == ArgumentShape.BIND_COMMAND_ADDRESS) {
      String value = ((Setting) d).text();
      key += value.startsWith("/") ? ":socket" : value.contains(":") ? ":v6" : ":v4";
    }
    return Optional.of(key);
  }
}
