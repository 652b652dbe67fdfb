package dev.ntplint.chrony.model;

import dev.ntplint.source.Span;
import dev.ntplint.source.WrittenRange;
import java.util.Objects;

/**
 * A typed value read from a directive, with the exact bytes it came from.
 *
 * <p>The kinds are final classes with the API, equality, hash and text of the records they were,
 * holding the span's file and offsets rather than a {@link Span} object: a span per value was
 * 470,000 of the objects a 20 MB chrony.conf's model kept, copied by every young collection
 * (issue 8, P4). {@link #span()} makes a new span per call.
 */
public sealed interface Value permits Value.IntValue, Value.DoubleValue, Value.TextValue {

  Span span();

  /** An integer as chronyd scanned it (sscanf %d / %u / %x, or strtol). */
  final class IntValue extends WrittenRange implements Value {
    private final long value;

    public IntValue(long value, Span span) {
      super(span);
      this.value = value;
    }

    public long value() {
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IntValue v && v.value == value && sameRange(v);
    }

    @Override
    public int hashCode() {
      return 31 * Long.hashCode(value) + rangeHash();
    }

    @Override
    public String toString() {
      return "IntValue[value=" + value + ", span=" + span() + "]";
    }
  }

  /** A floating-point number as chronyd scanned it (sscanf %lf). */
  final class DoubleValue extends WrittenRange implements Value {
    private final double value;

    public DoubleValue(double value, Span span) {
      super(span);
      this.value = value;
    }

    public double value() {
      return value;
    }

    /** As the record's: the values compared as {@link Double#compare} does. */
    @Override
    public boolean equals(Object o) {
      return o instanceof DoubleValue v && Double.compare(v.value, value) == 0
          && sameRange(v);
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

  /** A word taken verbatim: a path, a host, an interface, a keyword. */
  final class TextValue extends WrittenRange implements Value {
    private final String text;

    public TextValue(String text, Span span) {
      super(span);
      this.text = text;
    }

    public String text() {
      return text;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TextValue v && Objects.equals(v.text, text)
          && sameRange(v);
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
}
