package dev.ntplint.rules.sources;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.rules.SourceJudge;
import dev.ntplint.rules.TimeSourceRule;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeSource;
import java.util.List;
import java.util.Locale;

/** NTP122: authselectmode require with no authenticated source. */
public final class RequireWithoutAuthentication extends BaseRule implements TimeSourceRule {

  public RequireWithoutAuthentication() {
    super("NTP122", "require-without-authentication", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.SOURCES)
        .tags("reliability", "security")
        .summary("authselectmode require with no authenticated source")
        .description("""
            `authselectmode require` makes chronyd select only sources authenticated with NTS \
            (`nts`) or a symmetric key (`key`). When no source has either, nothing can ever be \
            selected and the clock is never synchronised. (Reference clocks are not counted \
            against this: a configuration with one is not reported.)

            Add `nts` (or `key`) to the sources, or use the default `authselectmode mix`.""");
  }

  @Override
  public SourceJudge sourceJudge(RuleContext context) {
    return new Authenticated(context);
  }

  /** Notes whether some source can be authenticated, then judges the last authselectmode. */
  private static final class Authenticated implements SourceJudge {
    private final RuleContext context;
    private boolean anySource;
    private boolean authenticated;

    Authenticated(RuleContext context) {
      this.context = context;
    }

    @Override
    public void judge(TimeSource s, boolean kept) {
      anySource = true;
      authenticated |= s.nts() || s.key().isPresent() || s.kind() == SourceKind.REFCLOCK;
    }

    @Override
    public void finish() {
      if (!anySource || authenticated) {
        return;
      }
      List<Setting> modes = ChronyFacts.settings(context, ChronyDirectiveKind.AUTHSELECTMODE);
      if (modes.isEmpty() || !context.view().runtimeSources().isEmpty()) {
        return;
      }
      Setting mode = modes.get(modes.size() - 1);
      if (!mode.text().toLowerCase(Locale.ROOT).equals("require")) {
        return;
      }
      context.report(mode.syntax().span(), "authselectmode require, but no source has nts or"
          + " key: chronyd can select none of them and never synchronises the clock.");
    }
  }
}
