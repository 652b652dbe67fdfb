package dev.ntplint.rules.sources;

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
import dev.ntplint.rules.SourceFacts;
import dev.ntplint.source.Span;
import dev.ntplint.view.RepeatedSource;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeSource;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** NTP110: the same host configured twice. */
public final class DuplicateSource extends BaseRule {

  public DuplicateSource() {
    super("NTP110", "duplicate-source", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.SOURCES)
        .tags("reliability")
        .fixable(Fixability.SAFE)
        .summary("The same time source is configured twice")
        .description("""
            Two `server`/`pool`/`peer` lines name the same host. chronyd adds the first and \
            refuses the second (`Could not add source ... Already in use`, logged only), so the \
            second line and its options do nothing, and the configuration has one source fewer \
            than it seems (`single-source` counts what is really there). This happens across \
            files too: a host in chrony.conf and again in a `.sources` file of `sourcedir`.

            ntpd does the same (`configpeers: Ignoring duplicate`; NTPsec ignores a second \
            `pool` line of a name without a log line), for reference clocks too: it \
            keeps one association per clock address, so a second `server 127.127.28.0` line, or \
            NTPsec's `refclock shm unit 0` for the same clock, is ignored with all its options \
            (a `prefer` on it does nothing). chronyd runs every `refclock` line, so this rule \
            does not compare a chrony.conf's reference clocks.

            The fix removes the later line, which the daemon ignores anyway; merge its options into \
            the first one by hand if they were meant.""");
  }

  @Override
  public void check(RuleContext context) {
    // Where each first line is, as messages quote it: made once per first line, not once per
    // duplicate (a line-number search and a string each; a large file has thousands; issue 8, P3).
    Map<TimeSource, String> whereFirst = new IdentityHashMap<>();
    for (RepeatedSource r : SourceFacts.repeated(context)) {
      TimeSource s = r.repeat();
      String where = whereFirst.get(r.first());
      if (where == null) {
        where = ChronyFacts.at(r.first().span());
        whereFirst.put(r.first(), where);
      }
      // The address is in the directive's file: no span of the whole directive for it, and none
      // of the model's words read back (the source keeps where its address is; a large file's
      // duplicates each missed the cache there, issue 8, P4). The message is made when read: a
      // string per duplicate was a tenth of what a large file's model and findings keep.
      Span address = s.addressSpan();
      context.reportLazily(address, new Message(r, where),
          context.fix(address.file(), "remove the duplicate line", Fixability.SAFE,
              Edits.removeDirective(s.syntax())));
    }
  }

  /**
   * A duplicate's message, made when read. A class, not a lambda: a short check links no lambda
   * call site (issue 8, P1; ShortCheckLambdaTest).
   */
  private record Message(RepeatedSource repeated, String where) implements Supplier<String> {
    @Override
    public String get() {
      return message(repeated, where);
    }
  }

  /**
   * One builder sized for the whole message: the build concatenates strings inline (a default
   * builder that grew three or four times per message, thousands of duplicates in a large file;
   * issue 8, P3).
   */
  private static String message(RepeatedSource repeated, String where) {
    TimeSource duplicate = repeated.repeat();
    boolean clock = duplicate.kind() == SourceKind.REFCLOCK;
    String kind = clock ? "reference clock" : KIND_WORDS[duplicate.kind().ordinal()];
    // No lambda: a short check that reports a duplicate links none (ShortCheckLambdaTest).
    Optional<String> words = repeated.logged();
    String logged = words.isPresent() ? " (" + words.get() + ")" : "";
    return new StringBuilder(duplicate.address().length() + where.length() + kind.length() + 96)
        .append(duplicate.address()).append(" is already configured at ").append(where)
        .append("; the daemon ignores this second ").append(kind)
        .append(" line").append(logged).append(". Remove it.").toString();
  }

  /** Each source kind as a word of the message, by ordinal. */
  private static final String[] KIND_WORDS = kindWords();

  private static String[] kindWords() {
    SourceKind[] kinds = SourceKind.values();
    String[] words = new String[kinds.length];
    for (SourceKind k : kinds) {
      words[k.ordinal()] = k.name().toLowerCase(Locale.ROOT);
    }
    return words;
  }
}
