package dev.ntplint.rules.syntax;

import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.Fix;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.TextEdit;
import dev.ntplint.source.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** NTP603: a no-break space between words, which chronyd reads as part of a word. */
public final class NonBreakingSpace extends BaseRule {

  public NonBreakingSpace() {
    super("NTP603", "non-breaking-space", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.SYNTAX)
        .fixable(Fixability.SAFE)
        .supersedes("CP100", "CP103", "CP104", "CP106", "CP108", "CP110")
        .summary("A no-break space where a space was meant")
        .description("""
            chronyd separates words only at ASCII blanks. A no-break space (U+00A0, or the \
            narrow U+202F) — typically pasted from a web page or a word processor — looks like a \
            space but is part of the word: `server`, a no-break space and `ntp.example` make one \
            unknown directive, `iburst`, a no-break space and `prefer` one unknown option. The \
            fix replaces each one with a plain space.""");
  }

  @Override
  public void check(RuleContext context) {
    for (IncludedFile file : ChronyFacts.tree(context).files()) {
      SourceFile source = file.file();
      if (source.isAscii()) {
        // Both no-break spaces are multi-byte UTF-8: an ASCII file has none, and scanning every
        // word byte of every line was a few percent of linting a large file (issue 8, P3).
        continue;
      }
      String raw = source.latin1();
      for (SourceLine line : file.result().config().syntax().lines()) {
        List<TextEdit> edits = new ArrayList<>();
        for (int k = 0; k < line.tokenCount(); k++) {
          if (line.tokenKind(k) != TokenKind.WORD) {
            continue;
          }
          int end = line.tokenEnd(k);
          for (int i = line.tokenStart(k); i + 1 < end; i++) {
            if (raw.charAt(i) == 0xC2 && raw.charAt(i + 1) == 0xA0) {
              edits.add(TextEdit.replaceRaw(i, i + 2, " "));
              i++;
            } else if (i + 2 < end && raw.charAt(i) == 0xE2 && raw.charAt(i + 1) == 0x80
                && raw.charAt(i + 2) == 0xAF) {
              edits.add(TextEdit.replaceRaw(i, i + 3, " "));
              i += 2;
            }
          }
        }
        if (!edits.isEmpty()) {
          TextEdit first = edits.get(0);
          context.report(source.span(first.start(), first.end()), edits.size() == 1
              ? "a no-break space: chronyd reads it as part of the word, not as a separator."
              : edits.size() + " no-break spaces on this line: chronyd reads them as part of the"
                  + " words, not as separators.",
              new Fix("replace with plain spaces", Fixability.SAFE, edits));
        }
      }
    }
  }
}
