package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpOptionSpec;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import dev.ntplint.source.WrittenRange;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One option, flag or factor of a command ({@code minpoll 4}, {@code iburst}, {@code noquery}).
 *
 * <p>A final class with the API, equality, hash and text of the record of {@code kind},
 * {@code keyword} and {@code value} it was. An option whose keyword is written as its kind spells
 * it (as every option read from a file but the two-word {@code serverresponse fuzz}) holds only
 * its kind, where its keyword starts and its value (or its file, for a flag); it makes its
 * {@link Word} when asked: a 20 MB ntp.conf has 728,177 options, whose keyword words and optionals
 * were a million of the objects its model kept, copied by every young collection, and the
 * option's range in fields of its own another 5.8 MB (issue 8, P4).
 *
 * @param <K> the command's option enum
 */
public final class Option<K extends Enum<K> & NtpOptionSpec> {

  private final K kind;
  private final int keywordStart;
  /**
   * For a keyword that is {@code kind.keyword()}'s bytes at keywordStart: the value, or for a flag
   * the file; otherwise (any other keyword word, or a value from another file) a {@link Written}.
   */
  private final Object rest;

  /** The keyword and value of an option whose keyword is not held as its kind and start. */
  private record Written(Word keyword, Value value) {}

  /**
   * @param kind which one
   * @param keyword the keyword as written (for two-word flags, both words)
   * @param value its value, absent for flags
   */
  public Option(K kind, Word keyword, Optional<Value> value) {
    this(kind, keyword.start(), restOf(kind, keyword, value.orElse(null)));
  }

  private Option(K kind, int keywordStart, Object rest) {
    this.kind = kind;
    this.keywordStart = keywordStart;
    this.rest = rest;
  }

  /** What {@link #rest} holds for {@code keyword} and {@code value} (null for a flag). */
  private static Object restOf(NtpOptionSpec kind, Word keyword, Value value) {
    if (kind != null && keyword.text().equals(kind.keyword())
        && compactRest(kind, keyword.file(), keyword.start(), keyword.end(), value)) {
      return value != null ? value : keyword.file();
    }
    return new Written(keyword, value);
  }

  /**
   * The option whose keyword is the bytes [keywordStart, keywordEnd) of {@code file} (a range
   * checked as {@link Span#checkRange} checks it), with {@code value}, or none for a flag when
   * null.
   */
  public static <K extends Enum<K> & NtpOptionSpec> Option<K> of(K kind, SourceFile file,
      int keywordStart, int keywordEnd, Value value) {
    // Checked without a word object: this runs for every option of every command (issue 8).
    Span.checkRange(file, keywordStart, keywordEnd);
    if (kind != null && compactRest(kind, file, keywordStart, keywordEnd, value)) {
      return new Option<>(kind, keywordStart, value != null ? value : file);
    }
    return new Option<>(kind, keywordStart,
        new Written(Word.of(file, keywordStart, keywordEnd), value));
  }

  /**
   * True when the keyword [start, end) of {@code file} is {@code kind.keyword()}'s bytes, so that
   * its end and text follow from the kind, and the value (if any) is in the same file, so that the
   * file follows from the value.
   */
  private static boolean compactRest(NtpOptionSpec kind, SourceFile file, int start, int end,
      Value value) {
    if (value != null && ((WrittenRange) value).file() != file) {
      return false;
    }
    return file.holdsAscii(start, end, kind.keyword());
  }

  /** Which one. */
  public K kind() {
    return kind;
  }

  /**
   * The keyword as written (for two-word flags, both words); a new word per call, sharing its
   * text with the kind's spelling, for a keyword written as that.
   */
  public Word keyword() {
    if (rest instanceof Written written) {
      return written.keyword();
    }
    String spelled = kind.keyword();
    return new Word(spelled, new Span(file(), keywordStart, keywordStart + spelled.length()));
  }

  private SourceFile file() {
    return rest instanceof WrittenRange value ? value.file() : (SourceFile) rest;
  }

  /** The value, or null for a flag. */
  private Value valueOrNull() {
    if (rest instanceof Written written) {
      return written.value();
    }
    return rest instanceof Value value ? value : null;
  }

  /** Its value, absent for flags. */
  public Optional<Value> value() {
    return Optional.ofNullable(valueOrNull());
  }

  /** From the keyword to the end of the value. */
  public Span span() {
    Value value = valueOrNull();
    if (rest instanceof Written written) {
      Span keyword = written.keyword().span();
      return value == null ? keyword : keyword.union(value.span());
    }
    int keywordEnd = keywordStart + kind.keyword().length();
    if (value == null) {
      return new Span(file(), keywordStart, keywordEnd);
    }
    WrittenRange range = (WrittenRange) value;
    return new Span(range.file(), Math.min(keywordStart, range.start()),
        Math.max(keywordEnd, range.end()));
  }

  /** The value; throws as {@code value().orElseThrow()} does for a flag, without the optional. */
  private Value present() {
    Value value = valueOrNull();
    if (value == null) {
      throw new NoSuchElementException("No value present");
    }
    return value;
  }

  public long intValue() {
    Value v = present();
    if (v instanceof Value.BooleanValue b) {
      return b.value() ? 1 : 0;
    }
    return ((Value.IntValue) v).value();
  }

  public double doubleValue() {
    Value v = present();
    return v instanceof Value.DoubleValue d ? d.value() : ((Value.IntValue) v).value();
  }

  public String textValue() {
    return ((Value.TextValue) present()).text();
  }

  public boolean booleanValue() {
    return ((Value.BooleanValue) present()).value();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Option<?> other && other.kind == kind && sameKeyword(other)
        && Objects.equals(other.valueOrNull(), valueOrNull());
  }

  /**
   * {@code other.keyword().equals(keyword())}; two keywords held as their kind's spelling (the
   * kinds being the same) are equal when they start at the same byte of the same file, compared
   * without making the words.
   */
  private boolean sameKeyword(Option<?> other) {
    if (!(rest instanceof Written) && !(other.rest instanceof Written)) {
      return other.keywordStart == keywordStart && other.file() == file();
    }
    return other.keyword().equals(keyword());
  }

  @Override
  public int hashCode() {
    return (31 * Objects.hashCode(kind) + keyword().hashCode()) * 31 + value().hashCode();
  }

  @Override
  public String toString() {
    return "Option[kind=" + kind + ", keyword=" + keyword() + ", value=" + value() + "]";
  }
}
