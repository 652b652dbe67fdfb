package dev.ntplint.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ntplint.chrony.properties.PropertyRun;
import dev.ntplint.source.TextEdit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The kept ranges that the fixer carries from pass to pass are exactly the bytes of the file as
 * read that no edit replaced, at their place in the fixed file.
 */
class KeptRangeTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void anEditSplitsTheRangeItFallsInAndMovesWhatFollows() {
    List<KeptRange> kept = KeptRange.whole(10);
    kept = KeptRange.after(kept, List.of(TextEdit.replaceRaw(2, 4, "xyz")));
    assertThat(kept).containsExactly(new KeptRange(0, 0, 2), new KeptRange(4, 5, 6));

    // Second pass, in the fixed file's offsets: drop "xyz" and the byte after it, insert at 0.
    kept = KeptRange.after(kept, List.of(TextEdit.delete(2, 6), TextEdit.insert(0, "ab")));
    assertThat(kept).containsExactly(new KeptRange(0, 2, 2), new KeptRange(5, 4, 5));
  }

  @Test
  void aFixedFileRefusesRangesItsBytesDoNotBearOut() {
    byte[] original = bytes("server a\nserver b\n");
    byte[] fixed = bytes("server b\n");
    new FixedFile("f", Optional.empty(), original, fixed, List.of(new KeptRange(9, 0, 9)));
    assertThatThrownBy(() -> new FixedFile("f", Optional.empty(), original, fixed,
        List.of(new KeptRange(0, 0, 9)))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FixedFile("f", Optional.empty(), original, fixed,
        List.of(new KeptRange(9, 0, 2), new KeptRange(7, 2, 2))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A file and the passes of edits a fixer could make to it: built from a seed. */
  record Scenario(byte[] original, List<List<TextEdit>> passes) {
    @Override
    public String toString() {
      return "original " + Arrays.toString(original) + ", passes " + passes;
    }
  }

  private static final String[] PIECES = {"a", "b", "server x", "\n", "\r\n", " ", "#c"};

  static Scenario scenario(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(25);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    byte[] current = bytes(text.toString());
    byte[] original = current;
    List<List<TextEdit>> passes = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int p = 0; p < count; p++) {
      List<TextEdit> edits = new ArrayList<>();
      int tries = random.nextInt(6);
      for (int i = 0; i < tries; i++) {
        int start = random.nextInt(current.length + 1);
        int end = Math.min(current.length, start + random.nextInt(6));
        TextEdit edit = TextEdit.replaceRaw(start, end, random.nextBoolean() ? ""
            : PIECES[random.nextInt(PIECES.length)]);
        if (edits.stream().noneMatch(e -> e.overlaps(edit))) {
          edits.add(edit);
        }
      }
      passes.add(edits);
      current = TextEdit.apply(current, edits);
    }
    return new Scenario(original, passes);
  }

  /** Each byte of the fixed file: the offset it had as read, or -1 when an edit wrote it. */
  private static int[] origins(Scenario s) {
    int[] origin = new int[s.original().length];
    Arrays.setAll(origin, i -> i);
    for (List<TextEdit> pass : s.passes()) {
      List<TextEdit> sorted = TextEdit.inOrder(pass);
      int[] next = new int[0];
      int position = 0;
      for (TextEdit e : sorted) {
        next = concat(next, Arrays.copyOfRange(origin, position, e.start()));
        int[] written = new int[e.replacement().length];
        Arrays.fill(written, -1);
        next = concat(next, written);
        position = e.end();
      }
      origin = concat(next, Arrays.copyOfRange(origin, position, origin.length));
    }
    return origin;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  static List<KeptRange> keptThrough(Scenario s) {
    List<KeptRange> kept = KeptRange.whole(s.original().length);
    for (List<TextEdit> pass : s.passes()) {
      kept = KeptRange.after(kept, pass);
    }
    return kept;
  }

  static byte[] fixed(Scenario s) {
    byte[] current = s.original();
    for (List<TextEdit> pass : s.passes()) {
      current = TextEdit.apply(current, pass);
    }
    return current;
  }

  @Test
  void coverExactlyTheBytesNoEditReplaced() {
    PropertyRun run = PropertyRun.named("kept ranges = bytes no edit replaced", 3000);
    try {
      run.qt().forAll(longs().all()).checkAssert(seed -> {
        run.ran();
        Scenario s = scenario(seed);
        List<KeptRange> kept = keptThrough(s);
        int[] fromKept = new int[fixed(s).length];
        Arrays.fill(fromKept, -1);
        for (KeptRange k : kept) {
          for (int i = 0; i < k.length(); i++) {
            fromKept[k.fixedStart() + i] = k.originalStart() + i;
          }
        }
        assertThat(fromKept).as("%s: %s", s, kept).isEqualTo(origins(s));
        // In order and borne out by the bytes, or the constructor throws.
        new FixedFile("f", Optional.empty(), s.original(), fixed(s), kept);
      });
    } finally {
      run.report();
    }
  }
}
