package dev.ntplint.ntp;

import dev.ntplint.internal.grammar.Latin1CharStream;
import dev.ntplint.internal.grammar.Latin1LexerATNSimulator;
import dev.ntplint.internal.grammar.LexerWarmup;
import dev.ntplint.internal.grammar.ntp.NtpBaseLexer;
import dev.ntplint.internal.grammar.ntp.NtpLexer;
import dev.ntplint.ntp.catalog.NtpKeyword;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.SyntaxToken;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TokenKind;
import dev.ntplint.source.TokenTable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;
import org.antlr.v4.runtime.Token;

/**
 * Runs the ntp.conf lexer over a file and turns its tokens into the lossless line layer plus, per
 * line, the lexemes as the lexer classified them. The ANTLR types stay inside this class.
 */
final class NtpSyntaxReader {

  /** How the lexer classified a piece of a line (spec 1.3 to 1.5). */
  enum RawKind {
    /** An unquoted lexeme read in token mode: keyword, number or string. */
    WORD,
    /** An unquoted lexeme read in a string mode (or after ""): a string or a -4/-6 flag. */
    FORCED,
    /** A lexeme with a quote: a string or a -4/-6 flag (blank: end of command; empty: nothing). */
    QUOTED,
    /** A special character in token mode: { } ( ) , ; | = */
    SPECIAL,
    /** Bytes above 127 standing alone (ntpd drops them). */
    IGNORED,
    /** A comment, from # to the end of the line. */
    COMMENT
  }

  /**
   * One lexer token that is not blank or newline. A lexeme that can be a token of ntpd's parser
   * (a word, a quoted lexeme, a special character) is made as a {@link NtpScanner.Tok} not
   * classified yet, which the scanner classifies in place when both daemons read it alike: one
   * object per lexeme instead of a lexeme and a token (together 23.5% of the bytes allocated per
   * parse + lint of ntp.conf; issue 8, P3).
   *
   * <p>Its logical text is the lexeme as ntpd stores it (quotes removed, bytes above 127
   * dropped).
   */
  static class RawLexeme {
    private final RawKind rawKind;
    private final int start;
    private final int end;
    private final SourceFile file;
    /**
     * Null for a comment until asked for: nothing reads a comment's text when all goes well, and
     * copying every comment out of the file was a visible share of the bytes allocated per file
     * (issue 8).
     */
    private String logical;

    RawLexeme(RawKind rawKind, SourceFile file, int start, int end, String logical) {
      this.rawKind = rawKind;
      this.file = file;
      this.start = start;
      this.end = end;
      this.logical = logical;
    }

    /** A comment lexeme, whose logical text is made when first asked for. */
    static RawLexeme comment(SourceFile file, int start, int end) {
      return new RawLexeme(RawKind.COMMENT, file, start, end, null);
    }

    /** How the lexer classified it. */
    RawKind rawKind() {
      return rawKind;
    }

    SourceFile file() {
      return file;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    String logical() {
      if (logical == null) {
        logical = NtpBaseLexer.logicalText(file.latin1(start, end));
      }
      return logical;
    }

    @Override
    public String toString() {
      return "RawLexeme[kind=" + rawKind + ", start=" + start + ", end=" + end + ", logical="
          + logical() + "]";
    }
  }

  /** The lossless tree and the lexemes of each of its lines (same index). */
  record Lexed(SyntaxTree tree, List<List<RawLexeme>> lexemes) {}

  private NtpSyntaxReader() {}

  /**
   * Lexes with the keyword table of {@code flavour}, or of either daemon when it is null, and
   * groups the tokens into lines.
   *
   * <p>The lexer's tokens are grouped at each newline as they come: the parser grammar
   * (NtpParser.g4, {@code config : line* last_line EOF}) is total and its lines are exactly the
   * runs of tokens up to and including each newline, so running the ANTLR parser only to read
   * that structure back from its parse tree gave the same lines at several times the cost
   * (parse tree nodes, a buffered token stream and adaptive prediction for every token; issue 8).
   *
   * <p>The lexer records each token's kind and offsets in a {@link TokenTable}, of which each line
   * holds a range ({@link SourceLine#ofTable}, as chrony.conf's lines do): neither an ANTLR token
   * nor a {@link SyntaxToken} is made per token, nor a list of each line's tokens (together a
   * sixth of the bytes of reading ntp.conf; issue 8).
   */
  static Lexed read(SourceFile file, NtpFlavour flavour) {
    String text = file.latin1();
    LexerWarmup.awaitBeforeFirstLexer();
    NtpLexer lexer = Latin1LexerATNSimulator.install(new NtpLexer(new Latin1CharStream(text,
        file.name())));
    lexer.removeErrorListeners();
    KeywordLookup keywords = new KeywordLookup(flavour, text);
    lexer.setFollowByTable(keywords);
    lexer.setKeywordSpellings(keywords);
    LineCollector lines = new LineCollector(file);
    lexer.setRecorder(lines);
    while (lexer.nextToken().getType() != Token.EOF) {
      // Each token went to the collector.
    }
    return lines.finish();
  }

  /** The lexer's look-ups in the keyword table of {@code flavour}, for the words of {@code text}. */
  private static final class KeywordLookup implements Function<String, NtpBaseLexer.FollowBy>,
      NtpBaseLexer.KeywordSpellings {
    private final NtpFlavour flavour;
    private final String text;

    KeywordLookup(NtpFlavour flavour, String text) {
      this.flavour = flavour;
      this.text = text;
    }

    @Override
    public NtpBaseLexer.FollowBy apply(String word) {
      return NtpKeyword.followByOf(word, flavour);
    }

    @Override
    public String spellingAt(int start, int end) {
      return NtpKeyword.spellingAt(text, start, end);
    }
  }

  /** Groups the recorded tokens into lines and keeps each line's lexemes. */
  private static final class LineCollector implements NtpBaseLexer.Recorder {
    private final SourceFile file;
    // A line of ntp.conf has about one token per four bytes; the table grows if not.
    private final TokenTable tokens;
    private final List<SourceLine> lines;
    private final List<List<RawLexeme>> lexemes;
    /** Scratch list, kept in {@link #kept} for each line. */
    private final List<RawLexeme> raw = new ArrayList<>();
    /**
     * Each line's lexemes as a range of a shared array: a list and an array per line, kept until
     * the whole file is read, were 1.5% of the bytes allocated per parse + lint of ntp.conf
     * (issue 8, P3).
     */
    private final ChunkedLists<RawLexeme> kept = new ChunkedLists<>();
    private int lineFirstToken;

    LineCollector(SourceFile file) {
      this.file = file;
      this.tokens = TokenTable.of(file);
      this.lines = new ArrayList<>(file.lineCount());
      this.lexemes = new ArrayList<>(file.lineCount());
    }

    @Override
    public void token(int type, int start, int end, String logical) {
      tokens.add(kindOf(type), start, end);
      RawKind kind = rawKindOf(type);
      if (kind == RawKind.COMMENT) {
        raw.add(RawLexeme.comment(file, start, end));
      } else if (kind == RawKind.IGNORED) {
        raw.add(new RawLexeme(kind, file, start, end, ""));
      } else if (kind != null) {
        raw.add(NtpScanner.Tok.unclassified(kind, file, start, end,
            logical != null ? logical : NtpBaseLexer.logicalText(file.latin1(start, end))));
      }
      if (type == NtpLexer.NEWLINE) {
        addLine();
      }
    }

    private void addLine() {
      int number = lines.size() + 1;
      if (lineFirstToken == tokens.size()) {
        lines.add(new SourceLine(file, number, file.length(), file.length(), List.of()));
      } else {
        lines.add(SourceLine.ofTable(file, number, tokens, lineFirstToken, tokens.size()));
      }
      lexemes.add(kept.keep(raw));
      raw.clear();
      lineFirstToken = tokens.size();
    }

    Lexed finish() {
      // The last line may lack a newline; an empty file is one empty line.
      if (lineFirstToken < tokens.size() || lines.isEmpty()) {
        addLine();
      }
      return new Lexed(new SyntaxTree(file, lines, tokens.toolComments()), lexemes);
    }
  }

  /**
   * Short lists made one after the other (a line's lexemes, a command's tokens), each kept as a
   * range of a shared array: a view object per list instead of a list and an array.
   */
  static final class ChunkedLists<T> {
    /** Elements per array once the file is large: a few hundred lines' or commands' worth. */
    static final int CHUNK = 2048;
    /**
     * The first array's size; each next one is twice the last, up to {@link #CHUNK}. A typical
     * file (1-5 KiB) needs a few hundred elements in all, and three full-size arrays per file
     * (the lexemes, and each daemon's tokens) were zeroed for nothing: ~3% of checking a short
     * ntp.conf (issue 8, P2).
     */
    static final int FIRST_CHUNK = 64;
    private Object[] chunk = new Object[0];
    private int used;

    /**
     * An unmodifiable copy of {@code scratch} (which the caller may then clear), in the current
     * array or, when it does not fit, a new one.
     */
    List<T> keep(List<T> scratch) {
      int n = scratch.size();
      if (n == 0) {
        return List.of();
      }
      if (chunk.length - used < n) {
        int next = chunk.length == 0 ? FIRST_CHUNK : Math.min(CHUNK, 2 * chunk.length);
        chunk = new Object[Math.max(next, n)];
        used = 0;
      }
      for (int i = 0; i < n; i++) {
        chunk[used + i] = scratch.get(i);
      }
      List<T> kept = new Range<>(chunk, used, used + n);
      used += n;
      return kept;
    }
  }

  /**
   * Elements [from, to) of a chunk, as an unmodifiable list: a chunk's elements are never written
   * again once kept.
   */
  private static final class Range<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] chunk;
    private final int from;
    private final int to;

    Range(Object[] chunk, int from, int to) {
      this.chunk = chunk;
      this.from = from;
      this.to = to;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException("element " + index + " of " + (to - from));
      }
      return (T) chunk[from + index];
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  /**
   * An unmodifiable copy of a scratch list: List.copyOf makes an array even for the one or two
   * elements of most lines and commands, which List.of(e) and List.of(e1, e2) do not (issue 8).
   */
  static <T> List<T> exactCopy(List<T> list) {
    switch (list.size()) {
      case 0:
        return List.of();
      case 1:
        return List.of(list.get(0));
      case 2:
        return List.of(list.get(0), list.get(1));
      default:
        return List.copyOf(list);
    }
  }

  private static TokenKind kindOf(int type) {
    switch (type) {
      case NtpLexer.NEWLINE:
        return TokenKind.NEWLINE;
      case NtpLexer.WS:
        return TokenKind.WHITESPACE;
      case NtpLexer.COMMENT:
        return TokenKind.COMMENT;
      case NtpLexer.IGNORED:
        return TokenKind.IGNORED;
      case NtpLexer.QUOTED:
        return TokenKind.QUOTED;
      default:
        return TokenKind.WORD;
    }
  }

  private static RawKind rawKindOf(int type) {
    switch (type) {
      case NtpLexer.WORD:
        return RawKind.WORD;
      case NtpLexer.FORCED_WORD:
        return RawKind.FORCED;
      case NtpLexer.QUOTED:
        return RawKind.QUOTED;
      case NtpLexer.SPECIAL:
        return RawKind.SPECIAL;
      case NtpLexer.IGNORED:
        return RawKind.IGNORED;
      case NtpLexer.COMMENT:
        return RawKind.COMMENT;
      default:
        return null;
    }
  }
}
