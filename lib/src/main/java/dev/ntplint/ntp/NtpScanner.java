package dev.ntplint.ntp;

import dev.ntplint.ntp.NtpSyntaxReader.RawKind;
import dev.ntplint.ntp.NtpSyntaxReader.RawLexeme;
import dev.ntplint.ntp.catalog.NtpKeyword;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The second half of ntpd's scanner (yylex after a lexeme is read): what each lexeme is for one
 * daemon, keyword, integer, unsigned, double or string (spec 1.4), and where commands end.
 */
final class NtpScanner {

  /** Token classes of ntp_parser.y. */
  enum TokKind {
    /** A keyword of the daemon (also the -4/-6 flags, from either mode). */
    KEYWORD,
    /** T_Integer. */
    INTEGER,
    /** T_U_int: a decimal above 2147483647 or a 0x hex number. */
    UINT,
    /** T_Double. */
    DOUBLE,
    /** T_String. */
    STRING,
    /** A special character token. */
    SPECIAL
  }

  /**
   * One token as ntpd's parser receives it: a lexeme, and what one daemon's scanner (or both
   * daemons', when they read it alike) made of it. Equal, as a record of its token fields would
   * be, to any token of the same kind, text, file, offsets, keyword, value, quotes and fatal
   * reason.
   *
   * <p>The lexer makes it unclassified ({@link #unclassified}); the scanner classifies it in
   * place when both daemons read it alike, and otherwise makes a token of its own per daemon
   * ({@link NtpScanner#classifyOnce}). Nothing changes it once it is classified.
   */
  static final class Tok extends RawLexeme {
    /** Null until classified. */
    private TokKind kind;
    /** The lexeme as ntpd stores it, as a C string (up to a NUL byte). */
    private String text;
    private NtpKeyword keyword;
    /**
     * The value of an integer token, or a double token's bits: one field for either value (a
     * token per lexeme was an eighth of the bytes allocated per parse + lint of ntp.conf, and a
     * second field an eighth of that; issue 8, P3). Canonical bits, so that equal doubles give
     * equal tokens.
     */
    private long value;
    /** A reason ntpd exits on this lexeme (too long, unconvertible number), or null. */
    private String fatal;

    private Tok(RawKind rawKind, SourceFile file, int start, int end, String logical) {
      super(rawKind, file, start, end, logical);
    }

    /** A lexeme the lexer read that a scanner may make a token of (not a comment, not ignored). */
    static Tok unclassified(RawKind rawKind, SourceFile file, int start, int end, String logical) {
      return new Tok(rawKind, file, start, end, logical);
    }

    /** True once a scanner has classified this lexeme in place: the token of both daemons. */
    boolean classified() {
      return kind != null;
    }

    /**
     * This lexeme as a token of this kind: itself, classified in place, when {@code inPlace},
     * else a new token of the same lexeme.
     *
     * @param text the lexeme as a C string
     * @param intValue the value of an integer token (0 for any other)
     * @param doubleValue the value of a double token (0 for any other)
     * @param fatal a reason ntpd exits on this lexeme, or null
     */
    Tok as(boolean inPlace, TokKind kind, String text, NtpKeyword keyword, long intValue,
        double doubleValue, String fatal) {
      Tok tok = inPlace ? this : new Tok(rawKind(), file(), start(), end(), logical());
      if (tok.kind != null) {
        throw new IllegalStateException("this lexeme is classified already");
      }
      tok.kind = Objects.requireNonNull(kind, "kind");
      tok.text = text;
      tok.keyword = keyword;
      tok.value = kind == TokKind.DOUBLE ? Double.doubleToLongBits(doubleValue) : intValue;
      tok.fatal = fatal;
      return tok;
    }

    TokKind kind() {
      return kind;
    }

    String text() {
      return text;
    }

    NtpKeyword keyword() {
      return keyword;
    }

    /** The lexeme had a quote (so it could not be a keyword or number). */
    boolean quoted() {
      return rawKind() == RawKind.QUOTED;
    }

    /** The lexeme was read in a string mode (after server, driftfile, =, ...). */
    boolean forced() {
      return rawKind() == RawKind.FORCED;
    }

    String fatal() {
      return fatal;
    }

    /** The value of an integer token, 0 for any other. */
    long intValue() {
      return kind == TokKind.DOUBLE ? 0 : value;
    }

    /** The value of a double token, 0 for any other. */
    double doubleValue() {
      return kind == TokKind.DOUBLE ? Double.longBitsToDouble(value) : 0;
    }

    boolean is(NtpKeyword k) {
      return kind == TokKind.KEYWORD && keyword == k;
    }

    boolean isSpecial(char c) {
      return kind == TokKind.SPECIAL && text.length() == 1 && text.charAt(0) == c;
    }

    /**
     * The lexeme as written, made when asked: the model keeps the words of few tokens (option
     * keywords, addresses), and a word and its span made for every token were an eighth of the
     * bytes allocated per parse + lint of ntp.conf (issue 8, P3). Its text is the lexeme's when
     * that lost nothing (no quote, no byte above 127, no NUL): then it is the file's ASCII text
     * itself, so no second copy of it.
     */
    Word word() {
      String written = text.length() == end() - start() ? text : file().text(start(), end());
      return new Word(written, new Span(file(), start(), end()));
    }

    Span span() {
      return new Span(file(), start(), end());
    }

    int line() {
      return file().lineOf(start());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Tok that && kind == that.kind && start() == that.start()
          && end() == that.end() && value == that.value && quoted() == that.quoted()
          && forced() == that.forced() && keyword == that.keyword && Objects.equals(text, that.text)
          && Objects.equals(file(), that.file()) && Objects.equals(fatal, that.fatal);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, text, file(), start(), end(), keyword, value, quoted(), forced(),
          fatal);
    }

    @Override
    public String toString() {
      return "Tok[kind=" + kind + ", text=" + text + ", start=" + start() + ", end=" + end()
          + ", keyword=" + keyword + ", value=" + value + ", quoted=" + quoted() + ", forced="
          + forced() + ", fatal=" + fatal + "]";
    }
  }

  /**
   * A command: the tokens of one line up to its end, or up to a quoted string of blanks (which
   * ntpd reads as an end of command).
   *
   * @param positions the line ntpd's scanner last recorded a lexeme start on before each token
   *     and at the end (index toks.size()), or null when that is {@code samePosition} for every
   *     token and the end: nearly every command, whose array was 1.5% of the bytes allocated per
   *     file and is asked for only on an error (issue 8); read it with {@link #tokpos()}
   */
  record Command(SourceLine line, List<Tok> toks, int[] positions, int samePosition,
      Span endOfInput) {

    Command(SourceLine line, List<Tok> toks, int[] tokpos, Span endOfInput) {
      this(line, toks, tokpos, 0, endOfInput);
    }

    Command(SourceLine line, List<Tok> toks, int[] tokpos) {
      this(line, toks, tokpos, 0, null);
    }

    /** Where ntpd says an error is (spec 1.7), per token and at the end (index toks.size()). */
    int[] tokpos() {
      if (positions != null) {
        return positions;
      }
      int[] same = new int[toks.size() + 1];
      Arrays.fill(same, samePosition);
      return same;
    }

    /** True when a NUL byte in token mode ends ntpd's input right after these tokens. */
    boolean endsInput() {
      return endOfInput != null;
    }

    /** True when the end of the input is the end of an unended last line, not a NUL byte. */
    boolean endsUnendedLastLine() {
      return endOfInput != null && endOfInput.start() == endOfInput.end();
    }
  }

  private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  /** Decimal strings this long (sign included) always fit in an int / a long. */
  private static final int MAX_INT_DIGITS = 9;
  private static final int MAX_LONG_DIGITS = 18;
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  private final NtpFlavour flavour;
  /** The line of the last lexeme start ntpd's scanner saw (its tokpos), across lines. */
  private int tokposLine;
  /** True once a NUL byte in token mode has ended the input. */
  private boolean endOfInput;
  /** Whether every token of the last line scanned is one both daemons' scanners share. */
  private boolean lastScanShared;

  NtpScanner(NtpFlavour flavour) {
    this.flavour = flavour;
  }

  private final Tokpos tokpos = new Tokpos();
  /** The tokens of the command being scanned. */
  private final List<Tok> toks = new ArrayList<>();
  /**
   * Each command's tokens as a range of a shared array: a list and an array per command were
   * ~1% of the bytes allocated per parse + lint of ntp.conf (issue 8, P3).
   */
  private final NtpSyntaxReader.ChunkedLists<Tok> tokLists = new NtpSyntaxReader.ChunkedLists<>();

  /** True once a NUL byte read in token mode has ended ntpd's input. */
  boolean endedInput() {
    return endOfInput;
  }

  /**
   * True when every token of the last line {@link #scan} read is the very object the other
   * daemon's scanner makes of its lexeme (see {@link #classifyOnce}): that scanner would then make
   * the same commands of the line.
   */
  boolean lastScanShared() {
    return lastScanShared;
  }

  /**
   * Moves past a line as {@link #scan} does, without making its tokens: for a line whose
   * commands are taken from the other daemon's reading of the same lexemes (NtpConf.Reading).
   * Only the state carried to the next line changes: the line of the last lexeme start, and the
   * end of the input at a NUL byte in token mode.
   */
  void skip(SourceLine line, List<RawLexeme> raw) {
    // By index, as the loops below: an iterator per list of every line or command was a
    // visible share of the bytes allocated per file (issue 8).
    for (int i = 0; i < raw.size(); i++) {
      RawLexeme r = raw.get(i);
      if (r.rawKind() == RawKind.SPECIAL && r.logical().equals("\0")) {
        endOfInput = true;
        return;
      }
      if (r.rawKind() != RawKind.IGNORED && r.rawKind() != RawKind.SPECIAL) {
        tokposLine = line.number();
      }
    }
  }

  /** The commands of one line, in order (none for a blank or comment line). */
  List<Command> scan(SourceLine line, List<RawLexeme> raw) {
    lastScanShared = true;
    List<Command> commands = List.of();
    // The scratch list: each command takes an exact-size copy (no growable list and wrapper per
    // command; issue 8).
    toks.clear();
    tokpos.clear();
    SourceFile file = line.file();
    for (int i = 0; i < raw.size(); i++) {
      RawLexeme r = raw.get(i);
      if (r.rawKind() == RawKind.IGNORED) {
        continue;
      }
      if (r.rawKind() == RawKind.SPECIAL && r.logical().equals("\0")) {
        // strchr() finds the NUL among the specials: yylex returns token 0, the end of input.
        tokpos.add(tokposLine);
        endOfInput = true;
        return with(commands, tokpos.command(line, tokLists.keep(toks),
            new Span(file, r.start(), r.end())));
      }
      if (r.rawKind() == RawKind.SPECIAL) {
        tokpos.add(tokposLine);
        lastScanShared = false;
        // A token of its own per scan: the other daemon reads a line with a special character
        // again (lastScanShared), so no token of it is shared.
        toks.add(((Tok) r).as(false, TokKind.SPECIAL, r.logical(), null, 0, 0, null));
        continue;
      }
      // A lexeme, a comment or empty quotes: ntpd records the position where it starts reading.
      // The lexeme's line (a lexeme never spans a newline): no binary search over the file's
      // line starts per lexeme, which made long files slower per byte (issue 8).
      tokposLine = line.number();
      if (r.rawKind() == RawKind.COMMENT || r.logical().isEmpty()) {
        continue;
      }
      String fatal = null;
      if (r.logical().length() > flavour.maxLexeme()) {
        fatal = "too long";
      }
      boolean quoted = r.rawKind() == RawKind.QUOTED;
      boolean endsCommand = false;
      if (quoted || r.rawKind() == RawKind.FORCED) {
        String cText = cString(r.logical());
        endsCommand = cText.isBlank() && !startsWithFamilyFlag(cText);
      }
      if (endsCommand) {
        // create_string_token: a string of blanks is an end of command.
        tokpos.add(tokposLine);
        commands = with(commands, tokpos.command(line, tokLists.keep(toks), null));
        toks.clear();
        tokpos.clear();
        continue;
      }
      tokpos.add(tokposLine);
      toks.add(classifyOnce(r, fatal));
    }
    tokpos.add(tokposLine);
    if (!toks.isEmpty() || !commands.isEmpty()) {
      commands = with(commands, tokpos.command(line, tokLists.keep(toks), null));
    }
    return commands;
  }

  /**
   * {@code commands} plus {@code command}: nearly every line is one command, and a list of one
   * costs less than a growable list per line (issue 8). The result is mutable from two on.
   */
  private static List<Command> with(List<Command> commands, Command command) {
    if (commands.isEmpty()) {
      return List.of(command);
    }
    List<Command> more = new ArrayList<>(commands);
    more.add(command);
    return more;
  }

  /**
   * The tokpos lines of the command being scanned, without a boxed Integer each: one scratch
   * array per scanner, copied to exact size per command.
   */
  private static final class Tokpos {
    private int[] lines = new int[16];
    private int size;
    /** Whether every line added since the last clear is lines[0]. */
    private boolean same = true;

    void clear() {
      size = 0;
      same = true;
    }

    void add(int line) {
      if (size == lines.length) {
        lines = Arrays.copyOf(lines, size * 2);
      }
      if (size > 0 && line != lines[0]) {
        same = false;
      }
      lines[size++] = line;
    }

    /** The command of {@code toks} at these lines: one number, not an array, when all are one. */
    Command command(SourceLine line, List<Tok> toks, Span endOfInput) {
      if (same && size == toks.size() + 1) {
        return new Command(line, toks, null, lines[0], endOfInput);
      }
      return new Command(line, toks, Arrays.copyOf(lines, size), 0, endOfInput);
    }
  }

  /**
   * True when NTPsec's scanner reaches the end of {@code text} without the end of command that
   * it makes up for a last line lacking its newline. lex_getch makes up that newline only when
   * its column count is not 0, and NTPsec 1.2.2 counts a pushed-back character when it is first
   * read and uncounts it on the push-back, but no longer counts it when it is read again (classic
   * ntpd does). yylex pushes back the first character of every lexeme (comments and quotes
   * included) and the character that ends it, unless that is the end of the file, so the count at
   * the end is the last line's bytes less two per lexeme, plus one when the last lexeme runs to
   * the end: `#`, `a b` or `a,` alone on an unended last line count 0.
   *
   * @param raw the lexemes of the whole file, in order
   */
  static boolean lastLineLosesItsEnd(String text, List<RawLexeme> raw) {
    if (!lacksFinalNewline(text)) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n') + 1;
    int column = text.length() - lineStart;
    RawLexeme previous = null;
    RawLexeme last = null;
    for (RawLexeme r : raw) {
      if (r.start() < lineStart || r.rawKind() == RawKind.IGNORED) {
        continue;
      }
      last = r;
      boolean gluedComment = r.rawKind() == RawKind.COMMENT && previous != null
          && (previous.rawKind() == RawKind.WORD || previous.rawKind() == RawKind.FORCED)
          && onlyHighBytes(text, previous.end(), r.start());
      if (r.rawKind() != RawKind.SPECIAL && !gluedComment) {
        // A lexeme of its own: its first character and its terminator are pushed back.
        column -= 2;
      }
      previous = r;
    }
    if (last != null && last.rawKind() != RawKind.SPECIAL
        && onlyHighBytes(text, last.end(), text.length())) {
      // The last lexeme ends at the end of the file: pushing back EOF fails.
      column++;
    }
    return column == 0;
  }

  /** True when {@code text} ends without a newline: only then can its last line lose its end. */
  static boolean lacksFinalNewline(String text) {
    return !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
  }

  /** True when text[from, to) holds only bytes above 127, which lex_getch skips. */
  private static boolean onlyHighBytes(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) <= 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** What ntpd compares of a lexeme: up to a NUL byte (yytext is a C string). */
  static String cString(String logical) {
    int nul = logical.indexOf('\0');
    return nul < 0 ? logical : logical.substring(0, nul);
  }

  private static boolean startsWithFamilyFlag(String s) {
    return s.length() >= 2 && s.charAt(0) == '-' && (s.charAt(1) == '4' || s.charAt(1) == '6');
  }

  /**
   * The token of {@code r}: {@code r} itself, classified in place, when nothing about it depends
   * on the flavour (the other daemon's reading then takes it as it is: classifying it again would
   * give an equal token), else a token of this daemon's own.
   */
  private Tok classifyOnce(RawLexeme r, String fatal) {
    // The lexer makes every lexeme that reaches here (a word or a quoted one) as a token.
    Tok lexeme = (Tok) r;
    if (lexeme.classified()) {
      return lexeme;
    }
    // The C string and its keyword of either daemon, made once for both questions below (the
    // keyword map's look-up was asked twice per lexeme; issue 8).
    String text = cString(r.logical());
    NtpKeyword keyword = r.rawKind() == RawKind.WORD ? NtpKeyword.find(text) : null;
    boolean shared = sameForEveryFlavour(r, text, keyword);
    if (!shared) {
      lastScanShared = false;
    }
    return classify(lexeme, shared, text, keyword, fatal);
  }

  /**
   * True when both daemons' scanners classify {@code r} alike: it is short enough for either
   * (maxLexeme), and, read in token mode, it is a keyword of both or of neither, and holds no g/G
   * (NTPsec's GPS-era suffix, the only difference between the two is_double()).
   */
  private static boolean sameForEveryFlavour(RawLexeme r, String text, NtpKeyword keyword) {
    String logical = r.logical();
    if (logical.length() > Math.min(NtpFlavour.CLASSIC.maxLexeme(),
        NtpFlavour.NTPSEC.maxLexeme())) {
      return false;
    }
    if (r.rawKind() != RawKind.WORD) {
      return true;
    }
    if (keyword != null) {
      return keyword.availability().in(NtpFlavour.CLASSIC)
          && keyword.availability().in(NtpFlavour.NTPSEC);
    }
    // One pass for both letters (two searches of every word that is no keyword showed; issue 8).
    for (int i = 0; i < text.length(); i++) {
      if ((text.charAt(i) | 0x20) == 'g') {
        return false;
      }
    }
    return true;
  }

  /**
   * @param text the lexeme as a C string ({@link #cString})
   * @param inPlace whether to classify {@code r} itself (the token of both daemons) or to make a
   *     token of this daemon's own
   * @param anyKeyword the keyword of either daemon a word spells, else null
   */
  private Tok classify(Tok r, boolean inPlace, String text, NtpKeyword anyKeyword, String fatal) {
    if (r.rawKind() == RawKind.WORD && text.isEmpty()) {
      // A word that starts with a NUL: is_u_int("") says yes, sscanf then fails, ntpd exits.
      return r.as(inPlace, TokKind.UINT, text, null, 0, 0,
          fatal == null ? "U_int cannot be represented" : fatal);
    }
    if (r.rawKind() == RawKind.WORD) {
      NtpKeyword keyword = anyKeyword != null && anyKeyword.availability().in(flavour)
          ? anyKeyword : null;
      if (keyword != null) {
        return r.as(inPlace, TokKind.KEYWORD, text, keyword, 0, 0, fatal);
      }
      if (isInteger(text)) {
        long value;
        String why = fatal;
        if (text.length() <= MAX_LONG_DIGITS) {
          // Well inside a long (the usual case): no BigInteger per number.
          value = text.equals("-") ? 0 : (int) Long.parseLong(text);
          return r.as(inPlace, TokKind.INTEGER, text, null, value, 0, why);
        }
        BigInteger big = new BigInteger(text);
        if (big.compareTo(LONG_MIN) < 0) {
          // strtol saturates at LONG_MIN with ERANGE, and (int) LONG_MIN is 0: "Integer cannot
          // be represented", exit(1).
          value = 0;
          why = why == null ? "Integer cannot be represented" : why;
        } else if (big.bitLength() > 63) {
          value = (int) Long.MAX_VALUE;
        } else {
          value = (int) big.longValue();
        }
        return r.as(inPlace, TokKind.INTEGER, text, null, value, 0, why);
      }
      if (isUnsigned(text)) {
        boolean hex = text.length() >= 2 && text.charAt(0) == '0'
            && (text.charAt(1) == 'x' || text.charAt(1) == 'X');
        String digits = hex ? text.substring(2) : text;
        if (digits.isEmpty()) {
          return r.as(inPlace, TokKind.UINT, text, null, 0, 0,
          fatal == null ? "U_int cannot be represented" : fatal);
        }
        BigInteger big = new BigInteger(digits, hex ? 16 : 10);
        if (big.compareTo(ULONG_MAX) > 0) {
          big = ULONG_MAX;
        }
        long value = big.longValue() & 0xFFFFFFFFL;
        return r.as(inPlace, TokKind.UINT, text, null, value, 0, fatal);
      }
      if (isDouble(text)) {
        double value = parseDouble(text);
        String why = fatal;
        if (why == null && underflows(text, value)) {
          why = "Double too large to represent";
        }
        return r.as(inPlace, TokKind.DOUBLE, text, null, 0, value, why);
      }
      return r.as(inPlace, TokKind.STRING, text, null, 0, 0, fatal);
    }
    // String mode, or a quoted lexeme: the -4/-6 prefix test, else a string.
    if (text.length() >= 2 && text.charAt(0) == '-' && (text.charAt(1) == '4' || text.charAt(1) == '6')) {
      NtpKeyword flag = text.charAt(1) == '4' ? NtpKeyword.IPV4_FLAG : NtpKeyword.IPV6_FLAG;
      return r.as(inPlace, TokKind.KEYWORD, text, flag, 0, 0, fatal);
    }
    return r.as(inPlace, TokKind.STRING, text, null, 0, 0, fatal);
  }

  /**
   * is_integer(): optional '-', then only digits (a lone '-' passes); non-negative values must fit
   * in an int after sscanf("%u") (which wraps modulo 2^32 and saturates beyond 2^64-1).
   */
  static boolean isInteger(String s) {
    int i = 0;
    boolean negative = false;
    if (s.charAt(0) == '-') {
      i = 1;
      negative = true;
    }
    for (; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    if (negative) {
      return true;
    }
    if (s.length() <= MAX_INT_DIGITS) {
      // At most 999999999: fits an int, no BigInteger needed.
      return true;
    }
    BigInteger big = new BigInteger(s);
    if (big.compareTo(ULONG_MAX) > 0) {
      big = ULONG_MAX;
    }
    long u = big.longValue() & 0xFFFFFFFFL;
    return u <= Integer.MAX_VALUE;
  }

  /** is_u_int(), asked only when is_integer() said no: all decimal digits, or 0x and hex digits. */
  static boolean isUnsigned(String s) {
    int i = 0;
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
      i = 2;
      hex = true;
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (hex ? Character.digit(c, 16) < 0 || c > 0x7f : !isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** is_double() of the flavour (NTPsec also takes trailing g/G GPS-era suffixes). */
  boolean isDouble(String s) {
    int i = 0;
    int digits = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    for (; i < n && isDigit(s.charAt(i)); i++) {
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      for (; i < n && isDigit(s.charAt(i)); i++) {
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) == 'e' || s.charAt(i) == 'E') {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    } else if (flavour == NtpFlavour.CLASSIC) {
      return false;
    }
    if (flavour == NtpFlavour.NTPSEC) {
      while (i < n && (s.charAt(i) == 'g' || s.charAt(i) == 'G')) {
        i++;
      }
    }
    return i == n;
  }

  /** atof() of a lexeme is_double() accepted, plus NTPsec's GPS era suffixes. */
  static double parseDouble(String s) {
    double era = 0;
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == 'g' || s.charAt(end - 1) == 'G')) {
      era += (s.charAt(end - 1) == 'g' ? 1024.0 : 8192.0) * 7 * 24 * 60 * 60;
      end--;
    }
    String number = s.substring(0, end);
    // atof stops at an exponent without digits ("1e", "1e+").
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    if (e >= 0) {
      String exp = number.substring(e + 1);
      if (exp.isEmpty() || exp.equals("+") || exp.equals("-")) {
        number = number.substring(0, e);
      }
    }
    try {
      return era + Double.parseDouble(number);
    } catch (NumberFormatException ex) {
      return era;
    }
  }

  /** True when atof underflows to zero although the mantissa is not zero (ntpd then exits). */
  private static boolean underflows(String text, double value) {
    if (value != 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        break;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
