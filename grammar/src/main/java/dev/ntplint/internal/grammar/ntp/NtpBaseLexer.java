package dev.ntplint.internal.grammar.ntp;

import dev.ntplint.internal.grammar.Latin1CharStream;
import dev.ntplint.internal.grammar.RunLexer;
import java.util.function.Function;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The follow-by state machine of ntpd's scanner (yylex in ntp_scanner.c), which decides after each
 * lexeme whether the next one is read in token mode or in a string mode. The grammar's two lexer
 * modes follow it. The keyword table comes from the library ({@link #setFollowByTable}), because
 * which words are keywords depends on the daemon.
 *
 * <p>What ntpd does, and this class mirrors:
 * <ul>
 *   <li>a keyword read in token mode sets the mode its table entry names (for example {@code
 *       server} and {@code driftfile}: STRING, {@code logconfig}: STRINGS_TO_EOC);
 *   <li>in STRING mode one lexeme is read as a string, then the mode returns to TOKEN, except that
 *       a lexeme starting with {@code -4} or {@code -6} is the address-family flag and keeps the
 *       mode; STRINGS_TO_EOC lasts to the end of the line;
 *   <li>a {@code =} token switches to STRING;
 *   <li>{@code ""} yields no lexeme at all, but the next lexeme of the same scan is then read as a
 *       string (ntpd's {@code instring} flag survives its read loop), so it is never a keyword;
 *   <li>a newline ends every mode.
 * </ul>
 * Not modelled: classic ntpd's ntpdsim {@code simulate { ... }} block, where {@code ;} ends a
 * statement and newlines are blanks; its lines are lexed as ordinary lines.
 */
public abstract class NtpBaseLexer extends Lexer implements RunLexer {

  /** How ntpd reads the lexeme after a keyword (keyword-gen.c, FOLLBY_*). */
  public enum FollowBy {
    TOKEN, STRING, STRINGS_TO_EOC
  }

  /**
   * Receives every token but the end of the input as it is read, in place of a token object (see
   * {@link #setRecorder}).
   */
  @FunctionalInterface
  public interface Recorder {
    /**
     * @param type the token type (NtpLexer's; a word read in a string mode is FORCED_WORD)
     * @param start the offset of its first char
     * @param end the offset after its last char
     * @param logical for WORD, FORCED_WORD and QUOTED the lexeme as {@link #logicalText} gives
     *     it (made once here, as the lexer needs it anyway), else null
     */
    void token(int type, int start, int end, String logical);
  }

  /**
   * Finds a keyword spelled exactly as the input's chars [start, end) (see {@link
   * #setKeywordSpellings}).
   */
  @FunctionalInterface
  public interface KeywordSpellings {
    /** The keyword's own spelling (a shared constant), or null when the chars spell none. */
    String spellingAt(int start, int end);
  }

  /** The one token {@link #nextToken} returns for every recorded token. */
  private static final Token RECORDED = new CommonToken(Token.INVALID_TYPE);

  /** Null until set: no word is a keyword. */
  private Function<String, FollowBy> table;
  /** Null until set: every word's text is copied out of the input. */
  private KeywordSpellings spellings;
  private Recorder recorder;
  private FollowBy followBy = FollowBy.TOKEN;
  private boolean instringPending;
  /** The logical text of the lexeme being emitted (WORD, FORCED_WORD, QUOTED), else null. */
  private String emittedLogical;

  protected NtpBaseLexer(CharStream input) {
    super(input);
  }

  /**
   * Sets the keyword table: for a word (bytes above 127 already removed), its follow-by mode if
   * it is a keyword of the daemon being read, else null.
   */
  public void setFollowByTable(Function<String, FollowBy> table) {
    this.table = table;
  }

  /**
   * Makes the lexer hand every token but the end of the input to {@code recorder}, and return one
   * shared placeholder from {@link #nextToken} instead of a token object per token: a reader that
   * keeps only each token's type, offsets and text then makes no object per token (issue 8).
   */
  public void setRecorder(Recorder recorder) {
    this.recorder = recorder;
  }

  /**
   * Sets where a word's text is looked up before it is copied out of the input: a lexeme that
   * spells a keyword then takes the keyword's constant string, and most words of a configuration
   * are keywords (issue 8). The text is equal either way.
   */
  public void setKeywordSpellings(KeywordSpellings spellings) {
    this.spellings = spellings;
  }

  @Override
  public Token emit() {
    int type = getType();
    emittedLogical = null;
    if (type == NtpLexer.NEWLINE) {
      followBy = FollowBy.TOKEN;
      instringPending = false;
    } else if (type == NtpLexer.SPECIAL) {
      instringPending = false;
      if (_input.LA(-1) == '=') {
        followBy = FollowBy.STRING;
      }
    } else if (type == NtpLexer.WORD || type == NtpLexer.FORCED_WORD || type == NtpLexer.QUOTED) {
      // The token keeps the text made here: otherwise its getText() copies it out of the input
      // a second time.
      setText(lexemeText());
      lexeme(type);
    }
    Token token;
    if (recorder != null && type != Token.EOF) {
      recorder.token(getType(), _tokenStartCharIndex, getCharIndex(), emittedLogical);
      token = RECORDED;
      emit(token);
    } else {
      token = super.emit();
    }
    mode(followBy == FollowBy.TOKEN ? DEFAULT_MODE : NtpLexer.STRING_MODE);
    return token;
  }

  /**
   * What getText() gives, read in place when the input allows it (no Interval per token), and a
   * keyword's constant spelling when the lexeme spells one.
   */
  private String lexemeText() {
    if (_text == null && _input instanceof Latin1CharStream latin1) {
      int end = getCharIndex();
      String keyword = spellings == null ? null : spellings.spellingAt(_tokenStartCharIndex, end);
      return keyword != null ? keyword : latin1.text(_tokenStartCharIndex, end);
    }
    return getText();
  }

  private void lexeme(int type) {
    String text = getText();
    boolean plain = isPlain(text);
    String logical = plain ? text : logicalText(text);
    emittedLogical = logical;
    if (logical.isEmpty()) {
      // ntpd read nothing (i == 0): `""` only sets instring for the next lexeme of this scan.
      if (type == NtpLexer.QUOTED) {
        instringPending = true;
      }
      return;
    }
    boolean instring = type == NtpLexer.QUOTED || instringPending;
    instringPending = false;
    // yytext is a C string: a NUL byte ends what ntpd compares. A plain lexeme holds none: no
    // second scan of every lexeme for it (issue 8).
    int nul = plain ? -1 : logical.indexOf('\0');
    if (nul >= 0) {
      logical = logical.substring(0, nul);
    }
    if (followBy == FollowBy.TOKEN && !instring) {
      FollowBy next = table == null ? null : table.apply(logical);
      if (next != null) {
        followBy = next;
      }
      return;
    }
    if (type == NtpLexer.WORD) {
      setType(NtpLexer.FORCED_WORD);
    }
    boolean familyFlag = logical.length() >= 2 && logical.charAt(0) == '-'
        && (logical.charAt(1) == '4' || logical.charAt(1) == '6');
    if (!familyFlag && followBy == FollowBy.STRING) {
      followBy = FollowBy.TOKEN;
    }
  }

  /**
   * The lexeme as ntpd stores it: bytes above 127 dropped, the quotes removed (text before the
   * opening quote kept, the closing quote optional). A NUL byte is kept: ntpd stores it, but then
   * compares the lexeme as a C string, up to the NUL.
   */
  public static String logicalText(String tokenText) {
    if (isPlain(tokenText)) {
      // Almost every lexeme: nothing to drop, so no copy.
      return tokenText;
    }
    StringBuilder sb = new StringBuilder(tokenText.length());
    for (int i = 0; i < tokenText.length(); i++) {
      char c = tokenText.charAt(i);
      if (c == '"') {
        continue;
      }
      if (c < 0x80) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** True when {@code text} has no quote, no byte above 127 and no NUL byte. */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c >= 0x80 || c == 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code #} starts a comment in both modes, to the line's end (COMMENT and S_COMMENT). */
  @Override
  public final int lineRunType(int mode, int c) {
    return c == '#' ? NtpLexer.COMMENT : 0;
  }

  /** Blanks are WS in both modes (WS and S_WS). */
  @Override
  public final int blankRunType(int mode) {
    return NtpLexer.WS;
  }

  @Override
  public void reset() {
    super.reset();
    followBy = FollowBy.TOKEN;
    instringPending = false;
  }
}
