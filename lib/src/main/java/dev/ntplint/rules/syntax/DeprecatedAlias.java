package dev.ntplint.rules.syntax;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;

/** NTP604: ntscachedir, the undocumented alias of ntsdumpdir. */
public final class DeprecatedAlias extends BaseRule {

  public DeprecatedAlias() {
    super("NTP604", "undocumented-alias", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.SYNTAX)
        .fixable(Fixability.SAFE)
        .summary("The undocumented alias ntscachedir instead of ntsdumpdir")
        .description("""
            chronyd still accepts `ntscachedir`, the name `ntsdumpdir` had during chrony 4.0 \
            development, but the documentation only knows `ntsdumpdir`. Readers (and tools) \
            that go by the manual will not recognise it. The fix renames it; both names mean \
            the same to every chronyd since 4.0.""");
  }

  @Override
  public void check(RuleContext context) {
    if (!ChronyFacts.writtenAnywhere(context, ChronyDirectiveKind.NTSCACHEDIR)) {
      return;
    }
    for (ChronyDirective d : ChronyFacts.everyDirective(context)) {
      if (d.kind().orElse(null) == ChronyDirectiveKind.NTSCACHEDIR) {
        context.report(d.syntax().name().span(), "ntscachedir is an undocumented alias; write"
            + " ntsdumpdir.", context.fix(d.span().file(), "rename to ntsdumpdir",
                Fixability.SAFE, Edits.replaceWord(d.syntax().name(), "ntsdumpdir")));
      }
    }
  }
}
