package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpOptionSpec;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One option, flag or factor of a command ({@code minpoll 4}, {@code iburst}, {@code noquery}).
 *
 * <p>A final class with the API, equality, hash and text of the record of {@code kind},
 * {@code keyword} and {@code value} it was. An option read from a file ({@link #of}) holds its
 * keyword's byte range and makes the {@link Word} when asked, and holds its value without an
 * {@code Optional}: a 20 MB ntp.conf has 728,177 options, whose keyword words and optionals were a
 * million of the objects its model kept, copied by every young collection (issue 8, P4).
 *
 * @param <K> the command's option enum
 */
public final class Option<K extends Enum<K> & NtpOptionSpec> {

  private final K kind;
  /**
   * The file the keyword is in, or, for a keyword word given to the constructor whose text is not
   * its bytes decoded (as a two-word flag's {@code serverresponse fuzz}), that word itself.
   */
  private final Object keyword;
  private final int keywordStart;
  private final int keywordEnd;
  /** The value, or null for a flag. */
  private final Value value;

  /**
   * @param kind which one
   * @param keyword the keyword as written (for two-word flags, both words)
   * @param value its value, absent for flags
   */
  public Option(K kind, Word keyword, Optional<Value> value) {
    this(kind, keepsItsBytes(keyword) ? keyword.file() : keyword, keyword.start(), keyword.end(),
        value.orElse(null));
  }

  private Option(K kind, Object keyword, int keywordStart, int keywordEnd, Value value) {
    this.kind = kind;
    this.keyword = keyword;
    this.keywordStart = keywordStart;
    this.keywordEnd = keywordEnd;
    this.value = value;
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
    return new Option<>(kind, file, keywordStart, keywordEnd, value);
  }

  /** True when {@code word} is what {@link Word#of} makes of its range: its bytes, decoded. */
  private static boolean keepsItsBytes(Word word) {
    return word.text().equals(word.file().text(word.start(), word.end()));
  }

  /** Which one. */
  public K kind() {
    return kind;
  }

  /**
   * The keyword as written (for two-word flags, both words); a new word per call for an option
   * read from a file.
   */
  public Word keyword() {
    return keyword instanceof Word word
        ? word : Word.of((SourceFile) keyword, keywordStart, keywordEnd);
  }

  /** Its value, absent for flags. */
  public Optional<Value> value() {
    return Optional.ofNullable(value);
  }

  /** From the keyword to the end of the value. */
  public Span span() {
    SourceFile file = keyword instanceof Word word ? word.file() : (SourceFile) keyword;
    if (value == null) {
      return new Span(file, keywordStart, keywordEnd);
    }
    Span v = value.span();
    return new Span(file, Math.min(keywordStart, v.start()), Math.max(keywordEnd, v.end()));
  }

  /** The value; throws as {@code value().orElseThrow()} does for a flag, without the optional. */
  private Value present() {
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
        && Objects.equals(other.value, value);
  }

  /**
   * {@code other.keyword().equals(keyword())}; two keywords read from a file are equal when their
   * ranges are (each is its bytes decoded), compared without making or decoding the words.
   */
  private boolean sameKeyword(Option<?> other) {
    if (keyword instanceof SourceFile && other.keyword instanceof SourceFile) {
      return other.keyword == keyword && other.keywordStart == keywordStart
          && other.keywordEnd == keywordEnd;
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
