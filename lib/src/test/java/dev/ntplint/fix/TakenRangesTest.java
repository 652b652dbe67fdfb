package dev.ntplint.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ntplint.chrony.properties.PropertyRun;
import dev.ntplint.source.TextEdit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A pass's taken ranges answer as the comparison of an edit with every edit taken before did: an
 * edit is refused when its closed range meets a taken one's, touching included.
 */
class TakenRangesTest {

  @Test
  void anEditTouchingATakenOneAtEitherEndIsRefused() {
    TakenRanges taken = new TakenRanges();
    taken.addAll(List.of(TextEdit.delete(10, 20)));

    assertThat(taken.touchesAny(List.of(TextEdit.delete(20, 25)))).isTrue();
    assertThat(taken.touchesAny(List.of(TextEdit.delete(5, 10)))).isTrue();
    assertThat(taken.touchesAny(List.of(TextEdit.insert(15, "x")))).isTrue();
    assertThat(taken.touchesAny(List.of(TextEdit.delete(0, 9), TextEdit.insert(21, "x"))))
        .isFalse();
    assertThat(taken.touchesAny(List.of(TextEdit.delete(0, 9), TextEdit.insert(20, "x"))))
        .isTrue();
  }

  @Test
  void aRangeSpanningSeveralTakenOnesIsRefusedAndMergesThem() {
    TakenRanges taken = new TakenRanges();
    taken.addAll(List.of(TextEdit.delete(10, 12), TextEdit.insert(30, "x")));
    taken.addAll(List.of(TextEdit.delete(40, 50)));

    assertThat(taken.touchesAny(List.of(TextEdit.delete(0, 100)))).isTrue();
    assertThat(taken.touchesAny(List.of(TextEdit.delete(13, 29)))).isFalse();
    assertThat(taken.touchesAny(List.of(TextEdit.delete(31, 39)))).isFalse();

    // One range over all three: what lay between them is covered now.
    taken.addAll(List.of(TextEdit.delete(11, 45)));
    assertThat(taken.touchesAny(List.of(TextEdit.delete(13, 29)))).isTrue();
    assertThat(taken.touchesAny(List.of(TextEdit.insert(51, "x")))).isFalse();
  }

  /** One fix: one to three edits of up to five bytes in the first 80. */
  private static Gen<List<TextEdit>> fixes() {
    Gen<TextEdit> edit = integers().between(0, 80).zip(integers().between(0, 5),
        (start, length) -> length == 0 ? TextEdit.insert(start, "x")
            : TextEdit.delete(start, start + length));
    return lists().of(edit).ofSizeBetween(1, 3);
  }

  @Test
  void decidesAsTheComparisonWithEveryTakenEdit() {
    PropertyRun run = PropertyRun.named("taken ranges = pairwise comparison", 2000);
    try {
      run.qt().forAll(lists().of(fixes()).ofSizeBetween(1, 40)).checkAssert(offered -> {
        run.ran();
        TakenRanges ranges = new TakenRanges();
        List<TextEdit> takenEdits = new ArrayList<>();
        for (List<TextEdit> fix : offered) {
          boolean pairwise = fix.stream().anyMatch(e -> takenEdits.stream()
              .anyMatch(t -> e.start() <= t.end() && t.start() <= e.end()));
          assertThat(ranges.touchesAny(fix)).as("fix %s after %s", fix, takenEdits)
              .isEqualTo(pairwise);
          if (!pairwise) {
            ranges.addAll(fix);
            takenEdits.addAll(fix);
          }
        }
      });
    } finally {
      run.report();
    }
  }
}
