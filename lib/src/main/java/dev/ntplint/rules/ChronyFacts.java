package dev.ntplint.rules;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Look-ups over a chrony configuration that several rules share. */
public final class ChronyFacts {

  private ChronyFacts() {}

  /** The chrony tree of a context (rules that list only the chrony dialect always have one). */
  public static ChronyConfigTree tree(RuleContext context) {
    return context.chrony().orElseThrow(() -> new IllegalStateException("not a chrony.conf"));
  }

  /** The configuration as chronyd reads it (include/confdir files in place, no .sources files). */
  public static List<ChronyDirective> directives(RuleContext context) {
    return tree(context).directives();
  }

  /** Every directive of every file, .sources files included, in reading order. */
  public static List<ChronyDirective> everyDirective(RuleContext context) {
    List<ChronyDirective> out = new ArrayList<>();
    for (IncludedFile f : tree(context).files()) {
      out.addAll(f.result().config().directives());
    }
    return out;
  }

  /** The directives of one family in the configuration as chronyd reads it. */
  public static <T extends ChronyDirective> List<T> directives(RuleContext context, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (ChronyDirective d : directives(context)) {
      if (type.isInstance(d)) {
        out.add(type.cast(d));
      }
    }
    return out;
  }

  /** The settings of one directive kind, in order. */
  public static List<Setting> settings(RuleContext context, ChronyDirectiveKind kind) {
    List<Setting> out = new ArrayList<>();
    for (Setting s : directives(context, Setting.class)) {
      if (s.directive() == kind) {
        out.add(s);
      }
    }
    return out;
  }

  /** True when the configuration holds a directive of this kind that chronyd accepted. */
  public static boolean has(RuleContext context, ChronyDirectiveKind kind) {
    for (ChronyDirective d : directives(context)) {
      if (d.kind().isPresent() && d.kind().get() == kind
          && !(d instanceof dev.ntplint.chrony.model.InvalidDirective)) {
        return true;
      }
    }
    return false;
  }

  /** A directive as quoted in messages: {@code `server a.example iburst`}. */
  public static String quote(DirectiveSyntax syntax) {
    return "`" + syntax.span().text() + "`";
  }

  /** {@code file:line}, for messages that point at another place. */
  public static String at(Span span) {
    return span.file().name() + ":" + span.line();
  }
}
