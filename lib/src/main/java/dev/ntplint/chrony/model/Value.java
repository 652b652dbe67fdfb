package dev.ntplint.chrony.model;

import dev.ntplint.source.Span;

/** A typed value read from a directive, with the exact bytes it came from. */
public sealed interface Value permits Value.IntValue, Value.DoubleValue, Value.TextValue {

  Span span();

  /** An integer as chronyd scanned it (sscanf %d / %u / %x, or strtol). */
  record IntValue(long value, Span span) implements Value {}

  /** A floating-point number as chronyd scanned it (sscanf %lf). */
  record DoubleValue(double value, Span span) implements Value {}

  /** A word taken verbatim: a path, a host, an interface, a keyword. */
  record TextValue(String text, Span span) implements Value {}
}
