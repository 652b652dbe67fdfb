package dev.ntplint.view;

import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Word;
import java.util.Objects;

/**
 * A directive that names a file or directory ({@code driftfile}, {@code leapsectz}, {@code
 * keyfile}, {@code logdir}/{@code statsdir}...).
 *
 * @param directive the directive name as the dialect spells it (lower case)
 * @param value the path (or time zone, for {@code leapsectz}) as written
 * @param valueWord where it is written
 * @param syntax the directive
 */
public record PathSetting(String directive, String value, Word valueWord, DirectiveSyntax syntax) {

  public PathSetting {
    Objects.requireNonNull(directive, "directive");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(valueWord, "valueWord");
    Objects.requireNonNull(syntax, "syntax");
  }
}
