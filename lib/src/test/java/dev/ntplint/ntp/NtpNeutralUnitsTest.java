package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ntplint.ntp.NtpConf.Outcome;
import dev.ntplint.ntp.NtpConf.Reading;
import dev.ntplint.ntp.NtpConf.Unit;
import dev.ntplint.ntp.NtpSyntaxReader.Lexed;
import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * With the accept-either target, NTPsec's reading takes classic ntpd's commands and outcomes for
 * the units classic's reading marked neutral ({@link Reading#neutralUnits}) instead of scanning
 * and reading them again. These properties are the proof that this changes nothing: for generated
 * files, NTPsec's own reading of every such unit gives the same tokens, positions, parse, applied
 * directive and exit, the daemon's log is the same, and so is the whole parse result (model and
 * diagnostics) with and without the shortcut, for a main and an included file.
 */
class NtpNeutralUnitsTest {

  private static final long SEED = 0x6e65757472616c55L;

  /** Lines that touch what a reading does per daemon around the parse, among ordinary ones. */
  private static final List<String> SPECIAL_LINES = List.of("", "# a comment",
      "server 1.2.3.4 iburst # trailing", "end", "end 1.2.3.4", "simulate {", "}",
      "server 1.2.3.4 \0 minpoll 4", "refclock shm unit 0", "refclock nosuchdriver",
      "include /etc/ntp.d/x.conf server 1.2.3.4", "restrict default kod nomodify notrap",
      "server 1.2.3.4 \"\" prefer", "server 1.2.3.4 \" \" prefer", "\u00e9server 1.2.3.4",
      "keys /etc/ntp.keys", "crypto pw secret", "   ", "driftfile /var/lib/ntp/drift");

  static Gen<String> files() {
    Gen<String> special = integers().between(0, SPECIAL_LINES.size() - 1).map(SPECIAL_LINES::get);
    Gen<String> line = integers().between(0, 3).zip(special, NtpGrammarSharingTest.commandLines(),
        (pick, s, command) -> pick == 0 ? s : command);
    return lists().of(line).ofSizeBetween(1, 8).zip(booleans().all(),
        (lines, finalNewline) -> String.join("\n", lines) + (finalNewline ? "\n" : ""));
  }

  @Test
  void ntpsecTakingClassicsNeutralUnitsReadsThemAsItsOwnReadingDoes() {
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger units = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(3000).forAll(files()).checkAssert(text -> {
      SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
      for (boolean mainFile : List.of(true, false)) {
        Lexed lexed = NtpSyntaxReader.read(file, null);
        List<Unit> unitList = NtpConf.units(lexed);
        Reading classic = new Reading(NtpFlavour.CLASSIC, lexed, unitList, mainFile, null, true)
            .readAll(unitList);
        Reading shortcut = new Reading(NtpFlavour.NTPSEC, lexed, unitList, mainFile, classic,
            true).readAll(unitList);
        Reading own = new Reading(NtpFlavour.NTPSEC, lexed, unitList, mainFile, classic, false)
            .readAll(unitList);
        assertThat(shortcut.log()).as(text).isEqualTo(own.log());
        assertThat(shortcut.perUnit).as(text).hasSameSizeAs(own.perUnit);
        units.addAndGet(own.perUnit.size());
        for (int u = 0; u < own.perUnit.size(); u++) {
          if (shortcut.perUnit.get(u) == classic.perUnit.get(u)) {
            taken.incrementAndGet();
            assertSameOutcomes(text, shortcut.perUnit.get(u), own.perUnit.get(u));
          }
        }
        NtpParseResult withShortcut = NtpConf.read(file, NtpTarget.ANY, mainFile, true);
        NtpParseResult without = NtpConf.read(file, NtpTarget.ANY, mainFile, false);
        assertThat(withShortcut.diagnostics()).as(text).isEqualTo(without.diagnostics());
        assertThat(withShortcut.config().directives()).as(text)
            .isEqualTo(without.config().directives());
      }
    });
    // Not vacuous: a good part of the generated units are taken, and not all of them.
    assertThat(taken.get()).isGreaterThan(units.get() / 5).isLessThan(units.get());
  }

  @Test
  void unitsOnlyOneDaemonReadsItsWayAreNotTaken() {
    for (String line : List.of("end", "end 1.2.3.4", "refclock shm unit 0",
        "restrict default ippeerlimit 1", "server 1.2.3.4 \0 minpoll 4", "simulate {\n}",
        "restrict -6 ::1 mask ffff::", "server 1.2.3.4 stratum 20")) {
      assertThat(classicNeutralUnits(line + "\n")).as(line).isZero();
    }
    assertThat(classicNeutralUnits("server 1.2.3.4 iburst\n# comment\n\ndriftfile /x\n"))
        .isEqualTo(4);
  }

  private static int classicNeutralUnits(String text) {
    SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
    Lexed lexed = NtpSyntaxReader.read(file, null);
    List<Unit> units = NtpConf.units(lexed);
    return new Reading(NtpFlavour.CLASSIC, lexed, units, true, null, true).readAll(units)
        .neutralUnits.cardinality();
  }

  private static void assertSameOutcomes(String text, List<Outcome> taken, List<Outcome> own) {
    assertThat(taken).as(text).hasSameSizeAs(own);
    for (int i = 0; i < own.size(); i++) {
      Outcome a = taken.get(i);
      Outcome b = own.get(i);
      assertThat(a.command.toks()).as(text).isEqualTo(b.command.toks());
      assertThat(a.command.tokpos()).as(text).isEqualTo(b.command.tokpos());
      assertThat(a.command.endOfInput()).as(text).isEqualTo(b.command.endOfInput());
      assertThat(a.syntax).as(text).isEqualTo(b.syntax);
      NtpGrammarSharingTest.assertSameOutcome(text, a.result, b.result);
      assertThat(a.applied).as(text).isEqualTo(b.applied);
      assertThat(a.fatal).as(text).isEqualTo(b.fatal);
      assertThat(a.simulate).as(text).isEqualTo(b.simulate);
    }
  }
}
