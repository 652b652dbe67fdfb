package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpOptionSpec;
import java.util.List;
import java.util.Optional;

/** Look-ups over a command's options; ntpd lets a later repetition win. */
public final class Options {

  private Options() {}

  /** The last occurrence of {@code kind}. */
  public static <K extends Enum<K> & NtpOptionSpec> Optional<Option<K>> last(List<Option<K>> options,
      K kind) {
    return Optional.ofNullable(OptionList.lastOrNull(options, kind));
  }

  public static <K extends Enum<K> & NtpOptionSpec> boolean has(List<Option<K>> options, K kind) {
    // No Optional: most questions are this one.
    return OptionList.lastOrNull(options, kind) != null;
  }
}
