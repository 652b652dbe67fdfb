package dev.ntplint.rules;

import dev.ntplint.edit.ConfigEditor;
import dev.ntplint.source.TextEdit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A proposed repair of a finding: non-overlapping byte-range edits against the original bytes of
 * the finding's file (never a re-serialised file), with a one-line description.
 *
 * <p>A value with the API and equality of a record of {@code description}, {@code safety} and
 * {@code edits}. Not a record: a fix a rule builds with {@link RuleContext#fix} is {@linkplain
 * #deferred deferred}, its edits computed on first use, because most findings' fixes are never
 * asked for and building them was a large share of a lint (issue 8, P3).
 */
public final class Fix {

  private final String description;
  private final Fixability safety;
  /** Null until a deferred fix's edits are computed; then the edits (empty: no fix after all). */
  private volatile List<TextEdit> edits;
  /** The computation of a deferred fix's edits; null once computed (and for an eager fix). */
  private Supplier<List<TextEdit>> pending;

  /**
   * @param description what applying it does, e.g. "add iburst"
   * @param safety {@link Fixability#SAFE} when it keeps (or repairs) what the daemon does,
   *     {@link Fixability#UNSAFE} when it changes behaviour
   * @param edits the edits, sorted, against the file of the finding's span
   */
  public Fix(String description, Fixability safety, List<TextEdit> edits) {
    this(description, safety);
    this.edits = List.copyOf(edits);
    if (this.edits.isEmpty()) {
      throw new IllegalArgumentException("a fix has at least one edit");
    }
  }

  private Fix(String description, Fixability safety) {
    this.description = Objects.requireNonNull(description, "description");
    this.safety = Objects.requireNonNull(safety, "safety");
    if (safety == Fixability.NONE) {
      throw new IllegalArgumentException("a fix is safe or unsafe");
    }
  }

  /**
   * A fix whose edits {@code edits} computes on first use (at most once, from any thread). An
   * empty result means there is no fix after all: the {@link Finding} holding it then reports
   * none ({@link #isVoid()}).
   */
  static Fix deferred(String description, Fixability safety, Supplier<List<TextEdit>> edits) {
    Fix fix = new Fix(description, safety);
    fix.pending = Objects.requireNonNull(edits, "edits");
    return fix;
  }

  /**
   * The fix that {@code edits} make on {@code editor}: empty when they change nothing, or when
   * they conflict (a bug worth a test, not a crash).
   */
  public static Optional<Fix> edited(ConfigEditor editor, String description, Fixability safety,
      Consumer<ConfigEditor> edits) {
    List<TextEdit> made = editsOf(editor, edits);
    return made.isEmpty() ? Optional.empty() : Optional.of(new Fix(description, safety, made));
  }

  /** What {@code edits} make on {@code editor}; empty when nothing, or when they conflict. */
  static List<TextEdit> editsOf(ConfigEditor editor, Consumer<ConfigEditor> edits) {
    try {
      edits.accept(editor);
      return editor.isEmpty() ? List.of() : List.copyOf(editor.edits());
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  /** What applying it does, e.g. "add iburst". */
  public String description() {
    return description;
  }

  /** {@link Fixability#SAFE} or {@link Fixability#UNSAFE}. */
  public Fixability safety() {
    return safety;
  }

  /** The edits, sorted, against the file of the finding's span. */
  public List<TextEdit> edits() {
    List<TextEdit> known = edits;
    if (known == null) {
      synchronized (this) {
        known = edits;
        if (known == null) {
          known = pending.get();
          edits = known;
          pending = null;
        }
      }
    }
    return known;
  }

  /** True for a deferred fix whose edits turned out to change nothing (or to conflict). */
  boolean isVoid() {
    return edits().isEmpty();
  }

  /** The bytes of {@code original} with this fix applied. */
  public byte[] apply(byte[] original) {
    return TextEdit.apply(original, edits());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fix that && description.equals(that.description)
        && safety == that.safety && edits().equals(that.edits());
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, safety, edits());
  }

  @Override
  public String toString() {
    return "Fix[description=" + description + ", safety=" + safety + ", edits=" + edits() + "]";
  }
}
