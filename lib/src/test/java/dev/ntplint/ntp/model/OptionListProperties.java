package dev.ntplint.ntp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.NtpOptionSpec;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link OptionList} answers look-ups from its set of kinds: for any options, in any order and
 * with repetitions, every kind's look-up gives the very option a scan from the end gives, and the
 * list is equal to, hashed and printed as the list it copies.
 */
class OptionListProperties {

  private static final SourceFile FILE = SourceFile.ofText("t", "x y\n");

  @Test
  void everyLookUpGivesTheLastOptionOfItsKind() {
    qt().withExamples(2_000)
        .forAll(options(AssociationOption.values()))
        .checkAssert(written -> {
          List<Option<AssociationOption>> copy = OptionList.copyOf(written);
          Association association = new Association(null, AssociationType.SERVER, null, written);
          for (AssociationOption kind : AssociationOption.values()) {
            Option<AssociationOption> expected = lastByScan(written, kind);
            assertThat(OptionList.lastOrNull(copy, kind)).as("%s in %s", kind, written)
                .isSameAs(expected);
            assertThat(association.option(kind).orElse(null)).isSameAs(expected);
            assertThat(association.has(kind)).isEqualTo(expected != null);
          }
        });
  }

  @Test
  void isTheListItCopies() {
    qt().withExamples(1_000)
        .forAll(options(RestrictFlag.values()))
        .checkAssert(written -> {
          List<Option<RestrictFlag>> copy = OptionList.copyOf(written);
          assertThat(copy).isEqualTo(written).containsExactlyElementsOf(written);
          assertThat(written).isEqualTo(copy);
          assertThat(copy.hashCode()).isEqualTo(written.hashCode());
          assertThat(copy).hasToString(written.toString());
          assertThat(OptionList.copyOf(copy)).isSameAs(copy);
          // A look-up over any other list scans it.
          for (RestrictFlag kind : RestrictFlag.values()) {
            assertThat(OptionList.lastOrNull(written, kind)).isSameAs(lastByScan(written, kind));
          }
        });
  }

  @Test
  void isUnmodifiableAndHoldsNoNull() {
    Option<RestrictFlag> option = Option.of(RestrictFlag.NOQUERY, FILE, 0, 1, null);
    List<Option<RestrictFlag>> copy = OptionList.copyOf(new ArrayList<>(List.of(option)));
    assertThatThrownBy(() -> copy.add(option)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.set(0, option))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> copy.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> OptionList.copyOf(Arrays.asList(option, null)))
        .isInstanceOf(NullPointerException.class);
    assertThat(OptionList.copyOf(List.<Option<RestrictFlag>>of())).isEmpty();
    assertThatThrownBy(() -> OptionList.copyOf(Arrays.asList(null, option)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> OptionList.copyOf(Arrays.asList(option, option, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void findsAnOptionMadeWithoutAKind() {
    Option<RestrictFlag> kindless = Option.of(null, FILE, 0, 1, null);
    Option<RestrictFlag> noquery = Option.of(RestrictFlag.NOQUERY, FILE, 2, 3, null);
    List<Option<RestrictFlag>> copy = OptionList.copyOf(List.of(noquery, kindless));
    assertThat(OptionList.lastOrNull(copy, null)).isSameAs(kindless);
    assertThat(OptionList.lastOrNull(copy, RestrictFlag.NOQUERY)).isSameAs(noquery);
    assertThat(OptionList.lastOrNull(copy, RestrictFlag.IGNORE)).isNull();
  }

  /** Up to 8 options of random kinds (repeated kinds likely), each a distinct object. */
  private static <K extends Enum<K> & NtpOptionSpec> Gen<List<Option<K>>> options(K[] kinds) {
    return lists().of(integers().between(0, kinds.length - 1)).ofSizeBetween(0, 8)
        .map(ordinals -> {
          List<Option<K>> options = new ArrayList<>();
          for (int i = 0; i < ordinals.size(); i++) {
            // Alternate the two words of the file, so that equal kinds differ in their keyword.
            options.add(Option.of(kinds[ordinals.get(i)], FILE, 2 * (i % 2), 2 * (i % 2) + 1,
                null));
          }
          return options;
        });
  }

  private static <K extends Enum<K> & NtpOptionSpec> Option<K> lastByScan(List<Option<K>> options,
      K kind) {
    Option<K> last = null;
    for (Option<K> option : options) {
      if (option.kind() == kind) {
        last = option;
      }
    }
    return last;
  }
}
