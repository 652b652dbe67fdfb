package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.NtpKeyword;
import dev.ntplint.ntp.catalog.NtpOptionSpec;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.ntp.model.NtpAddress;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.RefclockAddress;
import dev.ntplint.ntp.model.Secret;
import dev.ntplint.ntp.model.Value;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.lang.reflect.RecordComponent;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * ntp.conf's options, values and addresses kept as byte ranges without Word, Span or Optional
 * objects (issue 8, P4) behave as the records they replace: each is compared with a copy of its
 * former record, component for component, with the record's hash and text.
 */
class NtpCompactModelTest {

  private static final long SEED = 0x6e7470436f6d7061L;

  private static final SourceFile FILE = SourceFile.ofText("t",
      "server a minpoll 4 iburst\nrestrict x serverresponse  fuzz\n");

  /** The records the classes were, component for component. */
  record RecordedOption<K extends Enum<K> & NtpOptionSpec>(K kind, Word keyword,
      Optional<Value> value) {}

  record RecordedIntValue(long value, boolean unsigned, Span span) {}

  record RecordedDoubleValue(double value, Span span) {}

  record RecordedBooleanValue(boolean value, Span span) {}

  record RecordedTextValue(String text, Span span) {}

  record RecordedSecretValue(Secret secret, Span span) {}

  record RecordedNtpAddress(Word word, String text, Optional<AddressFamily> family,
      Optional<InetAddress> numeric, OptionalInt prefixLength,
      Optional<RefclockAddress> refclock) {}

  /** The former record of {@code value}, as a record of the same components. */
  private static Record recorded(Value value) {
    if (value instanceof Value.IntValue v) {
      return new RecordedIntValue(v.value(), v.unsigned(), v.span());
    } else if (value instanceof Value.DoubleValue v) {
      return new RecordedDoubleValue(v.value(), v.span());
    } else if (value instanceof Value.BooleanValue v) {
      return new RecordedBooleanValue(v.value(), v.span());
    } else if (value instanceof Value.TextValue v) {
      return new RecordedTextValue(v.text(), v.span());
    }
    Value.SecretValue v = (Value.SecretValue) value;
    return new RecordedSecretValue(v.secret(), v.span());
  }

  /** {@code value} has its record's hash and text (the record's name less "Recorded"). */
  private static void assertLikeItsRecord(Object value, Record record) {
    assertThat(value.hashCode()).as("%s", record).isEqualTo(record.hashCode());
    assertThat(value.toString()).isEqualTo(record.toString().replaceFirst("^Recorded", ""));
  }

  @Test
  void valuesAreEqualByTheirComponentsWithTheRecordsHashAndText() {
    Span span = FILE.span(17, 18);
    Span other = FILE.span(17, 17);
    Secret secret = Secret.ofLatin1("s3cret");
    List<Value> values = List.of(
        new Value.IntValue(4, false, span), new Value.IntValue(4, true, span),
        new Value.IntValue(5, false, span), new Value.IntValue(4, false, other),
        new Value.DoubleValue(4, span), new Value.DoubleValue(0.0, span),
        new Value.DoubleValue(-0.0, span), new Value.DoubleValue(Double.NaN, span),
        new Value.BooleanValue(true, span), new Value.BooleanValue(false, span),
        new Value.BooleanValue(true, other), new Value.TextValue("4", span),
        new Value.TextValue("5", span), new Value.TextValue("4", other),
        new Value.SecretValue(secret, span), new Value.SecretValue(Secret.ofLatin1("x"), span));
    for (Value a : values) {
      Record ra = recorded(a);
      assertLikeItsRecord(a, ra);
      for (Value b : values) {
        assertThat(a.equals(b)).as("%s = %s", a, b).isEqualTo(ra.equals(recorded(b)));
      }
    }
    assertThat(new Value.DoubleValue(Double.NaN, span))
        .isEqualTo(new Value.DoubleValue(Double.NaN, FILE.span(17, 18)));
    assertThat(new Value.SecretValue(secret, span)).hasToString(
        "SecretValue[secret=" + Secret.REDACTED + ", span=t:1:18]");
    assertThat(new Value.IntValue(4, true, span))
        .hasToString("IntValue[value=4, unsigned=true, span=t:1:18]");
  }

  @Test
  void aValueOfARangeIsTheValueOfItsSpan() {
    Span span = FILE.span(17, 18);
    assertThat(Value.IntValue.of(4, true, FILE, 17, 18))
        .isEqualTo(new Value.IntValue(4, true, span));
    assertThat(Value.DoubleValue.of(0.5, FILE, 17, 18))
        .isEqualTo(new Value.DoubleValue(0.5, span));
    assertThat(Value.BooleanValue.of(true, FILE, 17, 18))
        .isEqualTo(new Value.BooleanValue(true, span));
    assertThat(Value.TextValue.of("4", FILE, 17, 18))
        .isEqualTo(new Value.TextValue("4", span));
    assertThat(Value.TextValue.of("4", FILE, 17, 18).span()).isEqualTo(span);
    assertThatThrownBy(() -> Value.IntValue.of(4, false, FILE, 17, 999))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Value.TextValue.of("4", FILE, 18, 17))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOptionOfARangeIsTheOptionOfItsWord() {
    Value value = Value.IntValue.of(4, false, FILE, 17, 18);
    Option<AssociationOption> ranged = Option.of(AssociationOption.MINPOLL, FILE, 9, 16, value);
    Word minpoll = Word.of(FILE, 9, 16);
    Option<AssociationOption> worded =
        new Option<>(AssociationOption.MINPOLL, minpoll, Optional.of(value));
    assertThat(ranged).isEqualTo(worded).hasSameHashCodeAs(worded).hasToString(worded.toString());
    assertLikeItsRecord(ranged,
        new RecordedOption<>(AssociationOption.MINPOLL, minpoll, Optional.of(value)));
    assertThat(ranged.kind()).isEqualTo(AssociationOption.MINPOLL);
    assertThat(ranged.keyword()).isEqualTo(minpoll);
    assertThat(ranged.keyword().text()).isEqualTo("minpoll");
    assertThat(ranged.value()).contains(value);
    assertThat(ranged.span()).isEqualTo(FILE.span(9, 18));
    assertThat(ranged.intValue()).isEqualTo(4);
    assertThat(ranged.doubleValue()).isEqualTo(4.0);
    assertThat(ranged).isNotEqualTo(Option.of(AssociationOption.MAXPOLL, FILE, 9, 16, value))
        .isNotEqualTo(Option.of(AssociationOption.MINPOLL, FILE, 9, 15, value))
        .isNotEqualTo(Option.of(AssociationOption.MINPOLL, FILE, 9, 16, null));

    Option<AssociationOption> flag = Option.of(AssociationOption.IBURST, FILE, 19, 25, null);
    assertThat(flag.value()).isEmpty();
    assertThat(flag.span()).isEqualTo(FILE.span(19, 25));
    assertThat(flag).isEqualTo(
        new Option<>(AssociationOption.IBURST, Word.of(FILE, 19, 25), Optional.empty()));
    assertLikeItsRecord(flag,
        new RecordedOption<>(AssociationOption.IBURST, Word.of(FILE, 19, 25), Optional.empty()));
    assertThatThrownBy(flag::intValue).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(flag::doubleValue).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(flag::textValue).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(flag::booleanValue).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> Option.of(AssociationOption.IBURST, FILE, 19, 999, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOptionReadsItsValueAsTheRecordDid() {
    Option<AssociationOption> yes = Option.of(AssociationOption.MINPOLL, FILE, 9, 16,
        Value.BooleanValue.of(true, FILE, 17, 18));
    assertThat(yes.intValue()).isEqualTo(1);
    assertThat(yes.booleanValue()).isTrue();
    assertThat(Option.of(AssociationOption.MINPOLL, FILE, 9, 16,
        Value.BooleanValue.of(false, FILE, 17, 18)).intValue()).isZero();
    assertThat(Option.of(AssociationOption.MINPOLL, FILE, 9, 16,
        Value.DoubleValue.of(0.5, FILE, 17, 18)).doubleValue()).isEqualTo(0.5);
    assertThat(Option.of(AssociationOption.MINPOLL, FILE, 9, 16,
        Value.TextValue.of("4", FILE, 17, 18)).textValue()).isEqualTo("4");
    assertThatThrownBy(() -> Option.of(AssociationOption.MINPOLL, FILE, 9, 16,
        Value.TextValue.of("4", FILE, 17, 18)).intValue()).isInstanceOf(ClassCastException.class);
  }

  @Test
  void aTwoWordFlagKeepsItsKeywordWord() {
    // Two blanks between the words: the word's text is not its bytes.
    Word first = Word.of(FILE, 37, 51);
    Word second = Word.of(FILE, 53, 57);
    Word both = new Word(first.text() + " " + second.text(), first.span().union(second.span()));
    Option<RestrictFlag> fuzz =
        new Option<>(RestrictFlag.SERVERRESPONSE_FUZZ, both, Optional.empty());
    assertThat(fuzz.keyword()).isSameAs(both);
    assertThat(fuzz.keyword().text()).isEqualTo("serverresponse fuzz");
    assertThat(fuzz.span()).isEqualTo(FILE.span(37, 57));
    assertLikeItsRecord(fuzz,
        new RecordedOption<>(RestrictFlag.SERVERRESPONSE_FUZZ, both, Optional.empty()));
    assertThat(fuzz).isEqualTo(
        new Option<>(RestrictFlag.SERVERRESPONSE_FUZZ, both, Optional.empty()))
        .isNotEqualTo(Option.of(RestrictFlag.SERVERRESPONSE_FUZZ, FILE, 37, 57, null));
  }

  @Test
  void anOptionKeepsAKeywordOrValueItCannotTellFromItsKindAndRange() {
    // Its bytes spell the kind, its text does not.
    Word renamed = new Word("maxpoll", FILE.span(9, 16));
    Option<AssociationOption> option =
        new Option<>(AssociationOption.MINPOLL, renamed, Optional.empty());
    assertThat(option.keyword()).isSameAs(renamed);
    assertThat(option).isNotEqualTo(Option.of(AssociationOption.MINPOLL, FILE, 9, 16, null));
    assertLikeItsRecord(option,
        new RecordedOption<>(AssociationOption.MINPOLL, renamed, Optional.empty()));
    // A value from another file: the span is the keyword's file's, as the record's union was.
    SourceFile other = SourceFile.ofText("u", "4 and more text\n");
    Value elsewhere = Value.IntValue.of(4, false, other, 0, 1);
    Option<AssociationOption> ranged =
        Option.of(AssociationOption.MINPOLL, FILE, 9, 16, elsewhere);
    Word minpoll = Word.of(FILE, 9, 16);
    assertThat(ranged.value()).containsSame(elsewhere);
    assertThat(ranged.keyword()).isEqualTo(minpoll);
    assertThat(ranged.span()).isEqualTo(minpoll.span().union(elsewhere.span()));
    assertThat(ranged).isEqualTo(
        new Option<>(AssociationOption.MINPOLL, minpoll, Optional.of(elsewhere)))
        .isNotEqualTo(Option.of(AssociationOption.MINPOLL, FILE, 9, 16,
            Value.IntValue.of(4, false, FILE, 17, 18)));
    assertLikeItsRecord(ranged,
        new RecordedOption<>(AssociationOption.MINPOLL, minpoll, Optional.of(elsewhere)));
    // A keyword written as its kind spells it shares the spelling as its text.
    assertThat(Option.of(AssociationOption.MINPOLL, FILE, 9, 16, null).keyword().text())
        .isSameAs(AssociationOption.MINPOLL.keyword());
  }

  @Test
  void anyRangeGivesTheOptionItsWordWouldGive() {
    int length = FILE.length();
    qt().withFixedSeed(SEED).forAll(integers().between(0, length), integers().between(0, length))
        .checkAssert((start, extent) -> {
          int end = start + extent % (length - start + 1);
          Option<AssociationOption> ranged =
              Option.of(AssociationOption.PREFER, FILE, start, end, null);
          Word word = Word.of(FILE, start, end);
          Option<AssociationOption> worded =
              new Option<>(AssociationOption.PREFER, word, Optional.empty());
          assertThat(ranged.keyword()).isEqualTo(word);
          assertThat(ranged.span()).isEqualTo(word.span());
          assertThat(ranged).isEqualTo(worded).hasSameHashCodeAs(worded);
        });
  }

  @Test
  void anAddressHasTheRecordsComponentsHashAndText() throws Exception {
    SourceFile file = SourceFile.ofText("t",
        "server -4 10.0.0.1 \"10.0.0.1\" 10.0.0.0/8 127.127.28.1 a\u00e9.example.com [::1]\n");
    InetAddress ten = InetAddress.getByName("10.0.0.1");
    List<RecordedNtpAddress> records = List.of(
        new RecordedNtpAddress(Word.of(file, 10, 18), "10.0.0.1", Optional.of(AddressFamily.IPV4),
            Optional.of(ten), OptionalInt.empty(), Optional.empty()),
        new RecordedNtpAddress(Word.of(file, 19, 29), "10.0.0.1", Optional.empty(),
            Optional.of(ten), OptionalInt.empty(), Optional.empty()),
        new RecordedNtpAddress(Word.of(file, 30, 40), "10.0.0.0/8", Optional.empty(),
            Optional.of(InetAddress.getByName("10.0.0.0")), OptionalInt.of(8), Optional.empty()),
        new RecordedNtpAddress(Word.of(file, 41, 53), "127.127.28.1", Optional.empty(),
            Optional.of(InetAddress.getByName("127.127.28.1")), OptionalInt.empty(),
            Optional.of(RefclockAddress.of(28, 1))),
        new RecordedNtpAddress(Word.of(file, 54, 69), "a.example.com",
            Optional.of(AddressFamily.IPV6), Optional.empty(), OptionalInt.empty(),
            Optional.empty()),
        new RecordedNtpAddress(Word.of(file, 70, 75), "[::1]", Optional.empty(),
            Optional.of(InetAddress.getByName("::1")), OptionalInt.empty(), Optional.empty()),
        // A word whose text is not its bytes is kept as given.
        new RecordedNtpAddress(new Word("10.0.0.1", file.span(19, 29)), "10.0.0.1",
            Optional.empty(), Optional.of(ten), OptionalInt.empty(), Optional.empty()));
    List<NtpAddress> addresses = new ArrayList<>();
    for (RecordedNtpAddress r : records) {
      NtpAddress a = new NtpAddress(r.word(), r.text(), r.family(), r.numeric(),
          r.prefixLength(), r.refclock());
      assertThat(new RecordedNtpAddress(a.word(), a.text(), a.family(), a.numeric(),
          a.prefixLength(), a.refclock())).isEqualTo(r);
      assertThat(a.hashCode()).isEqualTo(r.hashCode());
      assertThat(a.span()).isEqualTo(r.word().span());
      assertThat(a.isNumeric()).isEqualTo(r.numeric().isPresent());
      assertThat(a.hostName()).isEqualTo(r.numeric().isPresent()
          ? Optional.empty() : Optional.of(r.text()));
      assertThat(a).isEqualTo(NtpAddress.of(r.word(), r.text(), r.family()));
      if (r.word().text().equals(r.word().span().text())) {
        assertThat(a).isEqualTo(NtpAddress.of(file, r.word().start(), r.word().end(), r.text(),
            r.family()));
      }
      addresses.add(a);
    }
    for (int i = 0; i < records.size(); i++) {
      for (int j = 0; j < records.size(); j++) {
        assertThat(addresses.get(i).equals(addresses.get(j)))
            .isEqualTo(records.get(i).equals(records.get(j)));
      }
    }
    assertThat(addresses.get(0)).hasToString("-4 10.0.0.1");
    assertThat(addresses.get(4)).hasToString("-6 a.example.com");
    assertThat(addresses.get(4).isIpv6()).isTrue();
    assertThat(addresses.get(5).isIpv6()).isTrue();
    assertThat(addresses.get(0).isIpv6()).isFalse();
    assertThat(addresses.get(1)).hasToString("10.0.0.1");
    assertThat(addresses.get(6).word()).isSameAs(records.get(6).word());
    // A word read from the file shares the address's text when that is its bytes.
    assertThat(addresses.get(0).word().text()).isSameAs(addresses.get(0).text());
    assertThat(addresses.get(1).word().text()).isEqualTo("\"10.0.0.1\"");
    assertThat(addresses.get(4).word().text()).isEqualTo("a\u00e9.example.com");
    // Read again elsewhere: as if read there, the parts shared.
    NtpAddress again = addresses.get(0).readAgainAt(file, 19, 29, Optional.empty());
    assertThat(again).isEqualTo(addresses.get(1));
    assertThat(again.text()).isSameAs(addresses.get(0).text());
    assertThat(again.numeric().get()).isSameAs(addresses.get(0).numeric().get());
    assertThatThrownBy(() -> addresses.get(0).readAgainAt(file, 19, 999, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NtpAddress.of(file, 30, 20, "x", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Commands with options of every value kind, addresses, secrets, quotes and high bytes. */
  private static final List<String> PIECES = new ArrayList<>(List.of("server", "pool", "peer",
      "restrict", "fudge", "crypto", "pw", "s3cret", "filegen", "type", "day", "trap", "port",
      "interface", "tinker", "tos", "enable", "disable", "minpoll", "4", "iburst", "prefer", "key",
      "7", "0", "1", "2", "true", "0.5", "-3", "4294967296", "0x1f", "serverresponse", "fuzz",
      "nomodify", "mask", "255.0.0.0", "10.0.0.1", "\"10.0.0.1\"", "10.0.0.0/8", "[::1]",
      "127.127.28.0", "ntp.example.com", "a\u00e9b", "\"quoted\"", "time1", "flag1", "stratum",
      "-4", "-6"));

  static {
    for (NtpKeyword k : NtpKeyword.values()) {
      PIECES.add(k.text());
    }
  }

  private static Gen<String> configs() {
    return PieceConfigs.of(PIECES, List.of(" ", " ", " ", "  ", "\n"));
  }

  @Test
  void whatTheReaderMakesIsWhatItsRecordsWouldHold() {
    qt().withFixedSeed(SEED).withExamples(1500).forAll(configs()).checkAssert(text -> {
      SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
      for (NtpTarget target : NtpTarget.values()) {
        List<Object> parts = new ArrayList<>();
        for (Object d : NtpConf.parse(file, target).config().directives()) {
          collect(d, parts);
        }
        for (Object part : parts) {
          if (part instanceof Option<?> o) {
            assertOptionLikeItsRecord(o);
            Word keyword = o.keyword();
            if (o.kind() != RestrictFlag.SERVERRESPONSE_FUZZ) {
              assertThat(keyword).as(text).isEqualTo(Word.of(file, keyword.start(),
                  keyword.end()));
            }
            Span expected = o.value().map(v -> keyword.span().union(v.span()))
                .orElse(keyword.span());
            assertThat(o.span()).isEqualTo(expected);
          } else if (part instanceof Value v) {
            assertLikeItsRecord(v, recorded(v));
          } else if (part instanceof NtpAddress a) {
            RecordedNtpAddress r = new RecordedNtpAddress(a.word(), a.text(), a.family(),
                a.numeric(), a.prefixLength(), a.refclock());
            assertThat(a.hashCode()).isEqualTo(r.hashCode());
            assertThat(a).isEqualTo(new NtpAddress(r.word(), r.text(), r.family(), r.numeric(),
                r.prefixLength(), r.refclock()));
            assertThat(a.word().text()).isEqualTo(a.span().text());
          }
        }
      }
    });
  }

  private static <K extends Enum<K> & NtpOptionSpec> void assertOptionLikeItsRecord(
      Option<K> o) {
    assertLikeItsRecord(o, new RecordedOption<>(o.kind(), o.keyword(), o.value()));
    assertThat(o).isEqualTo(new Option<>(o.kind(), o.keyword(), o.value()));
  }

  /** The options, values and addresses in {@code value}, through records, lists and optionals. */
  private static void collect(Object value, List<Object> into) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collect(v, into));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> collect(v, into));
    } else if (value instanceof Option<?> o) {
      into.add(o);
      o.value().ifPresent(v -> collect(v, into));
    } else if (value instanceof Value || value instanceof NtpAddress) {
      into.add(value);
    } else if (value instanceof Record r) {
      for (RecordComponent component : r.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(r), into);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
