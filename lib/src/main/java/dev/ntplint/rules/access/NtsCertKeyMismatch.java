package dev.ntplint.rules.access;

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
import java.util.List;

/** NTP307: different numbers of ntsservercert and ntsserverkey. */
public final class NtsCertKeyMismatch extends BaseRule {

  public NtsCertKeyMismatch() {
    super("NTP307", "nts-cert-key-mismatch", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.ACCESS)
        .tags("security")
        .summary("Different numbers of ntsservercert and ntsserverkey")
        .description("""
            An NTS server pairs each `ntsservercert` with the `ntsserverkey` at the same \
            position. With more of one than the other, `chronyd -p` accepts the file, but the \
            NTS server does not start (`Uneven number of NTS certs and keys`): NTS clients get \
            no keys and fall back to nothing.

            Give one key per certificate, in the same order.""");
  }

  @Override
  public void check(RuleContext context) {
    List<Setting> certs = ChronyFacts.settings(context, ChronyDirectiveKind.NTSSERVERCERT);
    List<Setting> keys = ChronyFacts.settings(context, ChronyDirectiveKind.NTSSERVERKEY);
    if (certs.size() == keys.size()) {
      return;
    }
    Setting anchor = certs.size() > keys.size() ? certs.get(keys.size()) : keys.get(certs.size());
    context.report(anchor.syntax().span(), certs.size() + " ntsservercert and " + keys.size()
        + " ntsserverkey: the NTS server does not start (Uneven number of NTS certs and keys)."
        + " Give one key per certificate.");
  }
}
