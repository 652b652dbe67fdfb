package dev.ntplint.chrony.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Options and values kept as byte ranges without Optional or Span objects (issue 8, P4) behave as
 * the records they replace: accessors, equality, hash and text.
 */
class CompactOptionsTest {

  private static final SourceFile FILE = SourceFile.ofText("t", "server a minpoll 4 iburst\n");

  @Test
  void valuesAreEqualByValueAndRangeWithTheRecordsHashAndText() {
    Span span = FILE.span(17, 18);
    Value.IntValue four = new Value.IntValue(4, span);
    assertThat(four.value()).isEqualTo(4);
    assertThat(four.span()).isEqualTo(span);
    assertThat(four).isEqualTo(new Value.IntValue(4, FILE.span(17, 18)))
        .isNotEqualTo(new Value.IntValue(5, span)).isNotEqualTo(new Value.IntValue(4, FILE.span(17, 17)))
        .isNotEqualTo(new Value.DoubleValue(4, span));
    // The hash a record (value, span) computes: 31 * h(value) + h(span).
    assertThat(four.hashCode()).isEqualTo(31 * Long.hashCode(4) + span.hashCode());
    assertThat(four).hasToString("IntValue[value=4, span=t:1:18]");
    Value.DoubleValue half = new Value.DoubleValue(0.5, span);
    assertThat(half).isEqualTo(new Value.DoubleValue(0.5, span))
        .hasSameHashCodeAs(new Value.DoubleValue(0.5, span))
        .hasToString("DoubleValue[value=0.5, span=t:1:18]");
    assertThat(new Value.DoubleValue(Double.NaN, span))
        .isEqualTo(new Value.DoubleValue(Double.NaN, span));
    assertThat(new Value.DoubleValue(0.0, span)).isNotEqualTo(new Value.DoubleValue(-0.0, span));
    Value.TextValue text = new Value.TextValue("4", span);
    assertThat(text.text()).isEqualTo("4");
    assertThat(text).isEqualTo(new Value.TextValue("4", span))
        .isNotEqualTo(new Value.TextValue("5", span))
        .hasToString("TextValue[text=4, span=t:1:18]");
    assertThat(text.hashCode()).isEqualTo(31 * "4".hashCode() + span.hashCode());
  }

  @Test
  void anOptionOfARangeIsTheOptionOfItsWord() {
    Value value = new Value.IntValue(4, FILE.span(17, 18));
    Option<SourceOption> ranged = Option.of(SourceOption.MINPOLL, FILE, 9, 16, value);
    Option<SourceOption> worded =
        new Option<>(SourceOption.MINPOLL, Word.of(FILE, 9, 16), Optional.of(value));
    assertThat(ranged).isEqualTo(worded).hasSameHashCodeAs(worded)
        .hasToString(worded.toString());
    assertThat(ranged.kind()).isEqualTo(SourceOption.MINPOLL);
    assertThat(ranged.keyword()).isEqualTo(Word.of(FILE, 9, 16));
    assertThat(ranged.keyword().text()).isEqualTo("minpoll");
    assertThat(ranged.value()).contains(value);
    assertThat(ranged.span()).isEqualTo(FILE.span(9, 18));
    assertThat(ranged.intValue()).isEqualTo(4);
    assertThat(ranged.doubleValue()).isEqualTo(4.0);
    // The hash a record (kind, keyword, value) computes.
    assertThat(ranged.hashCode()).isEqualTo((31 * SourceOption.MINPOLL.hashCode()
        + Word.of(FILE, 9, 16).hashCode()) * 31 + Optional.of(value).hashCode());
    assertThat(ranged).hasToString("Option[kind=MINPOLL, keyword=minpoll, value=Optional["
        + value + "]]");

    Option<SourceOption> flag = Option.of(SourceOption.IBURST, FILE, 19, 25, null);
    assertThat(flag.value()).isEmpty();
    assertThat(flag.span()).isEqualTo(FILE.span(19, 25));
    assertThat(flag).isEqualTo(
        new Option<>(SourceOption.IBURST, Word.of(FILE, 19, 25), Optional.empty()))
        .isNotEqualTo(ranged);
    assertThatThrownBy(flag::intValue).isInstanceOf(java.util.NoSuchElementException.class);
    assertThatThrownBy(() -> Option.of(SourceOption.IBURST, FILE, 19, 99, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOptionKeepsAKeywordWordWhoseTextIsNotItsBytes() {
    Word renamed = new Word("maxpoll", FILE.span(9, 16));
    Option<SourceOption> option = new Option<>(SourceOption.MINPOLL, renamed, Optional.empty());
    assertThat(option.keyword()).isSameAs(renamed);
    assertThat(option.keyword().text()).isEqualTo("maxpoll");
    assertThat(option).isNotEqualTo(Option.of(SourceOption.MINPOLL, FILE, 9, 16, null));
  }

  @Test
  void anyRangeGivesTheOptionItsWordWouldGive() {
    int length = FILE.length();
    qt().forAll(integers().between(0, length), integers().between(0, length))
        .checkAssert((start, extent) -> {
          int end = start + extent % (length - start + 1);
          Option<SourceOption> ranged = Option.of(SourceOption.PREFER, FILE, start, end, null);
          Word word = Word.of(FILE, start, end);
          assertThat(ranged.keyword()).isEqualTo(word);
          assertThat(ranged.span()).isEqualTo(word.span());
          assertThat(ranged).isEqualTo(
              new Option<>(SourceOption.PREFER, word, Optional.empty()))
              .hasSameHashCodeAs(new Option<>(SourceOption.PREFER, word, Optional.empty()));
        });
  }

  /** The record Subnet was, component for component. */
  record RecordedSubnet(String text, Optional<java.net.InetAddress> address, int prefixLength,
      Optional<String> hostName, Span span) {}

  @Test
  void aSubnetHasTheRecordsComponentsHashAndTextWhateverItsText() throws Exception {
    SourceFile file = SourceFile.ofText("t", "allow 10.1.0.0/16 n\u00e4me\n");
    var ten = java.net.InetAddress.getByAddress(new byte[] {10, 1, 0, 0});
    for (RecordedSubnet r : List.of(
        new RecordedSubnet("10.1.0.0/16", Optional.of(ten), 16, Optional.empty(),
            file.span(6, 17)),
        // Not the span's bytes: kept as given.
        new RecordedSubnet("10.1.0.0/17", Optional.of(ten), 16, Optional.empty(),
            file.span(6, 17)),
        new RecordedSubnet(null, Optional.empty(), -1, Optional.empty(), file.span(6, 17)),
        new RecordedSubnet("n\u00e4me", Optional.empty(), -1, Optional.of("n\u00e4me"),
            file.span(18, 23)))) {
      Subnet s = new Subnet(r.text(), r.address(), r.prefixLength(), r.hostName(), r.span());
      assertThat(new RecordedSubnet(s.text(), s.address(), s.prefixLength(), s.hostName(),
          s.span())).isEqualTo(r);
      assertThat(s.hashCode()).isEqualTo(r.hashCode());
      assertThat(s.toString()).isEqualTo(r.toString().replaceFirst("^RecordedSubnet", "Subnet"));
      assertThat(s).isEqualTo(
          new Subnet(r.text(), r.address(), r.prefixLength(), r.hostName(), r.span()));
      assertThat(s.isIpv6()).isFalse();
    }
    assertThat(new Subnet("10.1.0.0/16", Optional.of(ten), 16, Optional.empty(),
        file.span(6, 17))).isNotEqualTo(new Subnet("10.1.0.0/17", Optional.of(ten), 16,
        Optional.empty(), file.span(6, 17)));
    assertThat(new Subnet("::/0", Optional.of(java.net.InetAddress.getByName("::")), 0,
        Optional.empty(), file.span(0, 0)).isIpv6()).isTrue();
  }
}
