package dev.ntplint.internal.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer simulator with a tighter loop over the DFA edges already built, for input from a
 * {@link Latin1CharStream}: the same DFA, the same ATN simulation for every edge not built yet,
 * the same tokens.
 *
 * <p>Why: for every character ANTLR's loop reads it through the {@link CharStream} interface
 * twice (once to choose the edge, once in {@code consume} to count lines), moves the stream by
 * another interface call, and records every accept state it passes through with three more; a
 * word is an accept state at each of its characters. Here the loop reads the stream's string
 * itself, keeps the position, line and column in locals, and records only the last accept state,
 * when the loop ends, which is all ANTLR's {@code failOrAccept} reads. The lexer was about a third
 * of reading a file (issue 8, P2 and P3), and the batch's C1-compiled code cannot inline those
 * calls: in a profiled batch the lexer's samples fell by 37%.
 *
 * <p>Before an edge is computed (ATN simulation, which reads the stream and may run predicates
 * that read the position and line), the stream and the simulator's line and column are brought
 * up to date, so that ANTLR's own code sees exactly what its loop would have left.
 *
 * <p>For a lexer that is a {@link RunLexer}, its comments and runs of blanks are matched without
 * the DFA (see {@link #match}).
 */
public final class Latin1LexerATNSimulator extends LexerATNSimulator {

  /** The lexer when it knows tokens that are runs of chars (comments, blanks), else null. */
  private final RunLexer runs;

  private Latin1LexerATNSimulator(Lexer lexer, LexerATNSimulator generated) {
    super(lexer, generated.atn, generated.decisionToDFA, generated.getSharedContextCache());
    runs = lexer instanceof RunLexer known ? known : null;
  }

  /**
   * Gives {@code lexer} this simulator in place of the one its generated constructor made, over
   * the same ATN and the same shared DFA. Returns {@code lexer}.
   */
  public static <L extends Lexer> L install(L lexer) {
    lexer.setInterpreter(new Latin1LexerATNSimulator(lexer, lexer.getInterpreter()));
    return lexer;
  }

  /**
   * A token that runs to the line's end (a comment) ends at the next LF, found by one search of
   * the text (a vectorised scan once compiled) instead of a DFA step per char: comments are
   * ~30-60% of the bytes of typical files. A run of blanks ends at the first non-blank, without
   * ANTLR's work per token: blanks are nearly half the tokens. Otherwise as ANTLR matches. Each made
   * an ntp.conf parse + lint ~4% faster in paired runs (issue 8, P3).
   */
  @Override
  public int match(CharStream input, int mode) {
    if (runs != null && input instanceof Latin1CharStream stream) {
      String text = stream.latin1();
      int start = stream.index();
      int c = start < text.length() ? text.charAt(start) : -1;
      int type = c >= 0 ? runs.lineRunType(mode, c) : 0;
      if (type != 0) {
        int end = text.indexOf('\n', start);
        return ranTo(stream, mode, start, end < 0 ? text.length() : end, type);
      }
      if (isBlank(c) && (type = runs.blankRunType(mode)) != 0) {
        int end = start + 1;
        while (end < text.length() && isBlank(text.charAt(end))) {
          end++;
        }
        return ranTo(stream, mode, start, end, type);
      }
    }
    return super.match(input, mode);
  }

  /** Leaves the simulator and the stream as ANTLR does after a token [start, end) of one line. */
  private int ranTo(Latin1CharStream stream, int mode, int start, int end, int type) {
    this.mode = mode;
    startIndex = start;
    charPositionInLine += end - start;
    stream.seek(end);
    return type;
  }

  /** C's isspace() but LF: the blanks of both grammars. */
  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
  }

  @Override
  protected int execATN(CharStream input, DFAState ds0) {
    if (!(input instanceof Latin1CharStream stream)) {
      return super.execATN(input, ds0);
    }
    if (ds0.isAcceptState) {
      captureSimState(prevAccept, input, ds0);
    }
    String text = stream.latin1();
    int length = text.length();
    int position = stream.index();
    int currentLine = line;
    int column = charPositionInLine;
    DFAState accepted = null;
    int acceptedPosition = 0;
    int acceptedLine = 0;
    int acceptedColumn = 0;

    int t = position < length ? text.charAt(position) : IntStream.EOF;
    DFAState s = ds0;
    while (true) {
      DFAState[] edges = s.edges;
      DFAState target = edges != null && t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE
          ? edges[t - MIN_DFA_EDGE] : null;
      if (target == null) {
        stream.seek(position);
        line = currentLine;
        charPositionInLine = column;
        target = computeTargetState(input, s, t);
      }
      if (target == ERROR) {
        break;
      }
      if (t != IntStream.EOF) {
        position++;
        if (t == '\n') {
          currentLine++;
          column = 0;
        } else {
          column++;
        }
      }
      if (target.isAcceptState) {
        accepted = target;
        acceptedPosition = position;
        acceptedLine = currentLine;
        acceptedColumn = column;
        if (t == IntStream.EOF) {
          break;
        }
      }
      t = position < length ? text.charAt(position) : IntStream.EOF;
      s = target;
    }

    if (accepted != null) {
      stream.seek(acceptedPosition);
      line = acceptedLine;
      charPositionInLine = acceptedColumn;
      captureSimState(prevAccept, input, accepted);
    }
    stream.seek(position);
    line = currentLine;
    charPositionInLine = column;
    return failOrAccept(prevAccept, input, s.configs, t);
  }
}
