package dev.ntplint.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ntplint.chrony.properties.PropertyRun;
import dev.ntplint.source.TextEdit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Unified diffs byte for byte: CRLF kept, a missing final newline marked, bytes not re-encoded. */
class UnifiedDiffTest {

  private static String diff(String before, String after) {
    return new String(UnifiedDiff.of("a/chrony.conf", "b/chrony.conf",
        before.getBytes(StandardCharsets.ISO_8859_1), after.getBytes(StandardCharsets.ISO_8859_1)),
        StandardCharsets.ISO_8859_1);
  }

  @Test
  void crlfLinesKeepTheirCarriageReturn() {
    assertThat(diff("a\r\nserver x\r\nb\r\n", "a\r\nserver x iburst\r\nb\r\n")).isEqualTo(
        "--- a/chrony.conf\n+++ b/chrony.conf\n@@ -1,3 +1,3 @@\n a\r\n-server x\r\n"
            + "+server x iburst\r\n b\r\n");
  }

  @Test
  void aLastLineWithoutNewlineIsMarked() {
    assertThat(diff("a\nserver x", "a\nserver x iburst")).isEqualTo(
        "--- a/chrony.conf\n+++ b/chrony.conf\n@@ -1,2 +1,2 @@\n a\n-server x\n"
            + "\\ No newline at end of file\n+server x iburst\n\\ No newline at end of file\n");
  }

  @Test
  void invalidUtf8AndNoChangeGiveTheSameBytesOrNothing() {
    String latin1 = "\u00ff\u00feserver x\n";
    assertThat(diff(latin1, latin1)).isEmpty();
    assertThat(diff(latin1, "server x\n")).contains("-\u00ff\u00feserver x\n+server x\n");
  }

  @Test
  void aFixedFileIsDiffedWhereItsKeptRangesLeaveOffAsAWholeFileDiffWould() {
    byte[] original = bytes("# a\nserver x\nserver x\nallow 10.0.0.0/8\nserver y\n");
    // Two fixes: the second `server x` line removed, `iburst` added to `server y`.
    List<TextEdit> edits = List.of(TextEdit.delete(13, 22), TextEdit.insert(47, " iburst"));
    byte[] fixed = TextEdit.apply(original, edits);
    FixedFile file = new FixedFile("/etc/chrony.conf", Optional.empty(), original, fixed,
        KeptRange.after(KeptRange.whole(original.length), edits));

    assertThat(new String(UnifiedDiff.of(file), StandardCharsets.ISO_8859_1)).isEqualTo(
        new String(UnifiedDiff.of("a/etc/chrony.conf", "b/etc/chrony.conf", original, fixed),
            StandardCharsets.ISO_8859_1))
        .contains("-server x\n").contains("-server y\n+server y iburst\n");
  }

  @Test
  void aDiffFromKeptRangesTurnsTheOriginalIntoTheFixedFile() {
    PropertyRun run = PropertyRun.named("diff from kept ranges, applied = fixed file", 3000);
    try {
      run.qt().forAll(longs().all()).checkAssert(seed -> {
        run.ran();
        KeptRangeTest.Scenario s = KeptRangeTest.scenario(seed);
        byte[] fixed = KeptRangeTest.fixed(s);
        FixedFile file = new FixedFile("chrony.conf", Optional.empty(), s.original(), fixed,
            KeptRangeTest.keptThrough(s));
        byte[] diff = UnifiedDiff.of(file);
        assertThat(applied(s.original(), diff)).as("%s, diff:%n%s", s,
            new String(diff, StandardCharsets.ISO_8859_1)).isEqualTo(fixed);
      });
    } finally {
      run.report();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+),(\\d+) \\+\\d+,\\d+ @@\n");

  /** {@code diff} applied to {@code original} as {@code patch} would: every context checked. */
  private static byte[] applied(byte[] original, byte[] diff) {
    List<String> old = UnifiedDiff.lines(new String(original, StandardCharsets.ISO_8859_1));
    List<String> body = UnifiedDiff.lines(new String(diff, StandardCharsets.ISO_8859_1));
    StringBuilder out = new StringBuilder();
    int next = 0; // the next old line not yet copied or consumed
    for (int i = body.isEmpty() ? 0 : 2; i < body.size(); i++) {
      String line = body.get(i);
      Matcher hunk = HUNK.matcher(line);
      if (hunk.matches()) {
        int start = Integer.parseInt(hunk.group(1));
        // An empty old side names the line it follows; java-diff-utils writes 1 for an empty
        // file, which GNU patch takes as the start.
        int upTo = Integer.parseInt(hunk.group(2)) == 0 ? Math.min(start, old.size()) : start - 1;
        while (next < upTo) {
          out.append(old.get(next++));
        }
        continue;
      }
      String text = line.substring(1);
      if (i + 1 < body.size() && body.get(i + 1).startsWith("\\ No newline")) {
        text = text.substring(0, text.length() - 1);
        i++;
      }
      switch (line.charAt(0)) {
        case ' ' -> {
          assertThat(old.get(next++)).isEqualTo(text);
          out.append(text);
        }
        case '-' -> assertThat(old.get(next++)).isEqualTo(text);
        case '+' -> out.append(text);
        default -> throw new AssertionError("not a line of a hunk: " + line);
      }
    }
    while (next < old.size()) {
      out.append(old.get(next++));
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
