package dev.ntplint.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Word;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A {@link TimeSource} holding its optional numbers as primitives (issue 8, P4) has the accessors,
 * equality, hash and text of the record it was: checked against a record of the same components.
 */
class CompactTimeSourceTest {

  /** The record TimeSource was, component for component. */
  record Recorded(Dialect dialect, SourceKind kind, String address, Word addressWord,
      boolean iburst, boolean prefer, boolean noselect, OptionalInt minpoll, OptionalInt maxpoll,
      OptionalLong key, boolean nts, int maxSources, Optional<String> refid,
      DirectiveSyntax syntax) {}

  private static final DirectiveSyntax SYNTAX = ChronyConf.parse(
      SourceFile.ofText("t", "server a iburst minpoll 4 key 7\n")).config().directives().get(0)
      .syntax();

  @Test
  void everyComponentComesBackAndTheHashAndTextAreTheRecords() {
    for (Recorded r : List.of(
        new Recorded(Dialect.CHRONY, SourceKind.SERVER, "a", SYNTAX.arguments().get(0), true,
            false, true, OptionalInt.of(4), OptionalInt.empty(), OptionalLong.of(7), false, 1,
            Optional.empty(), SYNTAX),
        new Recorded(Dialect.NTP, SourceKind.POOL, "a", SYNTAX.arguments().get(0), false, true,
            false, OptionalInt.of(0), OptionalInt.of(-3), OptionalLong.empty(), true, 4,
            Optional.of("GPS"), SYNTAX))) {
      TimeSource t = of(r);
      assertThat(new Recorded(t.dialect(), t.kind(), t.address(), t.addressWord(), t.iburst(),
          t.prefer(), t.noselect(), t.minpoll(), t.maxpoll(), t.key(), t.nts(), t.maxSources(),
          t.refid(), t.syntax())).isEqualTo(r);
      assertThat(t.hashCode()).isEqualTo(r.hashCode());
      assertThat(t.toString()).isEqualTo(r.toString().replaceFirst("^Recorded", "TimeSource"));
      assertThat(t).isEqualTo(of(r)).hasSameHashCodeAs(of(r));
      assertThat(t.span()).isEqualTo(SYNTAX.span());
    }
    Recorded base = new Recorded(Dialect.CHRONY, SourceKind.SERVER, "a",
        SYNTAX.arguments().get(0), false, false, false, OptionalInt.empty(), OptionalInt.empty(),
        OptionalLong.empty(), false, 1, Optional.empty(), SYNTAX);
    // An absent number differs from a present zero.
    assertThat(of(base)).isNotEqualTo(of(new Recorded(base.dialect(), base.kind(),
        base.address(), base.addressWord(), false, false, false, OptionalInt.of(0),
        OptionalInt.empty(), OptionalLong.empty(), false, 1, Optional.empty(), SYNTAX)));
    assertThat(of(base)).isNotEqualTo(of(new Recorded(base.dialect(), base.kind(),
        base.address(), base.addressWord(), false, false, false, OptionalInt.empty(),
        OptionalInt.empty(), OptionalLong.of(0), false, 1, Optional.empty(), SYNTAX)));
    assertThat(of(base).usableCount()).isEqualTo(1);
  }

  private static TimeSource of(Recorded r) {
    return new TimeSource(r.dialect(), r.kind(), r.address(), r.addressWord(), r.iburst(),
        r.prefer(), r.noselect(), r.minpoll(), r.maxpoll(), r.key(), r.nts(), r.maxSources(),
        r.refid(), r.syntax());
  }
}
