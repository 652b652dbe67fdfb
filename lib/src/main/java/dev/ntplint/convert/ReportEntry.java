package dev.ntplint.convert;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the converter did with one input construct: a directive, one option of it, a key, or a
 * built-in behaviour of the input daemon that the output spells out.
 *
 * @param file the input file name ({@code (built-in)} for a daemon default)
 * @param line the 1-based input line, 0 for a daemon default
 * @param construct the construct as written (secrets redacted), e.g. {@code server a iburst} or
 *     {@code option preempt}
 * @param outcome converted, approximated or dropped
 * @param reason why (always given for approximated and dropped)
 * @param advice what to do instead, when there is something to do
 * @param output the lines written for it (may be empty)
 */
public record ReportEntry(String file, int line, String construct, Outcome outcome, String reason,
    Optional<String> advice, List<OutputLine> output) {

  public ReportEntry {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(construct, "construct");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(advice, "advice");
    output = List.copyOf(output);
  }

  /** {@code file:line}, or the file alone for a daemon default. */
  public String location() {
    return line > 0 ? file + ":" + line : file;
  }
}
