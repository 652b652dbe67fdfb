package dev.ntplint.ntp.model;

import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.WrittenRange;
import java.util.Objects;

/**
 * A typed value read from a command, with the exact bytes it came from.
 *
 * <p>The kinds are final classes with the API, equality, hash and text of the records they were,
 * holding the span's file and offsets rather than a {@link Span} object: a span per value was
 * 340,000 of the objects a 20 MB ntp.conf's model kept, copied by every young collection (issue 8,
 * P4). {@link #span()} makes a new span per call. The {@code of} factories take the offsets, so
 * that the reader makes no span either.
 */
public sealed interface Value
    permits Value.IntValue, Value.DoubleValue, Value.BooleanValue, Value.TextValue,
        Value.SecretValue {

  Span span();

  /** An integer token ({@code T_Integer}, or {@code T_U_int} where the grammar allows it). */
  final class IntValue extends WrittenRange implements Value {
    private final long value;
    private final boolean unsigned;

    /**
     * @param value the value
     * @param unsigned true for a {@code T_U_int}: a decimal above 2147483647 or a 0x hex number
     * @param span where it is written
     */
    public IntValue(long value, boolean unsigned, Span span) {
      super(span);
      this.value = value;
      this.unsigned = unsigned;
    }

    private IntValue(long value, boolean unsigned, SourceFile file, int start, int end) {
      super(file, start, end);
      this.value = value;
      this.unsigned = unsigned;
    }

    /** The value written at [start, end) of {@code file} (checked as {@link Span} checks it). */
    public static IntValue of(long value, boolean unsigned, SourceFile file, int start, int end) {
      Span.checkRange(file, start, end);
      return new IntValue(value, unsigned, file, start, end);
    }

    public long value() {
      return value;
    }

    /** True for a {@code T_U_int}: a decimal above 2147483647 or a 0x hex number. */
    public boolean unsigned() {
      return unsigned;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IntValue v && v.value == value && v.unsigned == unsigned && sameRange(v);
    }

    @Override
    public int hashCode() {
      return (31 * Long.hashCode(value) + Boolean.hashCode(unsigned)) * 31 + rangeHash();
    }

    @Override
    public String toString() {
      return "IntValue[value=" + value + ", unsigned=" + unsigned + ", span=" + span() + "]";
    }
  }

  /** A number that is a double token ({@code T_Double}), or an integer where a number is read. */
  final class DoubleValue extends WrittenRange implements Value {
    private final double value;

    public DoubleValue(double value, Span span) {
      super(span);
      this.value = value;
    }

    private DoubleValue(double value, SourceFile file, int start, int end) {
      super(file, start, end);
      this.value = value;
    }

    /** The value written at [start, end) of {@code file} (checked as {@link Span} checks it). */
    public static DoubleValue of(double value, SourceFile file, int start, int end) {
      Span.checkRange(file, start, end);
      return new DoubleValue(value, file, start, end);
    }

    public double value() {
      return value;
    }

    /** As the record's: the values compared as {@link Double#compare} does. */
    @Override
    public boolean equals(Object o) {
      return o instanceof DoubleValue v && Double.compare(v.value, value) == 0 && sameRange(v);
    }

    @Override
    public int hashCode() {
      return 31 * Double.hashCode(value) + rangeHash();
    }

    @Override
    public String toString() {
      return "DoubleValue[value=" + value + ", span=" + span() + "]";
    }
  }

  /**
   * A boolean: {@code true}, or an integer (0 and 1 as such; ntpd reads any other integer as 1 and
   * says so).
   */
  final class BooleanValue extends WrittenRange implements Value {
    private final boolean value;

    public BooleanValue(boolean value, Span span) {
      super(span);
      this.value = value;
    }

    private BooleanValue(boolean value, SourceFile file, int start, int end) {
      super(file, start, end);
      this.value = value;
    }

    /** The value written at [start, end) of {@code file} (checked as {@link Span} checks it). */
    public static BooleanValue of(boolean value, SourceFile file, int start, int end) {
      Span.checkRange(file, start, end);
      return new BooleanValue(value, file, start, end);
    }

    public boolean value() {
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BooleanValue v && v.value == value && sameRange(v);
    }

    @Override
    public int hashCode() {
      return 31 * Boolean.hashCode(value) + rangeHash();
    }

    @Override
    public String toString() {
      return "BooleanValue[value=" + value + ", span=" + span() + "]";
    }
  }

  /** A string as ntpd reads it: quotes removed, bytes above 127 dropped. */
  final class TextValue extends WrittenRange implements Value {
    private final String text;

    public TextValue(String text, Span span) {
      super(span);
      this.text = text;
    }

    private TextValue(String text, SourceFile file, int start, int end) {
      super(file, start, end);
      this.text = text;
    }

    /** The text written at [start, end) of {@code file} (checked as {@link Span} checks it). */
    public static TextValue of(String text, SourceFile file, int start, int end) {
      Span.checkRange(file, start, end);
      return new TextValue(text, file, start, end);
    }

    public String text() {
      return text;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TextValue v && Objects.equals(v.text, text) && sameRange(v);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(text) + rangeHash();
    }

    @Override
    public String toString() {
      return "TextValue[text=" + text + ", span=" + span() + "]";
    }
  }

  /** A secret ({@code crypto pw}): kept for the round trip, never shown. */
  final class SecretValue extends WrittenRange implements Value {
    private final Secret secret;

    public SecretValue(Secret secret, Span span) {
      super(span);
      this.secret = secret;
    }

    public Secret secret() {
      return secret;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SecretValue v && Objects.equals(v.secret, secret) && sameRange(v);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(secret) + rangeHash();
    }

    /** As the record's: the secret shows as {@link Secret#REDACTED}. */
    @Override
    public String toString() {
      return "SecretValue[secret=" + secret + ", span=" + span() + "]";
    }
  }
}
