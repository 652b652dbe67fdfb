package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpOptionSpec;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.Optional;

/**
 * One option, flag or factor of a command ({@code minpoll 4}, {@code iburst}, {@code noquery}).
 *
 * @param kind which one
 * @param keyword the keyword as written (for two-word flags, both words)
 * @param value its value, absent for flags
 */
public record Option<K extends Enum<K> & NtpOptionSpec>(K kind, Word keyword, Optional<Value> value) {

  /** From the keyword to the end of the value. */
  public Span span() {
    return value.isPresent() ? keyword.span().union(value.get().span()) : keyword.span();
  }

  public long intValue() {
    Value v = value.orElseThrow();
    if (v instanceof Value.BooleanValue b) {
      return b.value() ? 1 : 0;
    }
    return ((Value.IntValue) v).value();
  }

  public double doubleValue() {
    Value v = value.orElseThrow();
    return v instanceof Value.DoubleValue d ? d.value() : ((Value.IntValue) v).value();
  }

  public String textValue() {
    return ((Value.TextValue) value.orElseThrow()).text();
  }

  public boolean booleanValue() {
    return ((Value.BooleanValue) value.orElseThrow()).value();
  }
}
