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
    return Optional.ofNullable(lastOrNull(options, kind));
  }

  public static <K extends Enum<K> & NtpOptionSpec> boolean has(List<Option<K>> options, K kind) {
    return lastOrNull(options, kind) != null;
  }

  /** {@link #last} without an Optional (none for {@link #has}, which most questions are). */
  private static <K extends Enum<K> & NtpOptionSpec> Option<K> lastOrNull(
      List<Option<K>> options, K kind) {
    // From the end, by index: the rules and the semantic checks ask for every option of every
    // command, and an iterator per question was a visible share of the allocation (issue 8).
    for (int i = options.size() - 1; i >= 0; i--) {
      Option<K> option = options.get(i);
      if (option.kind() == kind) {
        return option;
      }
    }
    return null;
  }
}
