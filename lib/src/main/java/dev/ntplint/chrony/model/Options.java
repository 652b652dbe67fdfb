package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.OptionSpec;
import java.util.List;
import java.util.Optional;

/** Look-ups over a directive's options; chronyd lets a later repetition win. */
public final class Options {

  private Options() {}

  /** The last occurrence of {@code kind}, which is the one chronyd uses. */
  public static <K extends Enum<K> & OptionSpec> Optional<Option<K>> last(List<Option<K>> options, K kind) {
    // From the end, by index: the last one wins, and no iterator per call (a hot path, issue 8).
    for (int i = options.size() - 1; i >= 0; i--) {
      Option<K> option = options.get(i);
      if (option.kind() == kind) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }

  public static <K extends Enum<K> & OptionSpec> boolean has(List<Option<K>> options, K kind) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).kind() == kind) {
        return true;
      }
    }
    return false;
  }
}
