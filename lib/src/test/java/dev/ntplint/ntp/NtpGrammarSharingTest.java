package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ntplint.ntp.NtpGrammar.Fault;
import dev.ntplint.ntp.NtpGrammar.Result;
import dev.ntplint.ntp.NtpScanner.Command;
import dev.ntplint.ntp.NtpSyntaxReader.Lexed;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.NtpKeyword;
import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The accept-either target parses a command once when both daemons' scanners made the very same
 * tokens and the parse asked nothing the daemons answer differently ({@link
 * NtpGrammar#lastParseFlavourNeutral}); the other daemon's reading then takes that parse. These
 * properties are the proof that this changes nothing: for generated commands, whenever one
 * daemon's parse says it was neutral, the other daemon's own parse of the same tokens gives an
 * equal result (directive, fault, notes), for the whole command and for the prefix before its
 * fault (the directive ntpd applies of a rejected command), in either order.
 */
class NtpGrammarSharingTest {

  private static final long SEED = 0x6772616d6d61724eL;

  /** Arguments: every keyword of either daemon, and values of every kind the grammar reads. */
  private static final List<String> ARGUMENTS = new ArrayList<>(List.of("0", "1", "2", "3", "16",
      "17", "20", "-1", "-3", "255", "65535", "4294967295", "99999999999", "0x1F", "1.5", "1e-7",
      "-0.25", "1.5g", "1.2.3.4", "::1", "127.127.1.0", "127.127.28.0", "255.255.255.0",
      "pool.ntp.org", "/var/lib/ntp/drift", "\"quoted text\"", "shm", "gpsd", "abc", "-4", "-6",
      "=", "+sysall", "-clockall", "{", "}", ","));
  private static final List<String> COMMANDS = NtpDirectiveKind.allKeywords();

  static {
    for (NtpKeyword k : NtpKeyword.values()) {
      ARGUMENTS.add(k.text());
    }
    ARGUMENTS.addAll(NtpKeyword.LATER_NTPSEC.keySet());
  }

  /** A command keyword of either daemon and 0-7 arguments (also NtpNeutralUnitsTest's lines). */
  static Gen<String> commandLines() {
    Gen<String> command = integers().between(0, COMMANDS.size() - 1).map(COMMANDS::get);
    Gen<String> argument = integers().between(0, ARGUMENTS.size() - 1).map(ARGUMENTS::get);
    Gen<List<String>> arguments = lists().of(argument).ofSizeBetween(0, 7);
    return command.zip(arguments, (c, a) -> c + (a.isEmpty() ? "" : " " + String.join(" ", a)));
  }

  @Test
  void aParseThatAskedNothingFlavourSpecificIsTheOtherDaemonsParse() {
    AtomicInteger neutral = new AtomicInteger();
    AtomicInteger compared = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(4000).forAll(commandLines()).checkAssert(line -> {
      for (NtpFlavour first : NtpFlavour.values()) {
        NtpFlavour second = first.other();
        Lexed lexed = lex(line);
        List<Command> firstCommands = commands(lexed, first);
        List<Command> secondCommands = commands(lexed, second);
        NtpGrammar firstGrammar = new NtpGrammar(first);
        NtpGrammar secondGrammar = new NtpGrammar(second);
        for (int i = 0; i < Math.min(firstCommands.size(), secondCommands.size()); i++) {
          Command mine = firstCommands.get(i);
          if (mine.toks().isEmpty() || !sameTokenObjects(mine, secondCommands.get(i))) {
            continue;
          }
          compared.incrementAndGet();
          int n = mine.toks().size();
          Result once = firstGrammar.parse(mine.toks(), n, NtpConf.syntaxOf(mine, n));
          if (!firstGrammar.lastParseFlavourNeutral()) {
            continue;
          }
          neutral.incrementAndGet();
          Result other = secondGrammar.parse(mine.toks(), n, NtpConf.syntaxOf(mine, n));
          assertSameOutcome(line, once, other);
          if (!once.ok() && once.fault().index > 0 && once.fault().index < n) {
            int k = once.fault().index;
            Result prefix = firstGrammar.parse(mine.toks(), k, NtpConf.syntaxOf(mine, k));
            if (firstGrammar.lastParseFlavourNeutral()) {
              assertSameOutcome(line,
                  prefix, secondGrammar.parse(mine.toks(), k, NtpConf.syntaxOf(mine, k)));
            }
          }
        }
      }
    });
    // Not vacuous: many generated commands have shared tokens, and a good part parse neutrally.
    assertThat(compared.get()).isGreaterThan(1500);
    assertThat(neutral.get()).isGreaterThan(compared.get() / 10);
  }

  @Test
  void commonCommandsAreNeutralAndDaemonSpecificOnesAreNot() {
    assertThat(neutral("server 1.2.3.4 iburst minpoll 4 maxpoll 10")).isTrue();
    assertThat(neutral("restrict default kod nomodify notrap nopeer noquery limited")).isTrue();
    assertThat(neutral("driftfile /var/lib/ntp/drift")).isTrue();
    assertThat(neutral("server")).isTrue();
    // Only classic ntpd has ippeerlimit; only NTPsec has refclock; `tos minclock` values differ
    // in kind; the stratum note names the daemon; an unknown command lists each daemon's own.
    assertThat(neutral("restrict default ippeerlimit 1")).isFalse();
    assertThat(neutral("refclock shm unit 0")).isFalse();
    assertThat(neutral("server 1.2.3.4 stratum 20")).isFalse();
    assertThat(neutral("nosuchcommand 1")).isFalse();
    assertThat(neutral("restrict -6 ::1 mask ffff::")).isFalse();
  }

  private static boolean neutral(String line) {
    Command c = commands(lex(line), NtpFlavour.CLASSIC).get(0);
    NtpGrammar grammar = new NtpGrammar(NtpFlavour.CLASSIC);
    grammar.parse(c.toks(), c.toks().size(), NtpConf.syntaxOf(c, c.toks().size()));
    return grammar.lastParseFlavourNeutral();
  }

  static void assertSameOutcome(String line, Result once, Result other) {
    assertThat(other.directive()).as(line).isEqualTo(once.directive());
    assertThat(other.notes()).as(line).isEqualTo(once.notes());
    assertThat(other.ok()).as(line).isEqualTo(once.ok());
    if (!once.ok()) {
      Fault a = once.fault();
      Fault b = other.fault();
      assertThat(List.of(b.index, b.expect, b.expected, b.candidates, b.keywords)).as(line)
          .isEqualTo(List.of(a.index, a.expect, a.expected, a.candidates, a.keywords));
    }
  }

  private static boolean sameTokenObjects(Command a, Command b) {
    if (a.toks().size() != b.toks().size()) {
      return false;
    }
    for (int i = 0; i < a.toks().size(); i++) {
      if (a.toks().get(i) != b.toks().get(i)) {
        return false;
      }
    }
    return true;
  }

  private static Lexed lex(String line) {
    return NtpSyntaxReader.read(SourceFile.of("ntp.conf",
        (line + "\n").getBytes(StandardCharsets.ISO_8859_1)), null);
  }

  /** Every command the scanner makes of a lexed file, as NtpConf reads them (shared by tests). */
  static List<Command> commands(Lexed lexed, NtpFlavour flavour) {
    NtpScanner scanner = new NtpScanner(flavour);
    List<Command> commands = new ArrayList<>();
    for (int i = 0; i < lexed.lexemes().size() && !scanner.endedInput(); i++) {
      commands.addAll(scanner.scan(lexed.tree().lines().get(i), lexed.lexemes().get(i)));
    }
    return commands;
  }
}
