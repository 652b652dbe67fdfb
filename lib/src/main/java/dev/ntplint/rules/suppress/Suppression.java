package dev.ntplint.rules.suppress;

import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * One {@code ntplint: disable=...} or {@code disable-file=...} comment.
 *
 * @param wholeFile {@code disable-file}: every line of the file
 * @param line for {@code disable}: the line it applies to (the next line with a directive, or the
 *     comment's own line when the comment trails a directive, as ntp.conf allows); 0 when there is
 *     no such line
 * @param targets the rules it names
 * @param reason the text after {@code --}, if any
 * @param comment the comment
 */
public record Suppression(boolean wholeFile, int line, List<Target> targets, Optional<String> reason,
    Span comment) {

  public Suppression {
    targets = List.copyOf(targets);
  }

  public SourceFile file() {
    return comment.file();
  }

  /**
   * One rule named by a suppression.
   *
   * @param text as written
   * @param span where it is written
   * @param rule the rule; empty for {@code all}
   */
  public record Target(String text, Span span, Optional<RuleMetadata> rule) {
    public boolean all() {
      return rule.isEmpty();
    }

    public boolean matches(RuleMetadata other) {
      return rule.isEmpty() || rule.get().id().equals(other.id());
    }
  }
}
