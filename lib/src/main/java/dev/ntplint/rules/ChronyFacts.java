package dev.ntplint.rules;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.InvalidDirective;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Look-ups over a chrony configuration that several rules share. */
public final class ChronyFacts {

  private ChronyFacts() {}

  /** The chrony tree of a context (rules that list only the chrony dialect always have one). */
  public static ChronyConfigTree tree(RuleContext context) {
    return context.chrony().orElseThrow(() -> new IllegalStateException("not a chrony.conf"));
  }

  /*
   * Every look-up below reads facts computed once per lint (RuleContext.shared): each used to walk
   * the whole configuration per call, once per rule that asked (issue 8, P3).
   */

  private static final SharedFact<List<ChronyDirective>> DIRECTIVES =
      context -> Collections.unmodifiableList(tree(context).directives());

  private static final SharedFact<List<ChronyDirective>> EVERY_DIRECTIVE = context -> {
    List<ChronyDirective> out = new ArrayList<>();
    for (IncludedFile f : tree(context).files()) {
      out.addAll(f.result().config().directives());
    }
    return Collections.unmodifiableList(out);
  };

  /** The directives of each family asked for so far, filled on demand. */
  private static final SharedFact<FamilyIndex<ChronyDirective>> BY_FAMILY =
      context -> new FamilyIndex<>(directives(context));

  /** The settings of each directive kind, in order: one walk for every rule that asks. */
  private static final SharedFact<Map<ChronyDirectiveKind, List<Setting>>> SETTINGS_BY_KIND =
      context -> {
        Map<ChronyDirectiveKind, List<Setting>> byKind = new EnumMap<>(ChronyDirectiveKind.class);
        for (Setting s : directives(context, Setting.class)) {
          byKind.computeIfAbsent(s.directive(), k -> new ArrayList<>()).add(s);
        }
        return byKind;
      };

  private static final SharedFact<Set<ChronyDirectiveKind>> ACCEPTED_KINDS = context -> {
    Set<ChronyDirectiveKind> kinds = EnumSet.noneOf(ChronyDirectiveKind.class);
    for (ChronyDirective d : directives(context)) {
      if (d.kind().isPresent() && !(d instanceof InvalidDirective)) {
        kinds.add(d.kind().get());
      }
    }
    return kinds;
  };

  /**
   * Records {@code directives}, the tree's {@linkplain ChronyConfigTree#directives() directives},
   * as the fact {@link #directives(RuleContext)} answers, for a linter that listed them already.
   */
  static void knownDirectives(Map<SharedFact<?>, Object> facts, List<ChronyDirective> directives) {
    facts.put(DIRECTIVES, Collections.unmodifiableList(directives));
  }

  /**
   * The configuration as chronyd reads it (include/confdir files in place, no .sources files).
   * Unmodifiable.
   */
  public static List<ChronyDirective> directives(RuleContext context) {
    return context.shared(DIRECTIVES);
  }

  /** Every directive of every file, .sources files included, in reading order. Unmodifiable. */
  public static List<ChronyDirective> everyDirective(RuleContext context) {
    return context.shared(EVERY_DIRECTIVE);
  }

  /** The directives of one family in the configuration as chronyd reads it. Unmodifiable. */
  public static <T extends ChronyDirective> List<T> directives(RuleContext context, Class<T> type) {
    return context.shared(BY_FAMILY).of(type);
  }

  /** The settings of one directive kind, in order. Unmodifiable. */
  public static List<Setting> settings(RuleContext context, ChronyDirectiveKind kind) {
    List<Setting> settings = context.shared(SETTINGS_BY_KIND).get(kind);
    return settings == null ? List.of() : Collections.unmodifiableList(settings);
  }

  /** True when the configuration holds a directive of this kind that chronyd accepted. */
  public static boolean has(RuleContext context, ChronyDirectiveKind kind) {
    return context.shared(ACCEPTED_KINDS).contains(kind);
  }

  /** A directive as quoted in messages: {@code `server a.example iburst`}. */
  public static String quote(DirectiveSyntax syntax) {
    return "`" + syntax.span().text() + "`";
  }

  /** {@code file:line}, for messages that point at another place. */
  public static String at(Span span) {
    // Sized: the build concatenates inline, with a default builder that would grow (issue 8).
    String file = span.file().name();
    return new StringBuilder(file.length() + 12).append(file).append(':').append(span.line())
        .toString();
  }
}
