package dev.ntplint.convert.tochrony;

import dev.ntplint.convert.ChronyConversionOptions;
import dev.ntplint.convert.Outcome;
import dev.ntplint.convert.OutputLine;
import dev.ntplint.convert.ReportEntry;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Secret;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the translators share: the options, the lines each input directive becomes (placed by
 * {@link Layout} where the directive was), lines with no input line of their own (ntpd defaults
 * spelled out, appended at the end), and the report entries.
 */
final class Context {

  /** A report entry with its place in the input, for sorting. */
  private record Placed(int fileIndex, int line, int rank, int seq, ReportEntry entry) {}

  /** A directive's own entry comes before the entries about its parts. */
  private static final int WHOLE = 0;
  private static final int PART = 1;

  final ChronyConversionOptions options;
  final NtpConfigSet set;
  private final Map<NtpDirective, List<OutputLine>> lines = new IdentityHashMap<>();
  private final List<OutputLine> appended = new ArrayList<>();
  private final List<Placed> entries = new ArrayList<>();
  private final Map<SourceFile, Integer> fileIndex = new IdentityHashMap<>();

  Context(ChronyConversionOptions options, NtpConfigSet set) {
    this.options = options;
    this.set = set;
    for (int i = 0; i < set.files().size(); i++) {
      fileIndex.put(set.files().get(i).result().config().file(), i);
    }
  }

  /** Adds output lines written in place of {@code d}. */
  List<OutputLine> emit(NtpDirective d, String... texts) {
    List<OutputLine> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new OutputLine(t));
    }
    lines.computeIfAbsent(d, k -> new ArrayList<>()).addAll(out);
    return out;
  }

  /** Adds a line to the block of ntpd defaults at the end of the output. */
  OutputLine append(String text) {
    OutputLine line = new OutputLine(text);
    appended.add(line);
    return line;
  }

  List<OutputLine> linesOf(NtpDirective d) {
    return lines.getOrDefault(d, List.of());
  }

  List<OutputLine> appended() {
    return appended;
  }

  /** Reports a directive. */
  /**
   * Drops the directive, with a report entry, when {@code value} has blanks: NTPsec reads a
   * quoted (or unterminated quoted) string as one word, blanks and all, but chrony.conf has no
   * quoting, so the blanks would split it into arguments chronyd rejects.
   *
   * @return true when the directive was dropped
   */
  boolean droppedForBlanks(DirectiveSyntax syntax, String what, String value) {
    if (value.chars().noneMatch(Character::isWhitespace)) {
      return false;
    }
    report(syntax, Outcome.DROPPED, "the " + what + " has blanks in it (a quoted string in"
        + " ntp.conf), which chrony.conf cannot write as one word", "write the intended " + what
        + " without blanks", List.of());
    return true;
  }

  void report(DirectiveSyntax syntax, Outcome outcome, String reason, String advice,
      List<OutputLine> output) {
    report(syntax, describe(syntax), outcome, reason, advice, output);
  }

  /** Reports one option (or part) of a directive. */
  void reportPart(DirectiveSyntax syntax, String part, Outcome outcome, String reason,
      String advice) {
    add(syntax, PART, part, outcome, reason, advice, List.of());
  }

  void report(DirectiveSyntax syntax, String construct, Outcome outcome, String reason,
      String advice, List<OutputLine> output) {
    add(syntax, WHOLE, construct, outcome, reason, advice, output);
  }

  private void add(DirectiveSyntax syntax, int rank, String construct, Outcome outcome,
      String reason, String advice, List<OutputLine> output) {
    SourceFile file = syntax.line().file();
    // Every entry of the directive is redacted, not only its whole construct: an entry about one
    // of its options or a reason quoting a word would otherwise show the password.
    List<String> secrets = secretWords(syntax);
    entries.add(new Placed(fileIndex.getOrDefault(file, Integer.MAX_VALUE - 1),
        syntax.line().number(), rank, entries.size(),
        new ReportEntry(file.name(), syntax.line().number(), redact(construct, secrets), outcome,
            redact(reason, secrets), Optional.ofNullable(advice).map(a -> redact(a, secrets)),
            output)));
  }

  /**
   * The words after {@code pw} (Autokey's password) on a directive's line: the whole line, as the
   * part of a line ntpd applies before an error is a directive without the words that follow,
   * which a reason may still quote.
   */
  private static List<String> secretWords(DirectiveSyntax syntax) {
    return secretWords(syntax.line().words());
  }

  private static List<String> secretWords(List<Word> words) {
    List<String> secrets = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      if (isPasswordKeyword(words.get(i - 1))) {
        secrets.add(words.get(i).text());
      }
    }
    return secrets;
  }

  /** {@code text}, written from {@code words}, with the word after each {@code pw} redacted. */
  static String redactPasswords(List<Word> words, String text) {
    return redact(text, secretWords(words));
  }

  /**
   * The line's content as written (its own spacing), with the word after each {@code pw} replaced
   * by its bytes, not by a search of the text: a password glued to {@code pw} ({@code pw;;x}, which
   * ntpd reads as {@code pw} and the string {@code ;;x}) stands as no word of the text.
   */
  static String redactedContent(SourceLine line) {
    SourceFile file = line.file();
    List<Word> words = line.words();
    StringBuilder out = new StringBuilder();
    int at = line.contentSpan().start();
    for (int i = 1; i < words.size(); i++) {
      if (isPasswordKeyword(words.get(i - 1))) {
        Word secret = words.get(i);
        out.append(file.text(at, secret.start())).append(Secret.REDACTED);
        at = secret.end();
      }
    }
    return out.append(file.text(at, line.contentSpan().end())).toString();
  }

  private static boolean isPasswordKeyword(Word w) {
    return w.text().toLowerCase(Locale.ROOT).equals("pw");
  }

  /** {@code text} with each secret that stands as a word (between blanks or quotes) redacted. */
  private static String redact(String text, List<String> secrets) {
    for (String secret : secrets) {
      text = text.replaceAll("(?<![^\\s`'\"(])" + Pattern.quote(secret)
          + "(?![^\\s`'\",;:)])", Matcher.quoteReplacement(Secret.REDACTED));
    }
    return text;
  }

  /** Reports an input line that holds no directive (ntpd never reads it). */
  void reportLine(SourceLine line, Outcome outcome, String reason) {
    SourceFile file = line.file();
    StringBuilder construct = new StringBuilder();
    for (Word w : line.words()) {
      construct.append(construct.isEmpty() ? "" : " ").append(w.text());
    }
    entries.add(new Placed(fileIndex.getOrDefault(file, Integer.MAX_VALUE - 1), line.number(),
        WHOLE, entries.size(), new ReportEntry(file.name(), line.number(),
            redactPasswords(line.words(), construct.toString()), outcome, reason,
            Optional.empty(), List.of())));
  }

  /** Reports a behaviour of ntpd that no line states (a default). */
  void reportBuiltIn(String construct, Outcome outcome, String reason, String advice,
      List<OutputLine> output) {
    entries.add(new Placed(Integer.MAX_VALUE, 0, WHOLE, entries.size(),
        new ReportEntry("(ntpd default)", 0, construct, outcome, reason,
            Optional.ofNullable(advice), output)));
  }

  /** Reports a line of another file (the keys file). */
  void reportFile(String fileName, int line, String construct, Outcome outcome, String reason,
      String advice) {
    entries.add(new Placed(Integer.MAX_VALUE - 1, line, WHOLE, entries.size(),
        new ReportEntry(fileName, line, construct, outcome, reason, Optional.ofNullable(advice),
            List.of())));
  }

  List<ReportEntry> entries() {
    return entries.stream()
        .sorted(Comparator.comparingInt(Placed::fileIndex).thenComparingInt(Placed::line)
            .thenComparingInt(Placed::rank).thenComparingInt(Placed::seq))
        .map(Placed::entry).toList();
  }

  /**
   * The directive as written, one blank between words, with secrets replaced: the word after
   * {@code pw} (Autokey's password) never appears.
   */
  static String describe(DirectiveSyntax syntax) {
    StringBuilder sb = new StringBuilder(syntax.name().text());
    boolean secretNext = isPasswordKeyword(syntax.name());
    for (Word w : syntax.arguments()) {
      sb.append(' ').append(secretNext ? Secret.REDACTED : w.text());
      secretNext = isPasswordKeyword(w);
    }
    return sb.toString();
  }
}
