package dev.ntplint.ntp.model;

import dev.ntplint.source.Span;

/** A typed value read from a command, with the exact bytes it came from. */
public sealed interface Value
    permits Value.IntValue, Value.DoubleValue, Value.BooleanValue, Value.TextValue,
        Value.SecretValue {

  Span span();

  /**
   * An integer token ({@code T_Integer}, or {@code T_U_int} where the grammar allows it).
   *
   * @param unsigned true for a {@code T_U_int}: a decimal above 2147483647 or a 0x hex number
   */
  record IntValue(long value, boolean unsigned, Span span) implements Value {}

  /** A number that is a double token ({@code T_Double}), or an integer where a number is read. */
  record DoubleValue(double value, Span span) implements Value {}

  /**
   * A boolean: {@code true}, or an integer (0 and 1 as such; ntpd reads any other integer as 1 and
   * says so).
   */
  record BooleanValue(boolean value, Span span) implements Value {}

  /** A string as ntpd reads it: quotes removed, bytes above 127 dropped. */
  record TextValue(String text, Span span) implements Value {}

  /** A secret ({@code crypto pw}): kept for the round trip, never shown. */
  record SecretValue(Secret secret, Span span) implements Value {}
}
