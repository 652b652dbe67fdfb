package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.OptionSpec;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One option of an option-style directive ({@code minpoll 4}, {@code iburst}).
 *
 * <p>A final class with the API, equality, hash and text of the record of {@code kind},
 * {@code keyword} and {@code value} it was. An option read from a file ({@link #of}) holds its
 * keyword's byte range and makes the {@link Word} when asked, and holds its value without an
 * {@code Optional}: a 20 MB chrony.conf has 574,580 options, whose keyword words and optionals
 * were a million of the objects its model kept, copied by every young collection (issue 8, P4).
 *
 * @param <K> the directive's option enum
 */
public final class Option<K extends Enum<K> & OptionSpec> {

  private final K kind;
  /**
   * The file the keyword is in, or, for a keyword word given to the constructor whose text is not
   * its bytes decoded, that word itself.
   */
  private final Object keyword;
  private final int keywordStart;
  private final int keywordEnd;
  /** The value, or null for a flag. */
  private final Value value;

  /**
   * @param kind which option
   * @param keyword the option word as written
   * @param value its value, absent for flags
   */
  public Option(K kind, Word keyword, Optional<Value> value) {
    this(kind, keyword.isItsBytes() ? keyword.file() : keyword, keyword.start(), keyword.end(),
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
  public static <K extends Enum<K> & OptionSpec> Option<K> of(K kind, SourceFile file,
      int keywordStart, int keywordEnd, Value value) {
    // Checked without a word object: this runs for every option of every directive (issue 8).
    Span.checkRange(file, keywordStart, keywordEnd);
    return new Option<>(kind, file, keywordStart, keywordEnd, value);
  }

  /** Which option. */
  public K kind() {
    return kind;
  }

  /** The option word as written (a new word per call for an option read from a file). */
  public Word keyword() {
    return keyword instanceof Word word
        ? word : Word.of((SourceFile) keyword, keywordStart, keywordEnd);
  }

  /** Its value, absent for flags. */
  public Optional<Value> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Its value, null for a flag: {@link #value()} without an Optional, for code that reads every
   * option of every source (the batch's C1-compiled code makes every Optional it is handed; issue
   * 8).
   */
  public Value valueOrNull() {
    return value;
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

  public long intValue() {
    return ((Value.IntValue) present()).value();
  }

  public double doubleValue() {
    Value v = present();
    return v instanceof Value.DoubleValue d ? d.value() : ((Value.IntValue) v).value();
  }

  public String textValue() {
    return ((Value.TextValue) present()).text();
  }

  /** The value; throws as {@code value().orElseThrow()} does for a flag, without the optional. */
  private Value present() {
    if (value == null) {
      throw new NoSuchElementException("No value present");
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Option<?> other && other.kind == kind
        && other.keyword().equals(keyword()) && Objects.equals(other.value, value);
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
