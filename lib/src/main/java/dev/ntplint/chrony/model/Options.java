package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.OptionSpec;
import java.util.List;
import java.util.Optional;

/** Look-ups over a directive's options; chronyd lets a later repetition win. */
public final class Options {

  private Options() {}

  /** The last occurrence of {@code kind}, which is the one chronyd uses. */
  public static <K extends Enum<K> & OptionSpec> Optional<Option<K>> last(List<Option<K>> options, K kind) {
    Option<K> found = null;
    for (Option<K> option : options) {
      if (option.kind() == kind) {
        found = option;
      }
    }
    return Optional.ofNullable(found);
  }

  public static <K extends Enum<K> & OptionSpec> boolean has(List<Option<K>> options, K kind) {
    return last(options, kind).isPresent();
  }
}
