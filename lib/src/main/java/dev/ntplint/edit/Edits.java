package dev.ntplint.edit;

import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.Word;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The edits most fixes make, as values for {@code RuleContext.fix}: {@code
 * Edits.addWords(server, "iburst")} says what {@code e -> e.addWords(server, "iburst")} says.
 *
 * <p>Why not the lambda: each lambda is a call site that a fresh JVM links on its first use
 * (~0.3 ms in the interpreter, even with its class in the AppCDS archive), and a short check
 * that reports a few fixable findings paid that for every rule. These are plain classes, loaded
 * from the archive (issue 8, P1). A fix that needs more than one of these is free to be a lambda.
 */
public final class Edits {

  private Edits() {}

  /** {@link ConfigEditor#addWords}: the words after the directive's last word. */
  public static Consumer<ConfigEditor> addWords(DirectiveSyntax directive, String... words) {
    return new AddWords(Objects.requireNonNull(directive, "directive"), words.clone());
  }

  /** {@link ConfigEditor#removeDirective}: the directive's whole line. */
  public static Consumer<ConfigEditor> removeDirective(DirectiveSyntax directive) {
    return new RemoveDirective(Objects.requireNonNull(directive, "directive"));
  }

  /** {@link ConfigEditor#removeWords(DirectiveSyntax, Span)}: the arguments {@code span} covers. */
  public static Consumer<ConfigEditor> removeWords(DirectiveSyntax directive, Span span) {
    return new RemoveWords(Objects.requireNonNull(directive, "directive"),
        Objects.requireNonNull(span, "span"));
  }

  /** {@link ConfigEditor#replaceWord(Word, String)}: the word becomes {@code text}. */
  public static Consumer<ConfigEditor> replaceWord(Word word, String text) {
    return new ReplaceWord(Objects.requireNonNull(word, "word"),
        Objects.requireNonNull(text, "text"));
  }

  /** {@link ConfigEditor#insertDirectiveBefore}, once per line, in order. */
  public static Consumer<ConfigEditor> insertBefore(DirectiveSyntax anchor, List<String> lines) {
    return new Insert(Objects.requireNonNull(anchor, "anchor"), true, List.copyOf(lines));
  }

  /** {@link ConfigEditor#insertDirectiveAfter}, once per line, in order. */
  public static Consumer<ConfigEditor> insertAfter(DirectiveSyntax anchor, List<String> lines) {
    return new Insert(Objects.requireNonNull(anchor, "anchor"), false, List.copyOf(lines));
  }

  /** {@link ConfigEditor#insertDirectiveAfter}: one new line after the anchor's. */
  public static Consumer<ConfigEditor> insertAfter(DirectiveSyntax anchor, String line) {
    return insertAfter(anchor, List.of(line));
  }

  /** {@link ConfigEditor#appendDirective}, once per line, in order. */
  public static Consumer<ConfigEditor> append(List<String> lines) {
    return new Insert(null, false, List.copyOf(lines));
  }

  /** {@link ConfigEditor#appendDirective}: one new line at the end of the file. */
  public static Consumer<ConfigEditor> append(String line) {
    return append(List.of(line));
  }

  /**
   * True when {@code edits}, made on a new editor of {@code tree}, are sure to change something:
   * the removal of a directive standing on a line of the tree, or new lines or words that the
   * editor accepts. False when that is not known without making them. A fix is asked this for every
   * finding a report prints; making an insertion's edits for it (its file's line style detected
   * first) was ~3% of a batch's CPU (issue 8, P2).
   */
  public static boolean changesSomething(Consumer<ConfigEditor> edits, SyntaxTree tree) {
    if (edits instanceof RemoveDirective remove) {
      return ConfigEditor.removesALine(tree, remove.directive());
    }
    if (edits instanceof AddWords add) {
      return ConfigEditor.addsWords(tree, add.directive(), add.words());
    }
    if (edits instanceof Insert insert && !insert.lines().isEmpty()) {
      for (String line : insert.lines()) {
        if (!ConfigEditor.insertsALine(tree, insert.anchor(), line)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private record AddWords(DirectiveSyntax directive, String[] words)
      implements Consumer<ConfigEditor> {
    @Override
    public void accept(ConfigEditor editor) {
      editor.addWords(directive, words);
    }
  }

  private record RemoveDirective(DirectiveSyntax directive) implements Consumer<ConfigEditor> {
    @Override
    public void accept(ConfigEditor editor) {
      editor.removeDirective(directive);
    }
  }

  private record RemoveWords(DirectiveSyntax directive, Span span)
      implements Consumer<ConfigEditor> {
    @Override
    public void accept(ConfigEditor editor) {
      editor.removeWords(directive, span);
    }
  }

  private record ReplaceWord(Word word, String text) implements Consumer<ConfigEditor> {
    @Override
    public void accept(ConfigEditor editor) {
      editor.replaceWord(word, text);
    }
  }

  /** New lines before or after {@code anchor}, or at the end of the file when it is null. */
  private record Insert(DirectiveSyntax anchor, boolean before, List<String> lines)
      implements Consumer<ConfigEditor> {
    @Override
    public void accept(ConfigEditor editor) {
      for (String line : lines) {
        if (anchor == null) {
          editor.appendDirective(line);
        } else if (before) {
          editor.insertDirectiveBefore(anchor, line);
        } else {
          editor.insertDirectiveAfter(anchor, line);
        }
      }
    }
  }
}
