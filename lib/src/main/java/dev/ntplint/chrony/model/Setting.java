package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/**
 * A directive with positional values: one value ({@code driftfile PATH}, {@code port 123},
 * {@code maxdistance 3}) or a fixed list ({@code makestep 1.0 3}, {@code maxchange 1000 1 2},
 * {@code broadcast 30 192.0.2.255 123}). The values are typed as chronyd scans them.
 */
public record Setting(DirectiveSyntax syntax, ChronyDirectiveKind directive, List<Value> values)
    implements ChronyDirective {

  public Setting {
    values = List.copyOf(values);
  }

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return directive.asOptional();
  }

  public Value value(int index) {
    return values.get(index);
  }

  /** The first value as text (the path of {@code driftfile}, the address of {@code bindaddress}...). */
  public String text() {
    Value v = values.get(0);
    return v instanceof Value.TextValue t ? t.text() : syntax().arguments().get(0).text();
  }

  public long intValue(int index) {
    return ((Value.IntValue) values.get(index)).value();
  }

  public double doubleValue(int index) {
    Value v = values.get(index);
    return v instanceof Value.DoubleValue d ? d.value() : ((Value.IntValue) v).value();
  }
}
