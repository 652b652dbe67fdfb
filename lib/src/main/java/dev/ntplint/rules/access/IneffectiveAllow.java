package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.AccessEntry;
import dev.ntplint.view.AccessPolicy;
import java.util.List;

/** NTP302: an allow that a later rule (deny all) cancels. */
public final class IneffectiveAllow extends BaseRule {

  public IneffectiveAllow() {
    super("NTP302", "ineffective-allow", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.ACCESS)
        .tags("reliability")
        .summary("An allow rule that later rules cancel completely")
        .description("""
            chronyd applies `allow`/`deny` in order into a table where the most specific rule \
            for an address wins, and `deny all X` (or `allow all X`) first clears every more \
            specific rule inside X. So a `deny all` after the `allow` lines — often added "to \
            deny everything else", which chronyd does by default — cancels them: no client is \
            served. The same happens to an `allow` that later `deny` rules cover completely, and \
            to `cmdallow` lines.

            Remove the `deny all` (chronyd denies what is not allowed anyway), or move it before \
            the `allow` lines it should not override.""");
  }

  @Override
  public void check(RuleContext context) {
    check(context, context.view().clientAccess(), "clients");
    check(context, context.view().monitorAccess(), "command access");
  }

  private static void check(RuleContext context, AccessPolicy policy, String what) {
    List<AccessEntry> entries = policy.entries();
    // Only a `deny all` can be the culprit: looking among those alone keeps a file of many
    // allows cancelled by one `deny all` linear (scanning every later entry was quadratic).
    int[] clearingDenials = policy.clearingDenials();
    for (int i : policy.ineffectiveAllows()) {
      AccessEntry e = entries.get(i);
      AccessEntry culprit = lastCoveringDenialAfter(entries, clearingDenials, i);
      String why = culprit != null
          ? "the `" + culprit.syntax().get().span().text() + "` at "
              + ChronyFacts.at(culprit.syntax().get().span())
              + " clears it (`all` overrides every more specific rule before it)"
          : "later deny rules cover all of it";
      context.report(e.syntax().get().span(), "this allows nothing: " + why + ", so these "
          + what + " are refused. Remove the deny or move it before this line.");
    }
  }

  /** The last clearing denial after {@code index} that covers its entry, or null. */
  private static AccessEntry lastCoveringDenialAfter(List<AccessEntry> entries,
      int[] clearingDenials, int index) {
    AccessEntry allowed = entries.get(index);
    for (int k = clearingDenials.length - 1; k >= 0 && clearingDenials[k] > index; k--) {
      AccessEntry denial = entries.get(clearingDenials[k]);
      if (covers(denial, allowed)) {
        return denial;
      }
    }
    return null;
  }

  private static boolean covers(AccessEntry wide, AccessEntry narrow) {
    for (var n : narrow.ranges()) {
      boolean covered = false;
      for (var w : wide.ranges()) {
        if (w.contains(n)) {
          covered = true;
        }
      }
      if (!covered) {
        return false;
      }
    }
    return !narrow.ranges().isEmpty() || wide.coversEverything();
  }
}
