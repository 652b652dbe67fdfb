package dev.ntplint.rules.sources;

import dev.ntplint.collect.Groups;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.ConfigEditor;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.Fix;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.Word;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** NTP111: server 0.pool.ntp.org, server 1.pool.ntp.org... instead of one pool. */
public final class NumberedPoolServers extends BaseRule {

  /** The name every numbered pool server ends with (before an optional final dot). */
  private static final String POOL_DOMAIN = "pool.ntp.org";

  public NumberedPoolServers() {
    super("NTP111", "numbered-pool-servers", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.SOURCES)
        .tags("reliability")
        .fixable(Fixability.UNSAFE)
        .summary("Numbered pool.ntp.org names as servers instead of one pool")
        .description("""
            `server 0.pool.ntp.org`, `server 1.pool.ntp.org`... is the pre-`pool` way of using \
            the NTP Pool: each line is one fixed server picked when the name is resolved. A single \
            `pool 2.pool.ntp.org iburst` line gives the same number of servers (`maxsources`, 4 by \
            default in chronyd), replaces servers that stop answering, and `2.` is the name that \
            also has IPv6 addresses. This is what ntp2chrony does when it migrates such lines.

            The fix (unsafe: the set of servers changes) turns the first line into `pool \
            2.<zone>pool.ntp.org` with the same options and removes the others; it is offered when \
            the lines are in one file and have the same options.""");
  }

  @Override
  public void check(RuleContext context) {
    Map<String, List<TimeSource>> byZone = new LinkedHashMap<>();
    // The kind tested in place: no list of the servers per lint (issue 8, P3).
    for (TimeSource s : context.view().sources()) {
      if (s.kind() != SourceKind.SERVER) {
        continue;
      }
      String zone = numberedZone(s.address());
      if (zone != null) {
        Groups.add(byZone, zone, s);
      }
    }
    for (Map.Entry<String, List<TimeSource>> e : byZone.entrySet()) {
      List<TimeSource> group = e.getValue();
      if (group.size() < 2) {
        continue;
      }
      TimeSource first = group.get(0);
      String pool = "2." + e.getKey() + "pool.ntp.org";
      StringBuilder names = new StringBuilder();
      for (TimeSource s : group) {
        names.append(names.length() > 0 ? ", " : "").append(s.address());
      }
      context.report(first.syntax().span(), group.size() + " numbered pool servers (" + names
          + ") where one `pool " + pool + "` line gives as many servers and replaces those that"
          + " stop answering.", fix(context, group, pool));
    }
  }

  /**
   * The zone of a numbered pool name, lower-cased ({@code "de."} for {@code 1.de.pool.ntp.org},
   * {@code ""} for {@code 0.pool.ntp.org.}), or null when {@code address} is not one: a digit 0-3,
   * a dot, any number of labels of ASCII letters, digits and hyphens each followed by a dot, then
   * {@code pool.ntp.org} and an optional final dot, letters in any case.
   *
   * <p>Written out rather than as a case-insensitive regular expression: compiling that pattern
   * was the costliest single step of a short check's start (~5 ms of the main thread, mostly the
   * JDK's lambdas for case-insensitive ranges; issue 8, P1). {@code NumberedPoolNameTest} checks
   * it against that pattern.
   */
  static String numberedZone(String address) {
    int end = address.endsWith(".") ? address.length() - 1 : address.length();
    int domain = end - POOL_DOMAIN.length();
    if (domain < 2 || address.charAt(0) < '0' || address.charAt(0) > '3'
        || address.charAt(1) != '.'
        || !isPoolDomainAt(address, domain)) {
      return null;
    }
    // Between "N." and the domain: labels, each one or more of [A-Za-z0-9-] and a dot.
    boolean labelStarted = false;
    for (int i = 2; i < domain; i++) {
      char c = address.charAt(i);
      if (c == '.') {
        if (!labelStarted) {
          return null;
        }
        labelStarted = false;
      } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
        labelStarted = true;
      } else {
        return null;
      }
    }
    return labelStarted ? null : address.substring(2, domain).toLowerCase(Locale.ROOT);
  }

  /** Whether {@link #POOL_DOMAIN} is at {@code start}, ASCII letters in either case only. */
  private static boolean isPoolDomainAt(String address, int start) {
    for (int i = 0; i < POOL_DOMAIN.length(); i++) {
      char c = address.charAt(start + i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != POOL_DOMAIN.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Fix> fix(RuleContext context, List<TimeSource> group, String pool) {
    TimeSource first = group.get(0);
    String options = options(first);
    for (TimeSource s : group) {
      if (s.span().file() != first.span().file() || !options(s).equals(options)) {
        return Optional.empty();
      }
    }
    return context.fix(first.span().file(), "replace the numbered servers with `pool " + pool + "`",
        Fixability.UNSAFE, new Consumer<ConfigEditor>() {
          // A class, not a lambda: numbered pool servers are common (see Edits; issue 8, P1).
          @Override
          public void accept(ConfigEditor editor) {
            editor.replaceWord(first.syntax().name(), "pool");
            editor.replaceWord(first.addressWord(), pool);
            for (TimeSource s : group.subList(1, group.size())) {
              editor.removeDirective(s.syntax());
            }
          }
        });
  }

  private static String options(TimeSource s) {
    StringBuilder sb = new StringBuilder();
    // The address is the argument that starts where it does (words of a line do not overlap).
    // Not Word.equals: the first record equals of a run links ObjectMethods, which spins ~30
    // method-handle classes outside the AppCDS archive (issue 8, start-up).
    int address = s.addressSpan().start();
    for (Word w : s.syntax().arguments()) {
      if (w.span().start() != address) {
        sb.append(w.text().toLowerCase(Locale.ROOT)).append(' ');
      }
    }
    return sb.toString();
  }
}
