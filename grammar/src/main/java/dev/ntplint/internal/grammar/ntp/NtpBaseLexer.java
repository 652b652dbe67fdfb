package dev.ntplint.internal.grammar.ntp;

import dev.ntplint.internal.grammar.Latin1CharStream;
import java.util.function.Function;
import org.antlr.v4.runtime.CharStream;
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
public abstract class NtpBaseLexer extends Lexer {

  /** How ntpd reads the lexeme after a keyword (keyword-gen.c, FOLLBY_*). */
  public enum FollowBy {
    TOKEN, STRING, STRINGS_TO_EOC
  }

  private Function<String, FollowBy> table = keyword -> null;
  private FollowBy followBy = FollowBy.TOKEN;
  private boolean instringPending;

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

  @Override
  public Token emit() {
    int type = getType();
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
    Token token = super.emit();
    mode(followBy == FollowBy.TOKEN ? DEFAULT_MODE : NtpLexer.STRING_MODE);
    return token;
  }

  /** What getText() gives, read in place when the input allows it (no Interval per token). */
  private String lexemeText() {
    if (_text == null && _input instanceof Latin1CharStream latin1) {
      return latin1.text(_tokenStartCharIndex, getCharIndex());
    }
    return getText();
  }

  private void lexeme(int type) {
    String text = getText();
    String logical = logicalText(text);
    if (logical.isEmpty()) {
      // ntpd read nothing (i == 0): `""` only sets instring for the next lexeme of this scan.
      if (type == NtpLexer.QUOTED) {
        instringPending = true;
      }
      return;
    }
    boolean instring = type == NtpLexer.QUOTED || instringPending;
    instringPending = false;
    // yytext is a C string: a NUL byte ends what ntpd compares.
    int nul = logical.indexOf('\0');
    if (nul >= 0) {
      logical = logical.substring(0, nul);
    }
    if (followBy == FollowBy.TOKEN && !instring) {
      FollowBy next = table.apply(logical);
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

  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() {
    super.reset();
    followBy = FollowBy.TOKEN;
    instringPending = false;
  }
}
