package dev.ntplint.rules.syntax;

import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.ConfigEditor;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** NTP602: a trailing comment, which chrony.conf does not have. */
public final class TrailingComment extends BaseRule {

  public TrailingComment() {
    super("NTP602", "trailing-comment", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.SYNTAX)
        .fixable(Fixability.SAFE)
        .supersedes("CP103", "CP104", "CP106", "CP108", "CP109", "CP110", "CP205")
        .summary("A comment after a directive: chrony.conf has no trailing comments")
        .description("""
            In chrony.conf a line is a comment only when its first non-blank character is `#`, \
            `;`, `!` or `%`. After the first word these characters are ordinary: `server \
            a.example # main server` gives chronyd an option `#`, and it refuses to start \
            (`maxdistance 3 # x`: Too many arguments; in a `.sources` file the line is silently \
            skipped). ntp.conf allows such comments, so they come with configurations written \
            for ntpd.

            Reported when the comment is what makes chronyd reject the line (`keyfile #keys` is \
            a valid path). The fix moves the comment to its own line above the directive.""");
  }

  @Override
  public void check(RuleContext context) {
    for (IncludedFile file : ChronyFacts.tree(context).files()) {
      /*
       * A trailing comment is reported only where a rejecting diagnostic starts inside the
       * directive: the directives with none are skipped by a search of the sorted starts, without
       * a byte test per argument (issue 8, P3). Most files have no such diagnostic at all.
       */
      List<Diagnostic> diagnostics = rejecting(file.result().diagnostics());
      if (diagnostics.isEmpty()) {
        continue;
      }
      int[] starts = new int[diagnostics.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = diagnostics.get(i).span().start();
      }
      Arrays.sort(starts);
      for (ChronyDirective d : file.result().config().directives()) {
        DirectiveSyntax syntax = d.syntax();
        List<Word> args = syntax.arguments();
        if (!anyWithin(starts, syntax.span().start(), syntax.span().end())) {
          continue;
        }
        for (int i = 0; i < args.size(); i++) {
          Word w = args.get(i);
          // The first byte as a char (a comment mark is ASCII): no substring per argument.
          if ("#;!%".indexOf((char) (w.span().file().byteAt(w.span().start()) & 0xff)) < 0) {
            continue;
          }
          if (!rejectedAt(diagnostics, syntax, w)) {
            break;
          }
          Word last = args.get(args.size() - 1);
          Span comment = w.span().union(last.span());
          String text = comment.text();
          context.report(comment, "chrony.conf has no trailing comments: chronyd reads `"
              + w.text() + "` as part of the directive and rejects the line. Put the comment on"
              + " its own line.",
              context.fix(syntax.span().file(), "move the comment to its own line", Fixability.SAFE,
                  new Consumer<ConfigEditor>() {
                    // A class, not a lambda: see Edits (issue 8, P1).
                    @Override
                    public void accept(ConfigEditor e) {
                      e.removeWords(syntax, w, last);
                      e.insertDirectiveBefore(syntax, text);
                    }
                  }));
          break;
        }
      }
    }
  }

  /** The diagnostics that can make a comment mark rejected (the file or a .sources line). */
  private static List<Diagnostic> rejecting(List<Diagnostic> diagnostics) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.rejectsFile() || d.code().equals("CP205")) {
        out.add(d);
      }
    }
    return out;
  }

  /** True when a value of the sorted {@code starts} lies in [from, to]. */
  private static boolean anyWithin(int[] starts, int from, int to) {
    int at = Arrays.binarySearch(starts, from);
    int first = at >= 0 ? at : -at - 1;
    return first < starts.length && starts[first] <= to;
  }

  /** True when one of the {@link #rejecting} diagnostics starts in the directive and reaches w. */
  private static boolean rejectedAt(List<Diagnostic> rejecting, DirectiveSyntax syntax, Word w) {
    for (Diagnostic d : rejecting) {
      if (d.span().start() >= syntax.span().start() && d.span().start() <= syntax.span().end()
          && d.span().end() > w.span().start()) {
        return true;
      }
    }
    return false;
  }
}
