package dev.ntplint.rules;

import dev.ntplint.edit.ConfigEditor;
import dev.ntplint.source.TextEdit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A proposed repair of a finding: non-overlapping byte-range edits against the original bytes of
 * the finding's file (never a re-serialised file), with a one-line description.
 *
 * @param description what applying it does, e.g. "add iburst"
 * @param safety {@link Fixability#SAFE} when it keeps (or repairs) what the daemon does,
 *     {@link Fixability#UNSAFE} when it changes behaviour
 * @param edits the edits, sorted, against the file of the finding's span
 */
public record Fix(String description, Fixability safety, List<TextEdit> edits) {

  public Fix {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(safety, "safety");
    if (safety == Fixability.NONE) {
      throw new IllegalArgumentException("a fix is safe or unsafe");
    }
    edits = List.copyOf(edits);
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix has at least one edit");
    }
  }

  /**
   * The fix that {@code edits} make on {@code editor}: empty when they change nothing, or when
   * they conflict (a bug worth a test, not a crash).
   */
  public static Optional<Fix> edited(ConfigEditor editor, String description, Fixability safety,
      Consumer<ConfigEditor> edits) {
    try {
      edits.accept(editor);
      if (editor.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Fix(description, safety, editor.edits()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The bytes of {@code original} with this fix applied. */
  public byte[] apply(byte[] original) {
    return TextEdit.apply(original, edits);
  }
}
