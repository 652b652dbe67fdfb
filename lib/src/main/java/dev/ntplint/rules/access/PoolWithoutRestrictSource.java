package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.ConfigEditor;
import dev.ntplint.edit.Edits;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.AssociationType;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.DirectiveJudge;
import dev.ntplint.rules.Fix;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.NtpFacts;
import dev.ntplint.rules.NtpFacts.RestrictEntry;
import dev.ntplint.rules.NtpDirectiveRule;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** NTP313: pool servers kept out by the default restriction, with no restrict source. */
public final class PoolWithoutRestrictSource extends BaseRule implements NtpDirectiveRule {

  public PoolWithoutRestrictSource() {
    super("NTP313", "pool-without-restrict-source", Scope.CONFIGURATION, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.ACCESS)
        .fixable(Fixability.UNSAFE)
        .summary("A pool whose servers the restrict default keeps out, with no restrict source")
        .description("""
            ntpd checks every packet it receives, answers from its own servers included, \
            against the restriction of the sender's address. The servers of a `pool` line \
            are found at run time, so they have no `restrict` line of their own and fall \
            under `restrict default`. There, `ignore` drops every packet, and classic \
            ntpd's `noserve` every packet but ntpq/ntpdc queries, so the pool servers' \
            answers are dropped; classic ntpd's `nopeer` refuses to mobilize associations, \
            pool servers included (its documentation says so), while NTPsec ignores \
            `nopeer`.

            `restrict source` is the template ntpd copies for the address of every \
            association it makes, pool servers included: with one that lacks these flags, \
            the pool works. Without it the pool never gives this host any time. The rule \
            judges the accept-either target as classic ntpd.

            The fix inserts `restrict source` after the blocking default line, with the \
            default's flags minus `ignore`, `noserve` and `nopeer` (plus `nomodify \
            noquery` when `ignore` was there, which implied them). When a `restrict \
            source` exists but carries a blocking flag, the fix removes that flag from it. \
            Both are unsafe: they let the pool servers' packets in.""");
  }

  /** The flags that keep pool servers out in classic ntpd (NTPsec: only ignore). */
  private static final Set<RestrictFlag> KEEPS_POOL_OUT =
      EnumSet.of(RestrictFlag.IGNORE, RestrictFlag.NOSERVE, RestrictFlag.NOPEER);

  @Override
  public List<Class<? extends NtpDirective>> judgedFamilies() {
    return FAMILIES;
  }

  private static final List<Class<? extends NtpDirective>> FAMILIES = List.of(Association.class);

  @Override
  public DirectiveJudge<NtpDirective> judge(RuleContext context) {
    return new PoolJudge(context);
  }

  /** Gathers the pool lines; what keeps them out is judged once they are all known. */
  private static final class PoolJudge implements DirectiveJudge<NtpDirective> {
    private final RuleContext context;
    private final List<Association> pools = new ArrayList<>();

    PoolJudge(RuleContext context) {
      this.context = context;
    }

    @Override
    public void judge(NtpDirective d) {
      if (d instanceof Association a && a.type() == AssociationType.POOL) {
        pools.add(a);
      }
    }

    @Override
    public void finish() {
      if (!pools.isEmpty()) {
        judgePools(context, pools);
      }
    }
  }

  private static void judgePools(RuleContext context, List<Association> pools) {
    NtpFlavour flavour = NtpFacts.flavour(context);
    Set<RestrictFlag> blocking = blocking(flavour);
    List<RestrictEntry> entries = NtpFacts.restrictEntries(context, flavour);
    Optional<RestrictEntry> source = NtpFacts.sourceEntry(entries);
    Optional<RestrictEntry> blockingDefault = Optional.empty();
    for (AddressFamily family : AddressFamily.values()) {
      Optional<RestrictEntry> entry = NtpFacts.defaultEntry(entries, family);
      if (blockingDefault.isEmpty() && entry.isPresent() && hasAny(entry.get(), blocking)) {
        blockingDefault = entry;
      }
    }
    if (blockingDefault.isEmpty()) {
      return;
    }
    Set<NtpDirective> partial = NtpFacts.partlyApplied(context);
    // The entry that keeps the pool out: the template if there is one, else the default.
    RestrictEntry culprit = source.orElse(blockingDefault.get());
    if (!hasAny(culprit, blocking)) {
      return;
    }
    String pool = pools.size() == 1 ? "this pool"
        : pools.size() == 2 ? "this pool (and of the other pool line)"
        : "this pool (and of the " + (pools.size() - 1) + " other pool lines)";
    String never = "ntpd never uses them";
    if (NtpFacts.eitherFlavour(context) && !culprit.has(RestrictFlag.IGNORE)) {
      never = "classic ntpd never uses them" + (culprit.has(RestrictFlag.NOSERVE) ? ""
          : " (NTPsec ignores nopeer)");
    }
    String message;
    Optional<Fix> fix;
    if (source.isEmpty()) {
      String template = template(culprit);
      message = "the servers of " + pool + " fall under `restrict default` with "
          + flags(culprit, blocking) + ", and no `restrict source` lets them in: " + never
          + ". Add `" + template + "`.";
      Restrict after = culprit.lastLine();
      fix = partial.contains(after) ? Optional.empty()
          : context.fix(after.syntax().span().file(), "insert `" + template + "`",
              Fixability.UNSAFE, Edits.insertAfter(after.syntax(), template));
    } else {
      message = "`restrict source` has " + flags(culprit, blocking) + " like the default: the"
          + " servers of " + pool + " are kept out and " + never + ". Remove "
          + flags(culprit, blocking) + " from it.";
      boolean editable = true;
      for (Restrict line : culprit.lines()) {
        if (line.command() != NtpDirectiveKind.RESTRICT || partial.contains(line)) {
          editable = false;
        }
      }
      fix = !editable ? Optional.empty()
          : context.fix(culprit.lastLine().syntax().span().file(), "remove "
              + flags(culprit, blocking) + " from restrict source", Fixability.UNSAFE,
              new Consumer<ConfigEditor>() {
                @Override
                public void accept(ConfigEditor editor) {
                  for (Restrict line : culprit.lines()) {
                    for (Option<RestrictFlag> o : line.flags()) {
                      if (blocking.contains(o.kind())) {
                        editor.removeWords(line.syntax(), o.span());
                      }
                    }
                  }
                }
              });
    }
    // One finding for all pools: they share the cause, and the fix adds one line.
    context.report(pools.get(0).syntax().span(), message, fix);
  }

  private static Set<RestrictFlag> blocking(NtpFlavour flavour) {
    return flavour == NtpFlavour.NTPSEC ? EnumSet.of(RestrictFlag.IGNORE) : KEEPS_POOL_OUT;
  }

  private static boolean hasAny(RestrictEntry entry, Set<RestrictFlag> flags) {
    for (RestrictFlag flag : flags) {
      if (entry.has(flag)) {
        return true;
      }
    }
    return false;
  }

  private static String flags(RestrictEntry entry, Set<RestrictFlag> blocking) {
    List<String> out = new ArrayList<>();
    for (RestrictFlag f : blocking) {
      if (entry.has(f)) {
        out.add(f.keyword());
      }
    }
    return String.join(" and ", out);
  }

  /**
   * restrict source with the default's flags that do not keep pool servers out in either daemon
   * (nopeer is meaningless in NTPsec and blocks in classic ntpd).
   */
  private static String template(RestrictEntry def) {
    List<String> words = new ArrayList<>();
    words.add("restrict source");
    for (String w : def.flagWords()) {
      Optional<RestrictFlag> flag = RestrictFlag.byKeyword(w);
      if (flag.isEmpty() || !KEEPS_POOL_OUT.contains(flag.get())) {
        words.add(w);
      }
    }
    if (def.has(RestrictFlag.IGNORE)) {
      for (RestrictFlag implied : List.of(RestrictFlag.NOMODIFY, RestrictFlag.NOQUERY)) {
        if (!def.has(implied)) {
          words.add(implied.keyword());
        }
      }
    }
    return String.join(" ", words);
  }
}
