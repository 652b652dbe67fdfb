package dev.ntplint.rules.suppress;

import dev.ntplint.rules.Rule;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Span;
import dev.ntplint.source.SyntaxTree;
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

  /** A file holding no suppression: what most files give. */
  private static final Result NONE = new Result(List.of(), List.of());

  /**
   * Compiled when the first ntplint comment ({@link dev.ntplint.source.ToolComment}) is read, not
   * when the first file is: most files have none, and compiling it in the interpreter was part of
   * every short check (issue 8, P1).
   */
  private static final class Patterns {
    static final Pattern DIRECTIVE = Pattern.compile(
        "^[!;#%]+\\s*ntplint\\s*:\\s*([A-Za-z-]+)\\s*=\\s*([^\\s,]+(?:\\s*,\\s*[^\\s,]+)*)"
            + "\\s*(?:--(.*))?$");
  }

  private InlineSuppressions() {}

  public static Result parse(SyntaxTree tree, RuleRegistry registry) {
    // The reader noted where the ntplint comments are as it lexed them: no line is read for a
    // file without one, and no search of the whole text either (issue 8, P2 and P4).
    if (tree.toolComments().isEmpty()) {
      return NONE;
    }
    List<Suppression> suppressions = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<SourceLine> lines = tree.lines();
    int firstDirective = firstDirectiveLine(lines);
    for (int start : tree.toolComments()) {
      int index = lineIndexOf(lines, start);
      SourceLine line = lines.get(index);
      int end = commentEnd(line, start);
      Span span = tree.file().span(start, end);
      String text = tree.file().latin1(start, end);
      // A directive on the comment's own line comes after it: only earlier lines count.
      parseComment(tree, lines, index, line, span, text, firstDirective < index, registry,
          suppressions, problems);
    }
    return new Result(suppressions, problems);
  }

  /** The index of the first line holding a word, or the number of lines when none does. */
  private static int firstDirectiveLine(List<SourceLine> lines) {
    int index = 0;
    while (index < lines.size() && lines.get(index).hasNoWords()) {
      index++;
    }
    return index;
  }

  /** The index of the line holding the byte at {@code offset}: the last one starting at or before. */
  private static int lineIndexOf(List<SourceLine> lines, int offset) {
    int low = 0;
    int high = lines.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (lines.get(middle).start() <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /** Where the comment token of {@code line} that starts at {@code start} ends. */
  private static int commentEnd(SourceLine line, int start) {
    for (int i = 0; i < line.tokenCount(); i++) {
      if (line.tokenStart(i) == start) {
        return line.tokenEnd(i);
      }
    }
    throw new IllegalStateException("no token of line " + line.number() + " starts at " + start);
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
}
