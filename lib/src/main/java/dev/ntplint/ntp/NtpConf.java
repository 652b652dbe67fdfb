package dev.ntplint.ntp;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.diag.Severity;
import dev.ntplint.ntp.NtpGrammar.Fault;
import dev.ntplint.ntp.NtpGrammar.Note;
import dev.ntplint.ntp.NtpGrammar.Result;
import dev.ntplint.ntp.NtpScanner.Command;
import dev.ntplint.ntp.NtpScanner.Tok;
import dev.ntplint.ntp.NtpScanner.TokKind;
import dev.ntplint.ntp.NtpSyntaxReader.Lexed;
import dev.ntplint.ntp.NtpSyntaxReader.RawKind;
import dev.ntplint.ntp.NtpSyntaxReader.RawLexeme;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RefclockDriver;
import dev.ntplint.ntp.model.Include;
import dev.ntplint.ntp.model.InvalidDirective;
import dev.ntplint.ntp.model.NtpConfig;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Refclock;
import dev.ntplint.ntp.model.Secret;
import dev.ntplint.ntp.model.Simulate;
import dev.ntplint.ntp.model.Switch;
import dev.ntplint.ntp.model.UnknownDirective;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Span;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TokenKind;
import dev.ntplint.source.Word;
import dev.ntplint.ntp.catalog.NtpKeyword;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for reading ntp.conf, for classic ntpd 4.2.8, NTPsec 1.2, or either. {@link #parse}
 * never throws for bad content: whatever the bytes, it returns a model in which every byte is
 * kept, plus diagnostics with exact positions.
 *
 * <pre>{@code
 * NtpParseResult result = NtpConf.parse(SourceFile.of("ntp.conf", bytes), NtpTarget.NTPSEC_1_2);
 * result.diagnostics().forEach(d -> System.err.println(d.format()));
 * boolean ntpdLogsSyntaxErrors = result.rejected();
 * for (Association a : result.config().directives(Association.class)) { ... }
 * }</pre>
 */
public final class NtpConf {

  private NtpConf() {}

  /** Reads an ntp.conf written for either daemon. */
  public static NtpParseResult parse(SourceFile file) {
    return parse(file, NtpTarget.ANY);
  }

  /** Reads an ntp.conf as the target daemon's parser reads it. */
  public static NtpParseResult parse(SourceFile file, NtpTarget target) {
    return read(file, target, true);
  }

  /**
   * Reads a file that another one includes: the same as {@link #parse(SourceFile, NtpTarget)}
   * except that an empty included file is fine (an empty main file is a syntax error for ntpd).
   */
  public static NtpParseResult parseIncluded(SourceFile file, NtpTarget target) {
    return read(file, target, false);
  }

  static NtpParseResult read(SourceFile file, NtpTarget target, boolean mainFile) {
    return read(file, target, mainFile, true);
  }

  /**
   * @param takeNeutralUnits whether the second daemon's reading takes the first one's commands
   *     and outcomes for units the first read alike for both ({@link Reading#neutralUnits}); off
   *     only for NtpNeutralUnitsTest, which checks that this changes nothing
   */
  static NtpParseResult read(SourceFile file, NtpTarget target, boolean mainFile,
      boolean takeNeutralUnits) {
    return read(file, target, mainFile, takeNeutralUnits, true);
  }

  /**
   * @param unitAtATime whether each unit is read by every daemon and merged before the next one
   *     is read; off only for NtpUnitAtATimeTest, which checks that reading every unit first
   *     gives the same result
   */
  static NtpParseResult read(SourceFile file, NtpTarget target, boolean mainFile,
      boolean takeNeutralUnits, boolean unitAtATime) {
    Lexed lexed = NtpSyntaxReader.read(file, target.flavour().orElse(null));
    List<Unit> units = units(lexed);
    List<Reading> readings = new ArrayList<>();
    Reading earlier = null;
    for (NtpFlavour flavour : target.flavours()) {
      earlier = new Reading(flavour, lexed, units, mainFile, earlier, takeNeutralUnits);
      readings.add(earlier);
    }
    Merger merger = new Merger(target, lexed, units, readings);
    if (mainFile && file.length() == 0) {
      merger.add(NtpDiagnosticCode.EMPTY_FILE, new Span(file, 0, 0),
          "ntpd's grammar needs at least one line: for an empty file its parser logs \"line 0"
              + " column 0 syntax error\" (a single blank line or comment is enough)", null);
    }
    merger.begin();
    if (!unitAtATime) {
      for (Reading r : readings) {
        r.readAll(units);
      }
    }
    // A unit at a time, by every daemon and then merged: its outcomes are still in the cache when
    // the other daemon and the merge read them (issue 8, P3). A daemon that stopped reads no more
    // units; the merge stops at the first unit a daemon did not read, as ntpd reads nothing after,
    // and nothing read after that would change the result.
    for (int u = 0; u < units.size(); u++) {
      if (unitAtATime) {
        for (int f = 0; f < readings.size(); f++) {
          if (!readings.get(f).stopped()) {
            readings.get(f).read(units.get(u));
          }
        }
      }
      if (!merger.merge(u)) {
        break;
      }
    }
    return merger.finish();
  }

  /**
   * What {@code flavour}'s ntpd would log about the syntax of this file (the lines it names, and
   * whether it reads to the end), predicted from our reading. Useful to match a daemon's log.
   */
  public static DaemonLog daemonLog(SourceFile file, NtpFlavour flavour) {
    Lexed lexed = NtpSyntaxReader.read(file, flavour);
    List<Unit> units = units(lexed);
    DaemonLog log = new Reading(flavour, lexed, units, true, null, false).readAll(units).log();
    if (file.length() == 0) {
      return new DaemonLog(List.of(0), List.of(), true);
    }
    return log;
  }

  // ------------------------------------------------------------------------------ units

  /** One command, or a classic ntpdsim simulate block (a run of lines). */
  record Unit(int lineIndex, int commandIndex, List<Integer> blockLines) {
    boolean isSimulate() {
      return !blockLines.isEmpty();
    }
  }

  /** The lines (and, per line, the commands) in reading order; simulate blocks grouped. */
  static List<Unit> units(Lexed lexed) {
    List<List<RawLexeme>> lines = lexed.lexemes();
    // At most one unit per line: sized once, not grown by copies over a large file (issue 8).
    List<Unit> units = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      List<RawLexeme> raw = lines.get(i);
      RawLexeme first = firstLexeme(raw);
      if (first != null && first.rawKind() == RawKind.WORD && first.logical().equals("simulate")) {
        List<Integer> block = new ArrayList<>();
        int depth = 0;
        boolean opened = false;
        int j = i;
        for (; j < lines.size(); j++) {
          block.add(j);
          for (RawLexeme r : lines.get(j)) {
            if (r.rawKind() == RawKind.SPECIAL && r.logical().equals("{")) {
              depth++;
              opened = true;
            } else if (r.rawKind() == RawKind.SPECIAL && r.logical().equals("}")) {
              depth--;
            }
          }
          if (opened && depth <= 0) {
            break;
          }
        }
        units.add(new Unit(i, 0, block));
        i = Math.min(j, lines.size() - 1) + 1;
        continue;
      }
      units.add(new Unit(i, -1, List.of()));
      i++;
    }
    return units;
  }

  private static RawLexeme firstLexeme(List<RawLexeme> raw) {
    for (int i = 0; i < raw.size(); i++) {
      RawLexeme r = raw.get(i);
      if (r.rawKind() == RawKind.COMMENT) {
        return null;
      }
      if (r.rawKind() != RawKind.IGNORED
          && !(r.rawKind() == RawKind.QUOTED && r.logical().isEmpty())) {
        return r;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------ one flavour

  /** The outcome of one command for one daemon. */
  static final class Outcome {
    final NtpFlavour flavour;
    final Command command;
    final DirectiveSyntax syntax;
    final Result result;
    /** The directive ntpd applies of a rejected command (the complete part before the fault). */
    final NtpDirective applied;
    /** The reason ntpd exits on this command (a lexeme, an unknown refclock driver), or null. */
    final String fatal;
    final Tok fatalTok;
    final boolean simulate;
    /**
     * Whether {@link #result} and {@link #applied} came from parses that asked nothing the two
     * daemons answer differently: the other daemon, given the same tokens, reads them alike.
     */
    final boolean flavourNeutral;
    /**
     * {@link #isEnd}, worked out once: the simulation, the neutrality test and the merge each ask
     * it of every outcome, and each time reached into the directive, a cache miss per command of
     * a large file (issue 8: isEnd was ~2% of parse + lint).
     */
    private final boolean end;

    Outcome(NtpFlavour flavour, Command command, DirectiveSyntax syntax, Result result,
        NtpDirective applied, String fatal, Tok fatalTok, boolean simulate) {
      this(flavour, command, syntax, result, applied, fatal, fatalTok, simulate, false);
    }

    Outcome(NtpFlavour flavour, Command command, DirectiveSyntax syntax, Result result,
        NtpDirective applied, String fatal, Tok fatalTok, boolean simulate,
        boolean flavourNeutral) {
      this.flavour = flavour;
      this.command = command;
      this.syntax = syntax;
      this.result = result;
      this.applied = applied;
      this.fatal = fatal;
      this.fatalTok = fatalTok;
      this.simulate = simulate;
      this.flavourNeutral = flavourNeutral;
      this.end = endsReading(result.ok() ? result.directive() : applied);
    }

    Fault fault() {
      return result.fault();
    }

    NtpFlavour flavourOf() {
      return flavour;
    }

    String flavourName() {
      return flavour.displayName();
    }

    boolean ok() {
      return result.ok() && fatal == null;
    }

    /** The directive that says what the command is (null for a rejected one). */
    NtpDirective directive() {
      return result.directive();
    }

    boolean isEnd() {
      return end;
    }

    /** Whether {@code d} is {@code end}, or an include that carries it as its trailing command. */
    private static boolean endsReading(NtpDirective d) {
      while (d instanceof Include inc && inc.trailing().isPresent()) {
        d = inc.trailing().get();
      }
      return d instanceof Switch s && s.command() == NtpDirectiveKind.END;
    }
  }

  /** Reads every command of a file as one daemon does. */
  static final class Reading {
    final NtpFlavour flavour;
    /** One entry per command, in order; null entries stand for empty lines. */
    final List<List<Outcome>> perUnit;
    /**
     * The units (by index) that the other daemon reads exactly as this reading did: every token
     * is one both scanners share, every parse asked nothing the daemons answer differently, and
     * nothing that only one daemon does applies (a simulate block, {@code end}, a NUL byte, an
     * exit, a refclock whose driver NTPsec checks). The other reading takes their commands and
     * outcomes as they are instead of scanning and reading them again (issue 8).
     */
    final BitSet neutralUnits = new BitSet();
    private final Lexed lexed;
    private final Reading earlier;
    private final boolean takeNeutralUnits;
    private final boolean lastLineLosesItsEnd;
    private final int lastLine;
    private final NtpScanner scanner;
    private final NtpGrammar grammar;
    /** A scratch list, copied to exact size per unit (nearly always one command: no array). */
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Simulation sim = new Simulation();
    private boolean stopped;

    /**
     * A reading that has read nothing yet: {@link #read(Unit)} reads the units one at a time, so
     * that the other daemon's reading and the merge of a unit follow while its objects are still
     * in the cache (on a large file, a pass per phase over every unit missed it per command;
     * issue 8, P3).
     *
     * @param earlier the other daemon's reading of the same file, or null: a command made of the
     *     very same tokens has the same generic view, which is then shared instead of built again;
     *     it has read each unit before this reading reads it
     */
    Reading(NtpFlavour flavour, Lexed lexed, List<Unit> units, boolean mainFile, Reading earlier,
        boolean takeNeutralUnits) {
      this.flavour = flavour;
      this.lexed = lexed;
      this.earlier = earlier;
      this.takeNeutralUnits = takeNeutralUnits;
      this.perUnit = new ArrayList<>(units.size());
      // Only the main file: at the end of an included file, popping it is an end of command.
      // Only a file without a final newline can lose it: not copying every lexeme of the others.
      String text = lexed.tree().file().latin1();
      this.lastLineLosesItsEnd = mainFile && flavour == NtpFlavour.NTPSEC
          && NtpScanner.lacksFinalNewline(text) && NtpScanner.lastLineLosesItsEnd(text, allLexemes(lexed));
      this.lastLine = lexed.tree().lines().size() - 1;
      this.scanner = new NtpScanner(flavour);
      this.grammar = new NtpGrammar(flavour);
    }

    /** Reads every unit: a reading on its own, with no other daemon's to follow. */
    Reading readAll(List<Unit> units) {
      for (Unit unit : units) {
        if (!read(unit)) {
          break;
        }
      }
      return this;
    }

    /** True once the daemon has stopped reading (an exit, {@code end}, the end of the input). */
    boolean stopped() {
      return stopped;
    }

    /** What the daemon logs about the file's syntax; asked after the reading. */
    DaemonLog log() {
      return sim.log();
    }

    /**
     * Reads the next unit (units are read in order, none skipped). False when the daemon stops
     * reading with it: it reads no unit after that one.
     */
    boolean read(Unit unit) {
      if (stopped) {
        throw new IllegalStateException("the " + flavour + " reading has stopped");
      }
      SourceLine line = lexed.tree().lines().get(unit.lineIndex());
      int index = perUnit.size();
      if (takeNeutralUnits && earlier != null && earlier.neutralUnits.get(index)
          && !(lastLineLosesItsEnd && coversLine(unit, lastLine))) {
        scanner.skip(line, lexed.lexemes().get(unit.lineIndex()));
        List<Outcome> taken = earlier.perUnit.get(index);
        if (taken.isEmpty()) {
          sim.empty();
        }
        // Neutral outcomes never stop the simulation (no exit, end or end of input).
        for (int k = 0; k < taken.size(); k++) {
          sim.command(taken.get(k));
        }
        perUnit.add(taken);
        return true;
      }
      List<Command> commands = scanner.scan(line, lexed.lexemes().get(unit.lineIndex()));
      boolean tokensShared = scanner.lastScanShared();
      if (unit.isSimulate() && flavour != NtpFlavour.CLASSIC) {
        // NTPsec has no simulate block: every line of it is an ordinary (bad) line.
        commands = new ArrayList<>(commands);
        for (int k = 1; k < unit.blockLines().size() && !scanner.endedInput(); k++) {
          int li = unit.blockLines().get(k);
          commands.addAll(scanner.scan(lexed.tree().lines().get(li), lexed.lexemes().get(li)));
        }
        if (commands.isEmpty()) {
          sim.empty();
        }
      }
      if (unit.isSimulate() && flavour == NtpFlavour.CLASSIC) {
        for (int k = 1; k < unit.blockLines().size(); k++) {
          int li = unit.blockLines().get(k);
          scanner.scan(lexed.tree().lines().get(li), lexed.lexemes().get(li));
        }
        Command c = commands.isEmpty() ? new Command(line, List.of(), new int[] {0}) : commands.get(0);
        DirectiveSyntax syntax = syntaxOf(c, c.toks().size());
        Result r = new Result(new Simulate(syntax), null, List.of());
        perUnit.add(List.of(new Outcome(flavour, c, syntax, r, null, null, null, true)));
        sim.ok(c.toks().size() + unit.blockLines().size(), line.number(), List.of());
        return true;
      }
      if (lastLineLosesItsEnd && !scanner.endedInput() && coversLine(unit, lastLine)) {
        commands = withoutLastEnd(commands, line);
      }
      if (commands.isEmpty() && !unit.isSimulate()) {
        sim.empty();
      }
      outcomes.clear();
      List<Outcome> earlierOutcomes = earlier == null || earlier.perUnit.size() <= perUnit.size()
          ? List.of() : earlier.perUnit.get(perUnit.size());
      for (int k = 0; k < commands.size(); k++) {
        Command c = wordsAfterEndUnread(flavour, commands.get(k));
        Outcome o = read(grammar, c,
            k < earlierOutcomes.size() ? sameTokens(earlierOutcomes.get(k), c) : null);
        outcomes.add(o);
        sim.command(o);
        if (sim.stopped || c.endsInput()) {
          sim.stopped = true;
          break;
        }
      }
      perUnit.add(NtpSyntaxReader.exactCopy(outcomes));
      if (sim.stopped) {
        stopped = true;
        return false;
      }
      if (tokensShared && !unit.isSimulate() && outcomes.size() == commands.size()
          && allNeutral(outcomes)) {
        neutralUnits.set(index);
      }
      return true;
    }

    private static boolean allNeutral(List<Outcome> outcomes) {
      for (int i = 0; i < outcomes.size(); i++) {
        if (!neutral(outcomes.get(i))) {
          return false;
        }
      }
      return true;
    }

    /**
     * True when the other daemon, given this outcome's very tokens, makes an equal outcome: the
     * parse was neutral, and none of what a reading does per daemon around the parse applies.
     */
    private static boolean neutral(Outcome o) {
      return o.flavourNeutral && o.fatal == null && !o.isEnd() && !o.command.endsInput()
          && !o.command.toks().get(0).is(NtpKeyword.END)
          && !(reducedDirective(o.result, o.applied) instanceof Refclock);
    }

    private static List<RawLexeme> allLexemes(Lexed lexed) {
      List<RawLexeme> all = new ArrayList<>();
      for (List<RawLexeme> line : lexed.lexemes()) {
        all.addAll(line);
      }
      return all;
    }

    private static boolean coversLine(Unit unit, int lineIndex) {
      return unit.lineIndex() == lineIndex || unit.blockLines().contains(lineIndex);
    }

    /**
     * The commands of the last line when NTPsec's scanner gives it no end of command: the last
     * one is followed by the end of the input instead (an empty span at the end of the file).
     */
    private static List<Command> withoutLastEnd(List<Command> commands, SourceLine line) {
      SourceFile file = line.file();
      Span end = new Span(file, file.length(), file.length());
      List<Command> changed = new ArrayList<>(commands);
      if (changed.isEmpty()) {
        changed.add(new Command(line, List.of(), new int[] {line.number()}, end));
      } else {
        Command last = changed.remove(changed.size() - 1);
        changed.add(new Command(last.line(), last.toks(), last.tokpos(), end));
      }
      return changed;
    }

    /** {@code earlier} when its command has the very same tokens as {@code c}, or null. */
    private static Outcome sameTokens(Outcome earlier, Command c) {
      List<Tok> mine = c.toks();
      List<Tok> theirs = earlier.command.toks();
      if (earlier.simulate || earlier.command.line() != c.line() || mine.size() != theirs.size()) {
        return null;
      }
      for (int i = 0; i < mine.size(); i++) {
        if (mine.get(i) != theirs.get(i)) {
          return null;
        }
      }
      return earlier;
    }

    /**
     * One daemon's outcome of a command. {@code same} is the other daemon's outcome of the very
     * same tokens, or null: its generic view is shared, and so is its parse when that parse asked
     * nothing the daemons answer differently (the accept-either target then reads most commands
     * once; issue 8).
     */
    private Outcome read(NtpGrammar grammar, Command c, Outcome same) {
      DirectiveSyntax syntax = same != null ? same.syntax : syntaxOf(c, c.toks().size());
      if (c.toks().isEmpty()) {
        // An empty command (before a quoted string of blanks, or a NUL): fine for the grammar.
        return new Outcome(flavour, c, syntax, new Result(null, null, List.of()), null, null, null,
            false);
      }
      Result result;
      NtpDirective applied = null;
      boolean neutral;
      if (same != null && same.flavourNeutral) {
        result = same.result;
        applied = same.applied;
        neutral = true;
      } else {
        result = grammar.parse(c.toks(), c.toks().size(), syntax);
        neutral = grammar.lastParseFlavourNeutral();
        if (!result.ok() && result.fault().index > 0 && result.fault().index < c.toks().size()) {
          int k = result.fault().index;
          Result prefix = grammar.parse(c.toks(), k, syntaxOf(c, k));
          neutral &= grammar.lastParseFlavourNeutral();
          if (prefix.ok()) {
            applied = prefix.directive();
          }
        }
      }
      String fatal = null;
      Tok fatalTok = null;
      for (int i = 0; i < c.toks().size(); i++) {
        Tok t = c.toks().get(i);
        if (t.fatal() != null) {
          fatal = t.fatal();
          fatalTok = t;
          break;
        }
      }
      if (fatal == null && flavour == NtpFlavour.NTPSEC) {
        if (reducedDirective(result, applied) instanceof Refclock rc && rc.driver().isEmpty()) {
          fatal = "Unknown driver name " + rc.driverName().text();
          fatalTok = c.toks().get(indexOf(c, rc.driverName()));
        }
      }
      return new Outcome(flavour, c, syntax, result, applied, fatal, fatalTok, false, neutral);
    }

    /** The directive a command applies, inside the includes that carry it as their trailing one. */
    private static NtpDirective reducedDirective(Result result, NtpDirective applied) {
      NtpDirective reduced = result.ok() ? result.directive() : applied;
      while (reduced instanceof Include inc && inc.trailing().isPresent()) {
        reduced = inc.trailing().get();
      }
      return reduced;
    }

    private static int indexOf(Command c, Word w) {
      for (int i = 0; i < c.toks().size(); i++) {
        if (c.toks().get(i).start() == w.start()) {
          return i;
        }
      }
      return 0;
    }
  }

  /** The generic view of the first {@code n} tokens of a command, with secrets redacted. */
  static DirectiveSyntax syntaxOf(Command c, int n) {
    if (n == 0) {
      SourceLine line = c.line();
      Span at = new Span(line.file(), line.start(), line.start());
      return new DirectiveSyntax(line, new Word("", at), List.of());
    }
    // By text, not keyword: NTPsec has no crypto command, and its line must not leak either.
    boolean crypto = c.toks().get(0).text().equals("crypto");
    if (!crypto && isWholeLine(c, n)) {
      // The same words, kept as byte ranges with their text decoded when read: a word object
      // (and its text) per argument of every command kept 21 MB and 0.93 M objects more of the
      // 400 MB that the model and findings of a 20 MB ntp.conf hold, which every collection
      // copies (issue 8, P4).
      return DirectiveSyntax.ofLine(c.line(), TokenKind.WORD);
    }
    // The arguments straight into an array, copied once by List.of, whose list DirectiveSyntax
    // keeps as it is: no growable list, sublist and second copy per command (issue 8).
    Word[] arguments = new Word[n - 1];
    boolean secret = false;
    for (int i = 1; i < n; i++) {
      Tok t = c.toks().get(i);
      Word w = t.word();
      if (secret) {
        w = new Word(Secret.REDACTED, w.span());
      }
      if (crypto && t.text().equals("pw")) {
        secret = true;
      }
      arguments[i - 1] = w;
    }
    return new DirectiveSyntax(c.line(), c.toks().get(0).word(), List.of(arguments));
  }

  /**
   * True when the first {@code n} tokens of {@code c} are exactly the tokens of its line that the
   * line layer calls words, in order: then {@link DirectiveSyntax#ofLine} holds the same name and
   * arguments, as each token's word has the file's text of its range ({@link NtpScanner}). Not so
   * for a quoted lexeme, a command that a quoted blank ends early or an includefile's second one.
   */
  static boolean isWholeLine(Command c, int n) {
    SourceLine line = c.line();
    List<Tok> toks = c.toks();
    int matched = 0;
    for (int i = 0; i < line.tokenCount(); i++) {
      if (line.tokenKind(i) == TokenKind.WORD) {
        if (matched == n) {
          return false;
        }
        Tok t = toks.get(matched);
        if (t.file() != line.file() || t.start() != line.tokenStart(i)
            || t.end() != line.tokenEnd(i)) {
          return false;
        }
        matched++;
      }
    }
    return matched == n;
  }

  /**
   * Bison's error recovery as ntpd's parser does it (spec 1.7): which lines its messages name.
   * yyerror is called only when three tokens have been shifted since the last error; otherwise
   * the recovery message repeats the position of the previous one.
   */
  private static final class Simulation {
    int yyerrstatus;
    int errpos;
    boolean stopped;
    boolean finished = true;
    /** Whether the parser has reduced a first command (the grammar needs one). */
    boolean anyCommand;
    final List<Integer> yyerrors = new ArrayList<>();
    final List<Integer> syntaxErrors = new ArrayList<>();

    void shift(int n) {
      yyerrstatus = Math.max(0, yyerrstatus - n);
    }

    void empty() {
      shift(1);
      anyCommand = true;
    }

    void ok(int tokens, int line, List<Note> notes) {
      anyCommand = true;
      for (Note n : notes) {
        if (n.yyerror()) {
          errpos = line;
        }
      }
      shift(tokens + 1);
    }

    void command(Outcome o) {
      Command c = o.command;
      if (o.fatal != null) {
        // ntpd exits on a lexeme it cannot store or convert, or on an unknown refclock driver.
        stopped = true;
        finished = false;
        return;
      }
      List<Note> notes = o.result.notes();
      for (int i = 0; i < notes.size(); i++) {
        if (notes.get(i).yyerror()) {
          // The line only then: reaching into it for every command was a cache miss per command
          // of a large file (issue 8: SourceLine.number 1.4% of parse + lint).
          errpos = c.line().number();
        }
      }
      if (c.endsInput()) {
        // Token 0 after these tokens: the parser accepts only after a complete line.
        int n = c.toks().size();
        if (o.result.ok() && n == 0) {
          if (!anyCommand) {
            yyerrors.add(c.tokpos()[0]);
          }
          stopped = true;
          return;
        }
        int k = o.result.ok() ? n : o.fault().index;
        shift(k);
        if (yyerrstatus == 0) {
          yyerrors.add(c.tokpos()[Math.min(k, c.tokpos().length - 1)]);
        }
        stopped = true;
        return;
      }
      anyCommand = true;
      if (o.result.ok()) {
        if (o.isEnd()) {
          // `end` flushes the input: the parser then sees the end of the file where it wants an
          // end of command, calls yyerror, and aborts without a recovery message.
          shift(c.toks().size());
          if (yyerrstatus == 0) {
            yyerrors.add(c.tokpos()[c.toks().size() - 1]);
          }
          stopped = true;
          return;
        }
        shift(c.toks().size() + 1);
        return;
      }
      int k = o.fault().index;
      shift(k);
      if (yyerrstatus == 0) {
        errpos = c.tokpos()[Math.min(k, c.tokpos().length - 1)];
        yyerrors.add(errpos);
      }
      syntaxErrors.add(errpos);
      yyerrstatus = 2;
      if (o.isEnd()) {
        stopped = true;
      }
    }

    DaemonLog log() {
      return new DaemonLog(yyerrors, syntaxErrors, finished);
    }
  }

  /**
   * NTPsec's scanner ends the input as soon as it reads the keyword {@code end} at the start of a
   * command, so words after it on its line are never read: {@code end 1.2.3.4} is logged exactly
   * as a bare {@code end} (one "syntax error" from bison, no recovery message; found by the
   * fidelity harness, testdata/ntp/fidelity/end-with-argument.conf). Classic ntpd is left as it
   * was: no oracle here shows what it does.
   */
  private static Command wordsAfterEndUnread(NtpFlavour flavour, Command c) {
    if (flavour != NtpFlavour.NTPSEC || c.toks().size() < 2
        || !c.toks().get(0).is(NtpKeyword.END)) {
      return c;
    }
    return new Command(c.line(), c.toks().subList(0, 1), Arrays.copyOf(c.tokpos(), 2),
        c.endOfInput());
  }

  // ------------------------------------------------------------------------------ merging

  /** Builds the model and the diagnostics for the target from one or two readings. */
  private static final class Merger {
    final NtpTarget target;
    final Lexed lexed;
    final List<Reading> readings;
    /** The lexemes' diagnostics: never merged away as repeats. */
    final Diagnostics lexical = new Diagnostics();
    /**
     * What the merge reports, in the order it reports it: one daemon's reading and the other's, and
     * the checks after each command, can report the same thing; {@link #finish} keeps the first.
     */
    final Diagnostics diagnostics = new Diagnostics();
    /** About one directive per unit: sized once, not grown by copies (issue 8). */
    private final List<NtpDirective> directives;
    private final List<Outcome> outcomes;
    /** What only one of the targeted flavours does is advice (info), not a sure problem. */
    private final NtpSemantics semantics = NtpSemantics.checker(new NtpSemantics.Sink() {
      @Override
      public void add(NtpDiagnosticCode code, Span span, String message, String suggestion,
          boolean oneOfSeveral) {
        Merger.this.add(code, oneOfSeveral && code.severity() == Severity.WARNING
            ? Severity.INFO : code.severity(), span, message, suggestion);
      }
    });
    /** The command that ended the reading ({@code end}, the end of the input), once merged. */
    private Outcome endOutcome;

    Merger(NtpTarget target, Lexed lexed, List<Unit> units, List<Reading> readings) {
      this.target = target;
      this.lexed = lexed;
      this.readings = readings;
      this.directives = new ArrayList<>(units.size());
      this.outcomes = new ArrayList<>(readings.size());
    }

    /** Checks the file's lexemes; before any unit is merged. */
    void begin() {
      NtpLexicalChecks.check(lexed, lexical);
    }

    /**
     * Merges unit {@code u}, which every daemon has read, unless a daemon did not read it. False
     * when no later unit is to be merged: a daemon stopped before this one or read its end.
     */
    boolean merge(int u) {
      for (int f = 0; f < readings.size(); f++) {
        if (readings.get(f).perUnit.size() <= u) {
          return false;
        }
      }
      int commands = readings.get(0).perUnit.get(u).size();
      for (int f = 1; f < readings.size(); f++) {
        commands = Math.min(commands, readings.get(f).perUnit.get(u).size());
      }
      for (int c = 0; c < commands; c++) {
        // One list for every command: nothing keeps it (issue 8: a list, a map and a stream
        // per command were a visible share of the allocation).
        outcomes.clear();
        NtpDirective classicApplies = null;
        NtpDirective ntpsecApplies = null;
        Outcome endingInput = null;
        for (int f = 0; f < readings.size(); f++) {
          Outcome o = readings.get(f).perUnit.get(u).get(c);
          outcomes.add(o);
          NtpDirective effective = o.ok() ? o.directive() : o.applied;
          if (effective != null && o.fatal == null) {
            // By the reading's daemon: a unit both read alike holds the same outcome twice.
            if (readings.get(f).flavour == NtpFlavour.CLASSIC) {
              classicApplies = effective;
            } else {
              ntpsecApplies = effective;
            }
          }
          if (endingInput == null && o.command.endsInput()) {
            endingInput = o;
          }
        }
        NtpDirective directive = command(outcomes);
        if (directive != null) {
          directives.add(directive);
        }
        if (endingInput != null && endingInput.command.endsUnendedLastLine()) {
          unendedLastLine(endingInput, outcomes.size());
        } else if (endingInput != null) {
          endOfInput(outcomes);
        }
        if (classicApplies != null || ntpsecApplies != null) {
          // Checked now, with the unit's objects in the cache, after the merge's own reports of
          // it: a check reports only at this command or an earlier one, so the diagnostics are
          // the ones a pass after the whole merge made, in the same order.
          semantics.next(new NtpSemantics.Applied(classicApplies, ntpsecApplies, readings.size()));
        }
        if (outcomes.get(0).isEnd() || outcomes.get(0).command.endsInput()) {
          endOutcome = outcomes.get(0);
          return false;
        }
      }
      return true;
    }

    /** The result, once every unit that is merged was. */
    NtpParseResult finish() {
      if (endOutcome != null) {
        reportAfterEnd(endOutcome);
      }
      semantics.finish();
      NtpConfig config = new NtpConfig(lexed.tree(), directives, target);
      List<Diagnostic> all = new ArrayList<>(lexical.list());
      all.addAll(Diagnostics.withoutRepeats(sorted(diagnostics.list())));
      // Stable: at one span the lexemes' diagnostics stay first, as they were reported first.
      all.sort(BY_SPAN);
      return new NtpParseResult(config, all);
    }

    /** A NUL byte read in token mode: ntpd's scanner returns it as the end of the input. */
    private void endOfInput(List<Outcome> outcomes) {
      Outcome o = outcomes.get(0);
      Span at = o.command.endOfInput();
      boolean midCommand = !o.command.toks().isEmpty() || !anyCommandBefore(o);
      String who = outcomes.size() > 1 ? "ntpd" : o.flavourName();
      if (midCommand && o.result.ok()) {
        add(NtpDiagnosticCode.NUL_ENDS_INPUT, at, who + " rejects this: a NUL byte outside a"
            + " string is the end of the input for its scanner, and its parser reports a syntax"
            + " error because the command is not ended by a newline; nothing after it is read",
            null);
      } else {
        add(NtpDiagnosticCode.NUL_STOPS_READING, at, who + " stops reading at this NUL byte (its"
            + " scanner takes it for the end of the file): nothing after it is read", null);
      }
    }

    /** NTPsec's scanner made up no end of command for the unended last line (NtpScanner). */
    private void unendedLastLine(Outcome o, int flavours) {
      if ((!o.command.toks().isEmpty() || !anyCommandBefore(o)) && o.result.ok()) {
        // With the other flavour targeted too, what only NTPsec rejects is advice.
        add(NtpDiagnosticCode.LAST_LINE_UNENDED,
            flavours > 1 ? Severity.INFO : NtpDiagnosticCode.LAST_LINE_UNENDED.severity(),
            o.command.line().contentSpan(), o.flavourName() + " rejects this: the file ends"
                + " without a newline, and NTPsec's scanner, which makes one up only when its"
                + " column count is not 0, miscounts this line to 0 (it does not count a"
                + " character again when it re-reads one it pushed back), so its parser sees the"
                + " end of the file instead of an end of command and reports a syntax error",
            "end the file with a newline");
      }
    }

    private boolean anyCommandBefore(Outcome o) {
      return o.command.line().number() > 1 || o.command.line().start() > 0
          || lexed.tree().file().length() == 0;
    }

    private void reportAfterEnd(Outcome end) {
      int endLine = end.command.line().number();
      SyntaxTree tree = lexed.tree();
      for (SourceLine line : tree.lines()) {
        if (line.number() > endLine && !line.hasNoWords()) {
          add(NtpDiagnosticCode.IGNORED_BY_DAEMON, line.contentSpan(), "ntpd stops reading at "
              + (end.command.endsInput() ? "the NUL byte" : "`end`") + " (line " + endLine
              + "): it does not read this line or anything after it", null);
          return;
        }
      }
    }

    void add(NtpDiagnosticCode code, Span span, String message, String suggestion) {
      add(code, code.severity(), span, message, suggestion);
    }

    void add(NtpDiagnosticCode code, Severity severity, Span span, String message,
        String suggestion) {
      diagnostics.add(code, severity, span, message, suggestion);
    }

    private NtpDirective command(List<Outcome> outcomes) {
      Outcome first = outcomes.get(0);
      if (outcomes.size() == 1) {
        report(first, first.flavourName() + " rejects this:", true);
        return directiveOf(first);
      }
      Outcome classic = outcomes.get(0);
      Outcome ntpsec = outcomes.get(1);
      boolean cOk = classic.ok();
      boolean nOk = ntpsec.ok();
      if (cOk && nOk) {
        notes(classic);
        if (ntpsec.result != classic.result || ntpsec.simulate != classic.simulate) {
          // A shared parse has the very same notes: adding them again would add nothing.
          notes(ntpsec);
        }
        if (classic.isEnd()) {
          report(classic, "", false);
        }
        return directiveOf(classic);
      }
      if (cOk || nOk) {
        Outcome good = cOk ? classic : ntpsec;
        Outcome bad = cOk ? ntpsec : classic;
        notes(good);
        if (good.isEnd()) {
          // `end` is an error for the daemon that reads it as well (report: its parser logs a
          // syntax error for the line), so neither daemon accepts this line: both are errors.
          report(bad, bad.flavourName() + " rejects this:", false);
          report(good, "", false);
          return directiveOf(good);
        }
        flavourSpecific(good, bad);
        return directiveOf(good);
      }
      // Neither daemon reads it: report the one that got further (classic on a tie).
      Outcome primary = progress(ntpsec) > progress(classic) ? ntpsec : classic;
      report(primary, "neither classic ntpd nor NTPsec accepts this:", false);
      return directiveOf(primary);
    }

    /** How far a daemon got into a command before failing. */
    private static int progress(Outcome o) {
      if (o.fatal != null) {
        return o.command.toks().indexOf(o.fatalTok);
      }
      return o.fault() == null ? Integer.MAX_VALUE : o.fault().index;
    }

    private void simulatorNote(Outcome o) {
      if (o.simulate) {
        add(NtpDiagnosticCode.SIMULATOR_ONLY, o.syntax.name().span(),
            "a simulate block is read only by ntpdsim, classic ntpd's simulator; ntplint does not"
                + " check its contents (NTPsec has no simulate)", null);
      }
    }

    private void notes(Outcome o) {
      simulatorNote(o);
      for (Note n : o.result.notes()) {
        add(n.code(), n.span(), n.message(), null);
      }
    }

    private void report(Outcome o, String who, boolean withNotes) {
      if (withNotes) {
        notes(o);
      }
      if (o.fatal != null) {
        fatal(o, withNotes ? "" : who + " ");
      }
      if (!o.result.ok()) {
        NtpFaults.Described d = NtpFaults.describe(o.flavourOf(), o.command, o.fault(), o.applied,
            who, true);
        add(d.code(), d.span(), d.message(), d.suggestion());
      } else if (o.isEnd()) {
        Tok endTok = o.command.toks().get(o.command.toks().size() - 1);
        add(NtpDiagnosticCode.END_STOPS_READING, endTok.span(),
            (readings.size() > 1 ? "ntpd" : o.flavourName()) + " stops reading at `end` and its parser then logs a spurious"
                + " \"syntax error\" for this line; nothing after it is read (remove it)", null);
      }
    }

    private void fatal(Outcome o, String prefix) {
      Tok t = o.fatalTok;
      NtpFlavour f = o.flavourOf();
      String who = prefix + o.flavourName();
      if (o.fatal.equals("too long")) {
        add(NtpDiagnosticCode.LEXEME_TOO_LONG, t.span(),
            who + " exits here: the word is " + t.text().length() + " characters long and its scanner"
                + " takes at most " + f.maxLexeme() + " (it logs \"configuration item on"
                + " line " + t.line() + " longer than limit of 50\")", null);
      } else if (o.fatal.startsWith("Unknown driver name")) {
        add(NtpDiagnosticCode.UNKNOWN_REFCLOCK_DRIVER, t.span(),
            who + " exits while reading the file: \"" + o.fatal + "\" (drivers: "
                + String.join(", ", RefclockDriver.ntpsecNames()) + ")",
            dev.ntplint.diag.Suggestions.closest(t.text(), RefclockDriver.ntpsecNames()).orElse(null));
      } else {
        add(NtpDiagnosticCode.NUMBER_NOT_REPRESENTABLE, t.span(),
            who + " exits here: \"" + o.fatal + ": " + t.text() + "\"", null);
      }
    }

    /** For the accept-either target: the command is fine for one daemon only. */
    private void flavourSpecific(Outcome good, Outcome bad) {
      String other = bad.flavourName();
      Span span;
      String why;
      if (bad.fatal != null) {
        span = bad.fatalTok.span();
        why = bad.fatal.equals("too long")
            ? other + " exits on a word longer than " + bad.flavourOf().maxLexeme()
                + " characters"
            : other + " exits here (" + bad.fatal + ")";
      } else {
        NtpFaults.Described d = NtpFaults.describe(bad.flavourOf(), bad.command, bad.fault(),
            bad.applied, other + " rejects this:", false);
        span = d.span();
        why = d.message();
      }
      add(NtpDiagnosticCode.FLAVOUR_SPECIFIC, span,
          (good.flavourOf() == NtpFlavour.CLASSIC ? "classic ntpd only" : "NTPsec only") + ": "
              + why, null);
    }

    private NtpDirective directiveOf(Outcome o) {
      if (o.result.ok()) {
        return o.directive();
      }
      Tok first = o.command.toks().isEmpty() ? null : o.command.toks().get(0);
      Optional<NtpDirectiveKind> kind = Optional.empty();
      if (first != null && first.kind() == TokKind.KEYWORD) {
        kind = NtpDirectiveKind.byKeyword(first.text());
      } else if (first != null && first.kind() == TokKind.STRING && !first.quoted()) {
        kind = NtpDirectiveKind.byKeyword(first.text());
      }
      if (kind.isEmpty() && o.fault().index == 0) {
        return new UnknownDirective(o.syntax);
      }
      String reason = NtpFaults.describe(o.flavourOf(), o.command, o.fault(), o.applied,
          o.flavourName() + " rejects this:", true).message();
      return new InvalidDirective(o.syntax, kind, reason, Optional.ofNullable(o.applied));
    }

    private static List<Diagnostic> sorted(List<Diagnostic> list) {
      List<Diagnostic> copy = new ArrayList<>(list);
      copy.sort(BY_SPAN);
      return copy;
    }

    private static final Comparator<Diagnostic> BY_SPAN = new Comparator<>() {
      @Override
      public int compare(Diagnostic a, Diagnostic b) {
        int c = Integer.compare(a.span().start(), b.span().start());
        return c != 0 ? c : Integer.compare(a.span().end(), b.span().end());
      }
    };
  }
}
