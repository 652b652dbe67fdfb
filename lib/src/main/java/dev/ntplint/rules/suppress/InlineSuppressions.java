package dev.ntplint.rules.suppress;

import dev.ntplint.rules.Rule;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Span;
import dev.ntplint.source.SyntaxToken;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppression comments of a file: {@code ntplint: disable=ID[,ID] -- reason} and {@code
 * ntplint: disable-file=ID[,ID] -- reason}, after any comment character (chrony: {@code ! ; # %};
 * ntp.conf: {@code #}). IDs are rule ids, rule names or {@code all}.
 */
public final class InlineSuppressions {

  /** A comment ntplint cannot use, and why. */
  public record Problem(Span span, String message) {}

  /** The usable suppressions and the problems of one file. */
  public record Result(List<Suppression> suppressions, List<Problem> problems) {
    public Result {
      suppressions = List.copyOf(suppressions);
      problems = List.copyOf(problems);
    }
  }

  /** The word every MARKER match holds, looked for in a comment's bytes before MARKER is tried. */
  private static final byte[] MARKER_WORD = {'n', 't', 'p', 'l', 'i', 'n', 't'};

  /** A file holding no suppression: what most files give. */
  private static final Result NONE = new Result(List.of(), List.of());

  /**
   * Compiled when the first ntplint comment ({@link #startsWithMarker}) is read, not when the
   * first file is: most files have none, and compiling it in the interpreter was part of every
   * short check (issue 8, P1).
   */
  private static final class Patterns {
    static final Pattern DIRECTIVE = Pattern.compile(
        "^[!;#%]+\\s*ntplint\\s*:\\s*([A-Za-z-]+)\\s*=\\s*([^\\s,]+(?:\\s*,\\s*[^\\s,]+)*)"
            + "\\s*(?:--(.*))?$");
  }

  private InlineSuppressions() {}

  /**
   * Whether a comment starts as an ntplint comment does: comment marks ({@code !;#%}), blanks,
   * {@code ntplint}, blanks, a colon; as the regular expression {@code ^[!;#%]+\s*ntplint\s*:}
   * would say, without compiling one for a comment that merely mentions ntplint (issue 8, P1).
   */
  static boolean startsWithMarker(String comment) {
    int i = 0;
    while (i < comment.length() && "!;#%".indexOf(comment.charAt(i)) >= 0) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    i = skipBlanks(comment, i);
    if (!comment.startsWith("ntplint", i)) {
      return false;
    }
    i = skipBlanks(comment, i + "ntplint".length());
    return i < comment.length() && comment.charAt(i) == ':';
  }

  /** Past the blanks at {@code from}: what {@code \s} matches (ASCII space and controls). */
  private static int skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length() && " \t\n\013\f\r".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  public static Result parse(SyntaxTree tree, RuleRegistry registry) {
    // A file without the word holds no marker: one vectorised search of its text instead of a
    // look for a comment on every line (1.5% of the CPU of a batch of 10,000 files; issue 8, P2).
    if (tree.file().latin1().indexOf("ntplint") < 0) {
      return NONE;
    }
    List<Suppression> suppressions = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<SourceLine> lines = tree.lines();
    boolean directiveSeen = false;
    for (int index = 0; index < lines.size(); index++) {
      SourceLine line = lines.get(index);
      SyntaxToken token = commentToken(line);
      // Only a comment that holds "ntplint" can be one (MARKER); most comments are not read.
      if (token != null && holdsMarkerWord(tree.file(), token)) {
        Span span = tree.file().span(token.start(), token.end());
        String text = tree.file().latin1(token.start(), token.end());
        if (startsWithMarker(text)) {
          parseComment(tree, lines, index, line, span, text, directiveSeen, registry, suppressions,
              problems);
        }
      }
      // Asked only until the first directive: a second walk over every token of every line after
      // it told nothing new (issue 8).
      if (!directiveSeen && !line.hasNoWords()) {
        directiveSeen = true;
      }
    }
    return new Result(suppressions, problems);
  }

  private static void parseComment(SyntaxTree tree, List<SourceLine> lines, int index,
      SourceLine line, Span span, String text, boolean directiveSeen, RuleRegistry registry,
      List<Suppression> suppressions, List<Problem> problems) {
    Matcher m = Patterns.DIRECTIVE.matcher(text.stripTrailing());
    if (!m.find()) {
      problems.add(new Problem(span, "cannot read this ntplint comment; write `# ntplint:"
          + " disable=ID[,ID] -- reason` or `# ntplint: disable-file=ID[,ID] -- reason`"));
      return;
    }
    String keyword = m.group(1);
    boolean wholeFile;
    if (keyword.equals("disable")) {
      wholeFile = false;
    } else if (keyword.equals("disable-file")) {
      wholeFile = true;
    } else {
      problems.add(new Problem(span.file().span(span.start() + m.start(1), span.start() + m.end(1)),
          "unknown ntplint comment `" + keyword + "`; use `disable` or `disable-file`"));
      return;
    }
    if (wholeFile && directiveSeen) {
      problems.add(new Problem(span, "`disable-file` must come before the file's first directive;"
          + " this comment has no effect"));
      return;
    }
    List<Suppression.Target> targets = new ArrayList<>();
    int listStart = span.start() + m.start(2);
    String list = m.group(2);
    int offset = 0;
    for (String part : list.split(",", -1)) {
      int lead = part.length() - part.stripLeading().length();
      String id = part.strip();
      int start = listStart + offset + lead;
      Span idSpan = span.file().span(start, start + id.length());
      offset += part.length() + 1;
      if (id.equalsIgnoreCase("all")) {
        targets.add(new Suppression.Target(id, idSpan, Optional.empty()));
        continue;
      }
      Optional<Rule> rule = registry.find(id);
      if (rule.isEmpty()) {
        String hint = registry.suggest(id).map(s -> " (did you mean `" + s + "`?)").orElse("");
        problems.add(new Problem(idSpan, "unknown rule `" + id + "` in a suppression" + hint));
        continue;
      }
      RuleMetadata meta = rule.get().metadata();
      targets.add(new Suppression.Target(id, idSpan, Optional.of(meta)));
    }
    if (targets.isEmpty()) {
      return;
    }
    Optional<String> reason = Optional.ofNullable(m.group(3)).map(String::strip)
        .filter(s -> !s.isEmpty());
    int appliesTo = 0;
    if (!wholeFile) {
      if (!line.hasNoWords()) {
        appliesTo = line.number();
      } else {
        for (int j = index + 1; j < lines.size(); j++) {
          if (!lines.get(j).hasNoWords()) {
            appliesTo = lines.get(j).number();
            break;
          }
        }
      }
    }
    suppressions.add(new Suppression(wholeFile, appliesTo, targets, reason, span));
  }

  /** The line's comment token, or null (no Optional per comment line; issue 8). */
  private static SyntaxToken commentToken(SourceLine line) {
    // By index: the token object is made for the comment alone (issue 8, P3).
    for (int i = 0; i < line.tokenCount(); i++) {
      if (line.tokenKind(i) == TokenKind.COMMENT) {
        return line.tokens().get(i);
      }
    }
    return null;
  }

  /** True when the token's bytes contain "ntplint", without making a string of them. */
  private static boolean holdsMarkerWord(SourceFile file, SyntaxToken token) {
    int last = token.end() - MARKER_WORD.length;
    for (int at = token.start(); at <= last; at++) {
      int k = 0;
      while (k < MARKER_WORD.length && file.byteAt(at + k) == MARKER_WORD[k]) {
        k++;
      }
      if (k == MARKER_WORD.length) {
        return true;
      }
    }
    return false;
  }
}
