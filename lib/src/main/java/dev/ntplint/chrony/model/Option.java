package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.OptionSpec;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.Optional;

/**
 * One option of an option-style directive ({@code minpoll 4}, {@code iburst}).
 *
 * @param kind which option
 * @param keyword the option word as written
 * @param value its value, absent for flags
 */
public record Option<K extends Enum<K> & OptionSpec>(K kind, Word keyword, Optional<Value> value) {

  /** From the keyword to the end of the value. */
  public Span span() {
    return value.map(v -> keyword.span().union(v.span())).orElse(keyword.span());
  }

  public long intValue() {
    return ((Value.IntValue) value.orElseThrow()).value();
  }

  public double doubleValue() {
    Value v = value.orElseThrow();
    return v instanceof Value.DoubleValue d ? d.value() : ((Value.IntValue) v).value();
  }

  public String textValue() {
    return ((Value.TextValue) value.orElseThrow()).text();
  }
}
