package dev.ntplint.edit;

import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.LineStyle;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Span;
import dev.ntplint.source.SyntaxToken;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TextEdit;
import dev.ntplint.source.TokenKind;
import dev.ntplint.source.Word;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Collects high-level edits of one configuration file and compiles them into minimal
 * {@link TextEdit}s against the file's original bytes. The file is never re-serialised: every byte
 * an edit does not touch is kept as it is, including comments, odd whitespace, CRLF endings and
 * invalid UTF-8.
 *
 * <p>The editor is dialect-neutral: it works on {@link SourceLine}, {@link DirectiveSyntax} and
 * {@link Word}, so chrony.conf and ntp.conf share it. Every position given to it (a directive, a
 * word, a span) must come from the {@link SyntaxTree} the editor was made from; positions always
 * refer to the original file, however many edits were recorded before.
 *
 * <pre>{@code
 * ChronyConfig config = ChronyConf.parse(file).config();
 * ConfigEditor editor = ConfigEditor.of(config.syntax());
 * NtpSource server = config.directives(NtpSource.class).get(0);
 * Span minpoll = server.option(SourceOption.MINPOLL).orElseThrow().value().orElseThrow().span();
 * editor.addWords(server.syntax(), "iburst")
 *     .replaceWord(minpoll, "6")
 *     .appendDirective("makestep 1.0 3");
 * byte[] edited = editor.apply();
 * }</pre>
 *
 * <p><b>Layout.</b> New lines follow the file's {@link LineStyle} (line ending, indentation of
 * directive lines, word separator), detected with {@link LineStyle#detect} unless given. Words
 * added to an existing line use that line's own separator. Text given for a whole directive is
 * split on blanks and re-joined with the separator (a double-quoted run is copied verbatim, for
 * ntp.conf). New text is encoded as UTF-8. New lines always end with a line terminator, and when
 * the file lacks a final newline one is added first (in the file's style) before anything is
 * appended at its end.
 *
 * <p><b>Conflicts.</b> Two edits that touch a common byte are a programming error and the second
 * one is refused with an {@link IllegalArgumentException} that names both. Insertions at the same
 * point are allowed and kept in a fixed order: words appended to the end of the preceding line
 * first, then new lines (in call order), then text put in front of the following directive (a
 * comment prefix). An insertion exactly at the boundary of a replaced range is allowed and lands
 * outside it (e.g. a word added after a replaced last word, a line inserted after a removed one),
 * except that nothing may be attached to a removed line (a comment prefix or words added to it).
 *
 * <p>Instances are not thread-safe. Recording methods return {@code this} for chaining.
 */
public final class ConfigEditor {

  /** How an edit sits in the text; decides conflicts and the order of insertions at one point. */
  private enum Kind {
    /** Words appended to the end of the preceding content (attached to the byte before). */
    SUFFIX(0),
    /** Whole new lines (attached to nothing but a line boundary). */
    LINE(1),
    /** Text put in front of the following content (attached to the byte at the point). */
    PREFIX(2),
    /** A replaced (or deleted) range inside a line. */
    REPLACE(-1),
    /** A whole line, terminator included, deleted: nothing may attach to it. */
    LINE_REMOVAL(-1);

    final int insertionOrder;

    Kind(int insertionOrder) {
      this.insertionOrder = insertionOrder;
    }

    boolean isInsertion() {
      return insertionOrder >= 0;
    }
  }

  /**
   * One recorded edit: bytes [start, end) of the original file become {@code bytes};
   * {@code operation} names the edit in conflict messages.
   */
  private record Pending(int start, int end, byte[] bytes, Kind kind, Operation operation,
      int sequence) {}

  /**
   * An edit's name and what it edits, put into words only for a conflict message (issue 8, P3:
   * most edits never conflict). A record, not a lambda: a short check links none (P1).
   *
   * @param directive the directive edited, or null (an appended line, a word by its span)
   * @param span the bytes a word replacement edits, or null
   * @param detail the words added or removed, or a word's replacement; or null
   */
  private record Operation(String name, DirectiveSyntax directive, Span span, String detail) {

    static Operation of(String name, DirectiveSyntax directive) {
      return new Operation(name, directive, null, null);
    }

    @Override
    public String toString() {
      if (directive != null) {
        return name + "(" + describe(directive) + (detail == null ? "" : ", " + detail) + ")";
      } else if (span != null) {
        return name + "(" + span.location() + " `" + span.text() + "` -> `" + detail + "`)";
      }
      return name;
    }
  }

  /**
   * By start, end, kind's insertion order, then recording order. A named class, not a
   * Comparator.comparingInt chain: the JDK spins those lambda classes outside the AppCDS archive
   * on every run that builds a fix (issue 8, start-up).
   */
  private static final Comparator<Pending> TEXT_ORDER = new Comparator<>() {
    @Override
    public int compare(Pending a, Pending b) {
      int c = Integer.compare(a.start(), b.start());
      if (c == 0) {
        c = Integer.compare(a.end(), b.end());
      }
      if (c == 0) {
        c = Integer.compare(a.kind().insertionOrder, b.kind().insertionOrder);
      }
      return c != 0 ? c : Integer.compare(a.sequence(), b.sequence());
    }
  };

  private final SyntaxTree tree;
  /**
   * The original bytes are read through {@link SourceFile#byteAt}, never copied per editor: one
   * editor is made per fix, and a copy of the whole file for each made linting a file with many
   * fixes quadratic (issue 8, P4).
   */
  private final SourceFile file;
  /** Null until first needed when made with a style source. */
  private LineStyle style;
  /**
   * Where the style comes from when first needed, or null. Only new lines, a final newline and a
   * line without blanks to copy need it: removing, replacing or adding words to a line never
   * detects it, which reads every line of the file (a third of what the text report's "is this fix
   * void" cost, issue 8, P2).
   */
  private Supplier<LineStyle> styleSource;
  private final List<Pending> pending = new ArrayList<>();

  private ConfigEditor(SyntaxTree tree, LineStyle style) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.file = tree.file();
    this.style = sanitize(Objects.requireNonNull(style, "style"));
  }

  private ConfigEditor(SyntaxTree tree, Supplier<LineStyle> styleSource) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.file = tree.file();
    this.styleSource = Objects.requireNonNull(styleSource, "styleSource");
  }

  /** An editor for {@code tree} whose new lines follow the style detected in the file. */
  public static ConfigEditor of(SyntaxTree tree) {
    return new ConfigEditor(tree, LineStyle.detect(tree));
  }

  /** An editor for {@code tree} whose new lines follow {@code style}. */
  public static ConfigEditor of(SyntaxTree tree, LineStyle style) {
    return new ConfigEditor(tree, style);
  }

  /**
   * An editor for {@code tree} whose new lines follow the style {@code style} gives (non-null),
   * asked for it only when an edit needs it, at most once: the same edits as {@code of(tree,
   * style.get())}.
   */
  public static ConfigEditor withStyleWhenNeeded(SyntaxTree tree, Supplier<LineStyle> style) {
    return new ConfigEditor(tree, style);
  }

  /** The tree being edited (the original file). */
  public SyntaxTree tree() {
    return tree;
  }

  /** The style new lines follow (CRs stripped from indentation and separator). */
  public LineStyle style() {
    LineStyle known = style;
    if (known == null) {
      known = sanitize(Objects.requireNonNull(styleSource.get(), "style"));
      style = known;
      styleSource = null;
    }
    return known;
  }

  /** True when no edit has been recorded. */
  public boolean isEmpty() {
    return pending.isEmpty();
  }

  // ----- lines ---------------------------------------------------------------------------------

  /** Inserts a new directive line right before the line of {@code anchor}. */
  public ConfigEditor insertDirectiveBefore(DirectiveSyntax anchor, String text) {
    SourceLine line = lineOf(anchor);
    return record(line.start(), line.start(), newLine(text), Kind.LINE,
        Operation.of("insertDirectiveBefore", anchor));
  }

  /**
   * Inserts a new directive line right after the line of {@code anchor} (after its terminator; if
   * the anchor is a last line without newline, one is added first).
   */
  public ConfigEditor insertDirectiveAfter(DirectiveSyntax anchor, String text) {
    SourceLine line = lineOf(anchor);
    return record(line.end(), line.end(), newLine(text), Kind.LINE,
        Operation.of("insertDirectiveAfter", anchor));
  }

  /** Appends a new directive line at the end of the file (adding a final newline first if missing). */
  public ConfigEditor appendDirective(String text) {
    return record(file.length(), file.length(), newLine(text), Kind.LINE,
        Operation.of("appendDirective", null));
  }

  /**
   * Removes the whole line of {@code directive}, its terminator included.
   *
   * <p>Comment lines and blank lines around it are kept: the editor cannot tell a comment that
   * documents this directive from a section header or a commented-out alternative, and deleting
   * text a person wrote is worse than leaving a comment behind. Callers that know better can remove
   * those lines with their own edits.
   */
  public ConfigEditor removeDirective(DirectiveSyntax directive) {
    SourceLine line = lineOf(directive);
    return record(line.start(), line.end(), new byte[0], Kind.LINE_REMOVAL,
        Operation.of("removeDirective", directive));
  }

  /**
   * Replaces the directive's name and arguments (from the name's first byte to the last word's last
   * byte) with {@code text}, whose words are joined with the line's own separator; indentation,
   * trailing blanks, a trailing comment and the line ending are kept.
   */
  public ConfigEditor replaceDirective(DirectiveSyntax directive, String text) {
    SourceLine line = lineOf(directive);
    byte[] bytes = joinWords(text, lineSeparator(line));
    return record(directive.name().span().start(), lastWordEnd(directive), bytes, Kind.REPLACE,
        Operation.of("replaceDirective", directive));
  }

  /**
   * Comments the directive out by putting {@code commentPrefix} (e.g. {@code "#"} or {@code "# "})
   * right before its name, after the indentation, which is kept.
   */
  public ConfigEditor commentOut(DirectiveSyntax directive, String commentPrefix) {
    lineOf(directive);
    Objects.requireNonNull(commentPrefix, "commentPrefix");
    if (commentPrefix.isBlank()) {
      throw new IllegalArgumentException("the comment prefix is blank: " + quote(commentPrefix));
    }
    if (containsAny(commentPrefix, "\n\r\u0000")) {
      throw new IllegalArgumentException(
          "the comment prefix must stay on one line: " + quote(commentPrefix));
    }
    return record(directive.name().span().start(), directive.name().span().start(),
        utf8(commentPrefix), Kind.PREFIX, Operation.of("commentOut", directive));
  }

  // ----- words ---------------------------------------------------------------------------------

  /**
   * Appends {@code words} after the directive's last word, each preceded by the line's own
   * separator, so trailing blanks, a trailing comment and the line ending stay where they are.
   */
  public ConfigEditor addWords(DirectiveSyntax directive, String... words) {
    SourceLine line = lineOf(directive);
    if (words.length == 0) {
      throw new IllegalArgumentException("no word to add");
    }
    String separator = lineSeparator(line);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String word : words) {
      checkWord(word);
      out.writeBytes(latin1(separator));
      out.writeBytes(utf8(word));
    }
    int at = lastWordEnd(directive);
    return record(at, at, out.toByteArray(), Kind.SUFFIX,
        new Operation("addWords", directive, null, String.join(" ", words)));
  }

  /** Appends an option and its value words, e.g. {@code addOption(server, "minpoll", "4")}. */
  public ConfigEditor addOption(DirectiveSyntax directive, String... words) {
    return addWords(directive, words);
  }

  /**
   * Removes the arguments from {@code first} to {@code last} (inclusive, both arguments of
   * {@code directive}, not its name) and exactly one separator: the blanks before {@code first}.
   */
  public ConfigEditor removeWords(DirectiveSyntax directive, Word first, Word last) {
    lineOf(directive);
    int from = argumentIndex(directive, first.span().start(), true);
    int to = argumentIndex(directive, last.span().end(), false);
    if (from < 0 || to < 0) {
      throw new IllegalArgumentException("not an argument of " + describe(directive) + ": "
          + (from < 0 ? first : last).span().location() + " `" + (from < 0 ? first : last).text()
          + "`");
    }
    if (to < from) {
      throw new IllegalArgumentException("the last word comes before the first in "
          + describe(directive));
    }
    Word previous = from == 0 ? directive.name() : directive.arguments().get(from - 1);
    return record(previous.span().end(), directive.arguments().get(to).span().end(), new byte[0],
        Kind.REPLACE, new Operation("removeWords", directive, null,
            first.text() + ".." + last.text()));
  }

  /** Removes one argument word and the separator before it. */
  public ConfigEditor removeWord(DirectiveSyntax directive, Word word) {
    return removeWords(directive, word, word);
  }

  /**
   * Removes the arguments that {@code span} covers, which must start at the start of an argument and
   * end at the end of one: for example an option with its value, {@code option.span()}.
   */
  public ConfigEditor removeWords(DirectiveSyntax directive, Span span) {
    lineOf(directive);
    checkFile(span);
    int from = argumentIndex(directive, span.start(), true);
    int to = argumentIndex(directive, span.end(), false);
    if (from < 0 || to < 0 || to < from) {
      throw new IllegalArgumentException("the span " + span.location() + ".." + span.endColumn()
          + " does not cover whole arguments of " + describe(directive));
    }
    return removeWords(directive, directive.arguments().get(from), directive.arguments().get(to));
  }

  /** Replaces one word (or the value of an option: any range inside one word) with {@code text}. */
  public ConfigEditor replaceWord(Word word, String text) {
    return replaceWord(word.span(), text);
  }

  /**
   * Replaces the bytes of {@code span}, which must be non-empty and lie inside one word of the file
   * (a whole word, or part of one such as an option value scanned from a word), with {@code text}.
   */
  public ConfigEditor replaceWord(Span span, String text) {
    checkFile(span);
    checkWord(text);
    if (span.length() == 0) {
      throw new IllegalArgumentException("empty span at " + span.location() + ": nothing to replace");
    }
    SourceLine line = lineAt(tree, span.start());
    boolean inWord = false;
    for (SyntaxToken token : line.tokens()) {
      if ((token.kind() == TokenKind.WORD || token.kind() == TokenKind.QUOTED)
          && token.start() <= span.start() && span.end() <= token.end()) {
        inWord = true;
        break;
      }
    }
    if (!inWord) {
      throw new IllegalArgumentException("the span at " + span.location() + " (`" + span.text()
          + "`) is not inside one word");
    }
    return record(span.start(), span.end(), utf8(text), Kind.REPLACE,
        new Operation("replaceWord", null, span, text));
  }

  // ----- result --------------------------------------------------------------------------------

  /**
   * The recorded edits as minimal text edits against the original bytes: sorted, non-overlapping,
   * with bytes that a replacement leaves unchanged at its ends trimmed off, and edits that touch
   * merged into one (so no two insert at the same point).
   */
  public List<TextEdit> edits() {
    List<Pending> ordered = new ArrayList<>(pending);
    ordered.sort(TEXT_ORDER);
    boolean fixFinalNewline = needsFinalNewline();
    List<TextEdit> result = new ArrayList<>();
    int start = -1;
    int end = -1;
    ByteArrayOutputStream bytes = null;
    for (Pending p : ordered) {
      int s = p.start();
      int e = p.end();
      byte[] b = p.bytes();
      if (p.kind() == Kind.LINE && s == file.length() && fixFinalNewline) {
        b = concat(finalNewline(), b);
        fixFinalNewline = false;
      }
      if (p.kind() == Kind.REPLACE) {
        int prefix = 0;
        while (prefix < b.length && s + prefix < e && b[prefix] == file.byteAt(s + prefix)
            && b[prefix] >= 0) {
          prefix++;
        }
        int suffix = 0;
        while (suffix < b.length - prefix && e - suffix > s + prefix
            && b[b.length - 1 - suffix] == file.byteAt(e - 1 - suffix) && b[b.length - 1 - suffix] >= 0) {
          suffix++;
        }
        b = Arrays.copyOfRange(b, prefix, b.length - suffix);
        s += prefix;
        e -= suffix;
        if (s == e && b.length == 0) {
          continue;
        }
      }
      if (bytes != null && s == end) {
        bytes.writeBytes(b);
        end = e;
        continue;
      }
      if (bytes != null) {
        result.add(new TextEdit(start, end, bytes.toByteArray()));
      }
      start = s;
      end = e;
      bytes = new ByteArrayOutputStream();
      bytes.writeBytes(b);
    }
    if (bytes != null) {
      result.add(new TextEdit(start, end, bytes.toByteArray()));
    }
    return List.copyOf(result);
  }

  /** The edited file's bytes: the original with {@link #edits()} applied. */
  public byte[] apply() {
    return TextEdit.apply(file.bytes(), edits());
  }

  // ----- recording and conflicts ---------------------------------------------------------------

  private ConfigEditor record(int start, int end, byte[] bytes, Kind kind,
      Operation operation) {
    Pending edit = new Pending(start, end, bytes, kind, operation, pending.size());
    for (Pending other : pending) {
      if (conflict(edit, other)) {
        throw new IllegalArgumentException("overlapping edits: " + operation + " touches "
            + range(edit) + ", which " + other.operation() + " (recorded before) already edits "
            + range(other) + "; each byte may be edited once");
      }
    }
    pending.add(edit);
    return this;
  }

  private static boolean conflict(Pending a, Pending b) {
    if (a.kind().isInsertion() && b.kind().isInsertion()) {
      // Two comment prefixes at one point: the same line commented out twice.
      return a.start() == b.start() && a.kind() == Kind.PREFIX && b.kind() == Kind.PREFIX;
    }
    if (!a.kind().isInsertion() && !b.kind().isInsertion()) {
      return a.start() < b.end() && b.start() < a.end();
    }
    Pending range = a.kind().isInsertion() ? b : a;
    Pending insertion = a.kind().isInsertion() ? a : b;
    int p = insertion.start();
    if (range.start() < p && p < range.end()) {
      return true;
    }
    if (range.kind() == Kind.LINE_REMOVAL) {
      // Text attached to a removed line would be glued to its neighbour.
      return insertion.kind() == Kind.PREFIX && p == range.start()
          || insertion.kind() == Kind.SUFFIX && p == range.end();
    }
    return false;
  }

  private String range(Pending p) {
    if (p.start() == p.end()) {
      return "the point before byte " + p.start() + " (" + file.span(p.start(), p.start()).location()
          + ")";
    }
    return "bytes [" + p.start() + ", " + p.end() + ") (" + file.span(p.start(), p.end()).location()
        + ")";
  }

  /** True when the file's last line lacks a newline and still will after the edits. */
  private boolean needsFinalNewline() {
    if (file.length() == 0 || file.byteAt(file.length() - 1) == '\n') {
      return false;
    }
    for (Pending p : pending) {
      if (p.kind() == Kind.LINE_REMOVAL && p.end() == file.length()) {
        return false;
      }
    }
    return true;
  }

  /** The terminator that completes a last line without one (a CR already there is kept). */
  private byte[] finalNewline() {
    if (file.byteAt(file.length() - 1) == '\r') {
      return new byte[] {'\n'};
    }
    return latin1(style().lineEnding());
  }

  // ----- look-ups --------------------------------------------------------------------------------

  /** The tree's line holding {@code directive}, checked to belong to this file. */
  private SourceLine lineOf(DirectiveSyntax directive) {
    Objects.requireNonNull(directive, "directive");
    checkFile(directive.name().span());
    SourceLine line = lineOf(tree, directive);
    if (line == null) {
      throw new IllegalArgumentException(describe(directive) + " is not a line of " + file.name());
    }
    return line;
  }

  /** The line of {@code tree} that {@code directive} (of its file) stands on, or null. */
  private static SourceLine lineOf(SyntaxTree tree, DirectiveSyntax directive) {
    SourceLine line = lineAt(tree, directive.line().start());
    if (line.start() != directive.line().start() || line.end() != directive.line().end()
        || directive.name().start() < line.start() || lastWordEnd(directive) > line.end()) {
      return null;
    }
    return line;
  }

  /**
   * True when {@link #removeDirective} of {@code directive} on a new editor of {@code tree} is sure
   * to make an edit: the directive stands on a line of the tree, which it removes. Answered
   * without an editor (nor the line style one needs), for a fix asked only whether it changes
   * anything (issue 8, P2).
   */
  public static boolean removesALine(SyntaxTree tree, DirectiveSyntax directive) {
    if (directive.name().file() != tree.file()) {
      return false;
    }
    SourceLine line = lineOf(tree, directive);
    return line != null && line.end() > line.start();
  }

  /**
   * True when adding {@code words} to {@code directive} on an editor of {@code tree} records an
   * edit (never empty: it adds bytes) rather than being refused: at least one word, each a single
   * word, and the directive stands on a line of the tree.
   */
  public static boolean addsWords(SyntaxTree tree, DirectiveSyntax directive, String... words) {
    if (words.length == 0 || directive.name().file() != tree.file()
        || lineOf(tree, directive) == null) {
      return false;
    }
    for (String word : words) {
      if (wordProblem(word) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when inserting a directive line of {@code text} before or after {@code anchor}, or at the
   * end of the file when it is null, on an editor of {@code tree} records an edit (one that is
   * never empty: it adds a line) rather than being refused: the text is one line with a word, and
   * the anchor stands on a line of the tree. Answered without detecting the file's line style.
   */
  public static boolean insertsALine(SyntaxTree tree, DirectiveSyntax anchor, String text) {
    return directiveTextProblem(text) == null && (anchor == null
        || anchor.name().file() == tree.file() && lineOf(tree, anchor) != null);
  }

  /** The line of the tree that contains {@code offset} (the last line for the end of the file). */
  private static SourceLine lineAt(SyntaxTree tree, int offset) {
    List<SourceLine> lines = tree.lines();
    int low = 0;
    int high = lines.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lines.get(mid).start() <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return lines.get(low);
  }

  private void checkFile(Span span) {
    if (span.file() != file) {
      throw new IllegalArgumentException("the position " + span.location()
          + " belongs to another file than " + file.name() + " (edit the tree it was read from)");
    }
  }

  private static int lastWordEnd(DirectiveSyntax directive) {
    List<Word> args = directive.arguments();
    return (args.isEmpty() ? directive.name() : args.get(args.size() - 1)).span().end();
  }

  /** The index of the argument starting (or ending) at {@code offset}, or -1. */
  private static int argumentIndex(DirectiveSyntax directive, int offset, boolean atStart) {
    List<Word> args = directive.arguments();
    for (int i = 0; i < args.size(); i++) {
      Span s = args.get(i).span();
      if ((atStart ? s.start() : s.end()) == offset) {
        return i;
      }
    }
    return -1;
  }

  /** The blanks between the line's first two words (CRs dropped), or the file's separator. */
  private String lineSeparator(SourceLine line) {
    boolean seenWord = false;
    // By index: a line of a token table makes its token list anew on every tokens() call.
    for (int index = 0; index < line.tokenCount(); index++) {
      TokenKind kind = line.tokenKind(index);
      if (line.isWordToken(index)) {
        seenWord = true;
      } else if (seenWord && kind == TokenKind.WHITESPACE) {
        boolean followedByWord = index + 1 < line.tokenCount() && line.isWordToken(index + 1);
        String blanks = file.latin1(line.tokenStart(index), line.tokenEnd(index))
            .replace("\r", "");
        if (followedByWord && !blanks.isEmpty()) {
          return blanks;
        }
        if (!followedByWord) {
          break;
        }
      } else if (seenWord) {
        break;
      }
    }
    return style().separator();
  }

  // ----- text ------------------------------------------------------------------------------------

  /** Indentation + the words joined in the file's style + the file's line ending. */
  private byte[] newLine(String text) {
    LineStyle style = style();
    return concat(latin1(style.indentation()), joinWords(text, style.separator()),
        latin1(style.lineEnding()));
  }

  /**
   * The words of {@code text} joined with {@code separator}: runs of blanks between words become
   * the separator; a double-quoted run (ntp.conf) is copied verbatim.
   */
  private static byte[] joinWords(String text, String separator) {
    String problem = directiveTextProblem(text);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    String trimmed = strip(text);
    // The separator comes from the file (one char per byte); the words are new text (UTF-8).
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < trimmed.length()) {
      char c = trimmed.charAt(i);
      if (!quoted && isBlank(c)) {
        while (i < trimmed.length() && isBlank(trimmed.charAt(i))) {
          i++;
        }
        out.writeBytes(utf8(word.toString()));
        out.writeBytes(latin1(separator));
        word.setLength(0);
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      word.append(c);
      i++;
    }
    out.writeBytes(utf8(word.toString()));
    return out.toByteArray();
  }

  /** Why {@code text} cannot be a new directive line, or null when it can. */
  private static String directiveTextProblem(String text) {
    Objects.requireNonNull(text, "text");
    if (containsAny(text, "\n\u0000")) {
      return "a directive must be one line without NUL bytes: " + quote(text);
    }
    return strip(text).isEmpty() ? "empty directive text" : null;
  }

  private static void checkWord(String word) {
    String problem = wordProblem(word);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Why {@code word} cannot be a new word, or null when it can. */
  private static String wordProblem(String word) {
    Objects.requireNonNull(word, "word");
    if (word.isEmpty()) {
      return "empty word (remove the word instead)";
    }
    boolean quoted = word.length() >= 2 && word.charAt(0) == '"'
        && word.charAt(word.length() - 1) == '"';
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\n' || c == '\r' || c == 0 || !quoted && isBlank(c)) {
        return "not a single word: " + quote(word);
      }
    }
    return null;
  }

  /**
   * A blank between words (space, tab, vertical tab, form feed, CR), compared in place: a search
   * of a string of them per char was a call chain per char in the C1-compiled code of a batch,
   * which asks this of every fix's words (issue 8).
   */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      // One search of the text per char looked for (two or three), not one of chars per char of
      // the text: the text is the longer, and this runs for every fix a report shows (issue 8).
      if (text.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static LineStyle sanitize(LineStyle style) {
    String ending = style.lineEnding();
    if (!ending.equals("\n") && !ending.equals("\r\n")) {
      throw new IllegalArgumentException("line ending must be LF or CRLF: " + quote(ending));
    }
    String indentation = style.indentation().replace("\r", "");
    String separator = style.separator().replace("\r", "");
    if (separator.isEmpty()) {
      separator = " ";
    }
    for (String blanks : List.of(indentation, separator)) {
      for (int i = 0; i < blanks.length(); i++) {
        if (!isBlank(blanks.charAt(i))) {
          throw new IllegalArgumentException("indentation and separator must be blanks: "
              + quote(blanks));
        }
      }
    }
    return new LineStyle(ending, indentation, separator);
  }

  private static String describe(DirectiveSyntax directive) {
    return directive.name().span().location() + " `" + directive.name().text() + "`";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t").replace("\u0000", "\\0") + "\"";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
