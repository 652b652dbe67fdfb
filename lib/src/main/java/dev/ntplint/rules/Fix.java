package dev.ntplint.rules;

import dev.ntplint.edit.ConfigEditor;
import dev.ntplint.edit.Edits;
import dev.ntplint.source.SyntaxTree;
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
  /**
   * Until a deferred fix's edits are computed (null after, and for an eager fix): the
   * {@code Consumer<ConfigEditor>} that makes them on {@link #editor}'s editor, or, without an
   * editor, the {@code Supplier<List<TextEdit>>} that computes them.
   */
  private Object pending;
  /**
   * The editor a deferred fix's edits are made on, or null. Kept by the fix itself, not captured
   * by a supplier object per fix: that object was 32 bytes of each of the 200,317 fixes a 20 MB
   * chrony.conf kept (issue 8, P4).
   */
  private EditorSource editor;
  /**
   * True once {@link #isVoid} found the deferred edits sure to change something: the output formats
   * ask that of every finding, most of them twice, and each answer searched the tree again
   * (issue 8, P2).
   */
  private volatile boolean changesSomething;

  /** Where a deferred fix makes its edits: a new editor of {@link #tree} per call. */
  interface EditorSource extends Supplier<ConfigEditor> {
    /** The tree the editors edit. */
    SyntaxTree tree();
  }

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
   * A fix whose edits {@code edits} makes on a new editor from {@code editor} on first use (at most
   * once, from any thread); as {@link #deferred(String, Fixability, Supplier)} over {@code
   * editsOf(editor.get(), edits)}.
   */
  static Fix deferred(String description, Fixability safety, EditorSource editor,
      Consumer<ConfigEditor> edits) {
    Fix fix = new Fix(description, safety);
    fix.editor = Objects.requireNonNull(editor, "editor");
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
          known = compute();
          edits = known;
          pending = null;
          editor = null;
        }
      }
    }
    return known;
  }

  @SuppressWarnings("unchecked")
  private List<TextEdit> compute() {
    return editor == null ? ((Supplier<List<TextEdit>>) pending).get()
        : editsOf(editor.get(), (Consumer<ConfigEditor>) pending);
  }

  /**
   * True for a deferred fix whose edits turned out to change nothing (or to conflict). Answered
   * without making the edits when they are sure to change something (removing a line of the tree
   * they edit, {@link Edits#changesSomething}): the text report asks this of every finding, and
   * making each fix for it (its file's line style detected first) was 4.7% of a batch's CPU
   * (issue 8, P2).
   */
  @SuppressWarnings("unchecked")
  boolean isVoid() {
    if (edits == null && !changesSomething) {
      synchronized (this) {
        if (edits == null && editor != null
            && Edits.changesSomething((Consumer<ConfigEditor>) pending, editor.tree())) {
          changesSomething = true;
        }
      }
    }
    return !changesSomething && edits().isEmpty();
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
