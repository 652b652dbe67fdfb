package dev.ntplint.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.catalog.ValueKind;
import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.Value;
import dev.ntplint.chrony.properties.ConfigGenerators;
import dev.ntplint.chrony.properties.PropertyRun;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.TextEdit;
import dev.ntplint.source.Word;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Properties of {@link ConfigEditor} on generated chrony.conf files: an edit changes only the bytes
 * of its range (the prefix before it and the suffix after it are the original's), the edited file
 * re-parses with the edit visible in the model, and many edits recorded together give the model an
 * oracle predicts.
 */
class EditProperties {

  /** Words that are safe anywhere: no blanks, no comment leader, valid UTF-8. */
  private static final List<String> NEW_WORDS =
      List.of("x", "7", "iburst", "pool.example.org", "192.0.2.9", "-1", "1e3", "\u00e9t\u00e9");

  /** Option word groups to add; the first two are valid source options. */
  private static final List<List<String>> NEW_OPTIONS = List.of(
      List.of("iburst"), List.of("minpoll", "6"), List.of("prefer"), List.of("x", "y"));

  private static final List<String> NEW_DIRECTIVES =
      List.of("rtcsync", "server new.example.org iburst", "makestep 1.0 3", "pool  p \t maxsources 2");

  /** A generated config and a stream of choices to drive the edits. */
  record Scenario(byte[] bytes, int[] choices) {
    @Override
    public String toString() {
      return ConfigGenerators.escape(bytes) + " choices " + Arrays.toString(choices);
    }
  }

  /** Draws successive choices from a scenario. */
  private static final class Choices {
    private final int[] values;
    private int next;

    Choices(int[] values) {
      this.values = values;
    }

    int pick(int n) {
      return Math.floorMod(values[next++ % values.length], n);
    }
  }

  private static Gen<Scenario> scenarios() {
    return scenarios(ConfigGenerators.chronyConfigs(25));
  }

  private static Gen<Scenario> scenarios(Gen<byte[]> configs) {
    Gen<int[]> choices = in -> {
      int[] values = new int[64];
      for (int i = 0; i < values.length; i++) {
        values[i] = (int) in.next(Constraint.between(0, 1 << 20));
      }
      return values;
    };
    return configs.zip(choices, Scenario::new).describedAs(Scenario::toString);
  }

  private enum Op { REPLACE_WORD, REPLACE_OPTION_VALUE, REMOVE_DIRECTIVE, ADD_OPTION,
    INSERT_AFTER, INSERT_BEFORE, REPLACE_DIRECTIVE, COMMENT_OUT, REMOVE_WORDS, APPEND }

  // ----- (b) one edit touches only its bytes and shows in the model ------------------------------

  /** How many examples also checked a typed model value (not only the directive words). */
  private static final java.util.concurrent.atomic.AtomicInteger TYPED_CHECKS =
      new java.util.concurrent.atomic.AtomicInteger();

  @Test
  void oneEditChangesOnlyItsRangeAndShowsInTheModel() {
    PropertyRun run = PropertyRun.named("edit locality + model, one edit per file", 1000);
    int[] perOp = new int[Op.values().length];
    try {
      run.qt().forAll(scenarios()).checkAssert(scenario -> {
        run.ran();
        Op op = checkOneEdit(scenario);
        perOp[op.ordinal()]++;
      });
    } finally {
      run.report();
      StringBuilder sb = new StringBuilder("[property]   by operation:");
      for (Op op : Op.values()) {
        sb.append(' ').append(op).append('=').append(perOp[op.ordinal()]);
      }
      System.out.println(sb.append("; typed model checks=").append(TYPED_CHECKS.get()));
    }
  }

  private static Op checkOneEdit(Scenario scenario) {
    byte[] original = scenario.bytes();
    Choices choices = new Choices(scenario.choices());
    ChronyConfig config = parse(original);
    List<ChronyDirective> directives = config.directives();
    ConfigEditor editor = ConfigEditor.of(config.syntax());
    List<String> before = normalised(config);

    Op op = Op.values()[choices.pick(Op.values().length)];
    if (directives.isEmpty()) {
      op = Op.APPEND;
    }
    int index = directives.isEmpty() ? -1 : choices.pick(directives.size());
    if (op == Op.REPLACE_OPTION_VALUE || op == Op.ADD_OPTION) {
      // Prefer a valid source, so that the typed model can be checked too.
      List<Integer> sources = new ArrayList<>();
      for (int i = 0; i < directives.size(); i++) {
        if (directives.get(i) instanceof NtpSource s && (op == Op.ADD_OPTION
            || intOption(s, new Choices(new int[] {0})) != null)) {
          sources.add(i);
        }
      }
      if (!sources.isEmpty()) {
        index = sources.get(choices.pick(sources.size()));
      }
    }
    DirectiveSyntax d = index < 0 ? null : directives.get(index).syntax();
    List<String> expected = new ArrayList<>(before);
    int start;
    int end;
    // What the bytes between the prefix and the suffix must match (null: checked elsewhere).
    String middle = null;
    String sep = "[ \t\u000B\f]+";
    String newLine = "(?:\r?\n)?[ \t\u000B\f]*%s\r?\n";
    switch (op) {
      case REPLACE_WORD -> {
        List<Word> words = words(d);
        int k = choices.pick(words.size());
        String word = NEW_WORDS.get(choices.pick(NEW_WORDS.size()));
        editor.replaceWord(words.get(k), word);
        start = words.get(k).span().start();
        end = words.get(k).span().end();
        expected.set(index, replaced(d, k, word));
        middle = quote(word);
      }
      case REPLACE_OPTION_VALUE -> {
        Option<SourceOption> option = intOption(directives.get(index), choices);
        if (option == null) {
          // Not a source with an integer option: change the last word instead.
          List<Word> words = words(d);
          Word last = words.get(words.size() - 1);
          editor.replaceWord(last, "7");
          start = last.span().start();
          end = last.span().end();
          expected.set(index, replaced(d, words.size() - 1, "7"));
          break;
        }
        long value = Math.max(option.kind().min(), Math.min(option.kind().max(),
            1 + choices.pick(16)));
        Span span = option.value().orElseThrow().span();
        editor.replaceWord(span, Long.toString(value));
        start = span.start();
        end = span.end();
        middle = Long.toString(value);
        ChronyConfig edited = parse(editor.apply());
        NtpSource source = (NtpSource) edited.directives().get(index);
        int at = ((NtpSource) directives.get(index)).options().indexOf(option);
        assertThat(source.options().get(at).intValue()).as("the new option value").isEqualTo(value);
        TYPED_CHECKS.incrementAndGet();
        expected = normalised(edited); // checked above; the locality check follows
      }
      case REMOVE_DIRECTIVE -> {
        editor.removeDirective(d);
        start = d.line().start();
        end = d.line().end();
        expected.remove(index);
        middle = "";
      }
      case ADD_OPTION -> {
        List<String> words = NEW_OPTIONS.get(choices.pick(NEW_OPTIONS.size()));
        editor.addOption(d, words.toArray(String[]::new));
        start = end = lastWordEnd(d);
        middle = "(" + sep + ")" + String.join("\\1", words.stream().map(EditProperties::quote)
            .toList());
        expected.set(index, expected.get(index) + " " + String.join(" ", words));
        if (directives.get(index) instanceof NtpSource && !words.get(0).equals("x")) {
          ChronyDirective edited = parse(editor.apply()).directives().get(index);
          assertThat(edited).as("still a valid source").isInstanceOf(NtpSource.class);
          assertThat(((NtpSource) edited).options().get(((NtpSource) edited).options().size() - 1)
              .keyword().text()).isEqualTo(words.get(0));
          TYPED_CHECKS.incrementAndGet();
        }
      }
      case INSERT_AFTER -> {
        String text = NEW_DIRECTIVES.get(choices.pick(NEW_DIRECTIVES.size()));
        editor.insertDirectiveAfter(d, text);
        start = end = d.line().end();
        expected.add(index + 1, normalise(text));
        middle = String.format(newLine, wordsPattern(text, sep));
      }
      case INSERT_BEFORE -> {
        String text = NEW_DIRECTIVES.get(choices.pick(NEW_DIRECTIVES.size()));
        editor.insertDirectiveBefore(d, text);
        start = end = d.line().start();
        expected.add(index, normalise(text));
        middle = String.format(newLine, wordsPattern(text, sep));
      }
      case REPLACE_DIRECTIVE -> {
        String text = NEW_DIRECTIVES.get(choices.pick(NEW_DIRECTIVES.size()));
        editor.replaceDirective(d, text);
        start = d.name().span().start();
        end = lastWordEnd(d);
        expected.set(index, normalise(text));
        middle = wordsPattern(text, sep);
      }
      case COMMENT_OUT -> {
        String prefix = "#!;%".charAt(choices.pick(4)) + (choices.pick(2) == 0 ? "" : " ");
        editor.commentOut(d, prefix);
        start = end = d.name().span().start();
        middle = quote(prefix);
        expected.remove(index);
      }
      case REMOVE_WORDS -> {
        if (d.arguments().isEmpty()) {
          editor.removeDirective(d);
          start = d.line().start();
          end = d.line().end();
          expected.remove(index);
          middle = "";
          break;
        }
        int first = choices.pick(d.arguments().size());
        int last = first + choices.pick(d.arguments().size() - first);
        editor.removeWords(d, d.arguments().get(first), d.arguments().get(last));
        Word previous = first == 0 ? d.name() : d.arguments().get(first - 1);
        start = previous.span().end();
        end = d.arguments().get(last).span().end();
        List<Word> words = new ArrayList<>(words(d));
        words.subList(first + 1, last + 2).clear();
        expected.set(index, join(words.stream().map(Word::raw).toList()));
        middle = "";
      }
      case APPEND -> {
        String text = NEW_DIRECTIVES.get(choices.pick(NEW_DIRECTIVES.size()));
        editor.appendDirective(text);
        start = end = original.length;
        expected.add(normalise(text));
        middle = String.format(newLine, wordsPattern(text, sep));
      }
      default -> throw new AssertionError(op);
    }

    byte[] edited = editor.apply();
    checkOnlyRangeChanged(original, edited, start, end);
    if (middle != null) {
      String inserted = new String(edited, start, edited.length - (original.length - end) - start,
          StandardCharsets.ISO_8859_1);
      assertThat(inserted.matches(latin1OfUtf8(middle)))
          .as("the bytes %s wrote: %s should match %s", op,
              ConfigGenerators.escape(inserted.getBytes(StandardCharsets.ISO_8859_1)),
              ConfigGenerators.escape(middle.getBytes(StandardCharsets.UTF_8)))
          .isTrue();
    }
    for (TextEdit e : editor.edits()) {
      assertThat(e.start()).as("edit inside the operation's range").isGreaterThanOrEqualTo(start);
      assertThat(e.end()).as("edit inside the operation's range").isLessThanOrEqualTo(end);
    }
    ChronyConfig reparsed = parse(edited);
    assertThat(reparsed.print()).isEqualTo(edited);
    assertThat(normalised(reparsed)).as("directives after %s", op).isEqualTo(expected);
    assertThat(blankLines(reparsed)).as("no blank line added or removed").isEqualTo(blankLines(config));
    return op;
  }

  // ----- many edits at once, checked against a model oracle --------------------------------------

  @Test
  void manyEditsAtOnceGiveThePredictedModel() {
    PropertyRun run = PropertyRun.named("edit composition, one edit per directive + append", 600);
    try {
      run.qt().forAll(scenarios()).checkAssert(scenario -> {
        run.ran();
        checkManyEdits(scenario);
      });
    } finally {
      run.report();
    }
  }

  @Test
  void manyEditsAtOnceOnArbitraryBytes() {
    PropertyRun run = PropertyRun.named("edit composition, arbitrary bytes", 400);
    try {
      run.qt().forAll(scenarios(ConfigGenerators.arbitraryBytes(2048))).checkAssert(scenario -> {
        run.ran();
        checkManyEdits(scenario);
      });
    } finally {
      run.report();
    }
  }

  private static void checkManyEdits(Scenario scenario) {
    byte[] original = scenario.bytes();
    Choices choices = new Choices(scenario.choices());
    ChronyConfig config = parse(original);
    ConfigEditor editor = ConfigEditor.of(config.syntax());
    List<String> expected = new ArrayList<>();
    for (ChronyDirective directive : config.directives()) {
      DirectiveSyntax d = directive.syntax();
      String current = join(words(d).stream().map(Word::raw).toList());
      switch (choices.pick(8)) {
        case 0 -> {
          editor.removeDirective(d);
        }
        case 1 -> {
          List<Word> words = words(d);
          int k = choices.pick(words.size());
          String word = NEW_WORDS.get(choices.pick(NEW_WORDS.size()));
          editor.replaceWord(words.get(k), word);
          expected.add(replaced(d, k, word));
        }
        case 2 -> {
          List<String> words = NEW_OPTIONS.get(choices.pick(NEW_OPTIONS.size()));
          editor.addOption(d, words.toArray(String[]::new));
          expected.add(current + " " + String.join(" ", words));
        }
        case 3 -> editor.commentOut(d, "#");
        case 4 -> {
          String text = NEW_DIRECTIVES.get(choices.pick(NEW_DIRECTIVES.size()));
          editor.insertDirectiveAfter(d, text);
          expected.add(current);
          expected.add(normalise(text));
        }
        case 5 -> {
          String text = NEW_DIRECTIVES.get(choices.pick(NEW_DIRECTIVES.size()));
          editor.replaceDirective(d, text);
          expected.add(normalise(text));
        }
        case 6 -> {
          // Two edits on one line: a word replaced and words added after the last one.
          List<Word> words = words(d);
          editor.replaceWord(words.get(words.size() - 1), "7").addWords(d, "iburst");
          List<String> raws = new ArrayList<>(words.stream().map(Word::raw).toList());
          raws.set(raws.size() - 1, "7");
          expected.add(join(raws) + " iburst");
        }
        default -> expected.add(current);
      }
    }
    if (choices.pick(2) == 0) {
      editor.appendDirective("rtcsync");
      expected.add("rtcsync");
    }
    List<TextEdit> edits = editor.edits();
    for (int i = 1; i < edits.size(); i++) {
      assertThat(edits.get(i).start()).as("edits sorted and disjoint, not touching")
          .isGreaterThan(edits.get(i - 1).end());
    }
    byte[] edited = editor.apply();
    ChronyConfig reparsed = parse(edited);
    assertThat(normalised(reparsed)).isEqualTo(expected);
    assertThat(blankLines(reparsed)).as("no blank line added or removed").isEqualTo(blankLines(config));
    // Nothing outside the edits changed: re-applying the edits' complement gives the original.
    int position = 0;
    int shift = 0;
    for (TextEdit e : edits) {
      assertThat(Arrays.copyOfRange(edited, position + shift, e.start() + shift))
          .isEqualTo(Arrays.copyOfRange(original, position, e.start()));
      shift += e.replacement().length - (e.end() - e.start());
      position = e.end();
    }
    assertThat(Arrays.copyOfRange(edited, position + shift, edited.length))
        .isEqualTo(Arrays.copyOfRange(original, position, original.length));
  }

  // ----- helpers ---------------------------------------------------------------------------------

  private static ChronyConfig parse(byte[] bytes) {
    return ChronyConf.parse(SourceFile.of("gen.conf", bytes)).config();
  }

  private static void checkOnlyRangeChanged(byte[] original, byte[] edited, int start, int end) {
    assertThat(edited.length).as("room for the prefix and suffix")
        .isGreaterThanOrEqualTo(start + original.length - end);
    assertThat(Arrays.copyOfRange(edited, 0, start)).as("bytes before the edit")
        .isEqualTo(Arrays.copyOfRange(original, 0, start));
    int suffix = original.length - end;
    assertThat(Arrays.copyOfRange(edited, edited.length - suffix, edited.length))
        .as("bytes after the edit").isEqualTo(Arrays.copyOfRange(original, end, original.length));
  }

  /** Lines of blanks (with or without terminator), not counting the empty line of an empty file. */
  private static long blankLines(ChronyConfig config) {
    return config.syntax().lines().stream()
        .filter(l -> l.isBlank() && !l.tokens().isEmpty()).count();
  }

  /** A regex for the words of {@code text} joined by one same blank separator. */
  private static String wordsPattern(String text, String separator) {
    List<String> words = Arrays.stream(text.trim().split("[ \t]+")).map(EditProperties::quote)
        .toList();
    return words.get(0) + (words.size() > 1 ? "(" + separator + ")" : "")
        + String.join("\\1", words.subList(1, words.size()));
  }

  private static String quote(String text) {
    return java.util.regex.Pattern.quote(text);
  }

  private static List<Word> words(DirectiveSyntax d) {
    List<Word> words = new ArrayList<>();
    words.add(d.name());
    words.addAll(d.arguments());
    return words;
  }

  private static int lastWordEnd(DirectiveSyntax d) {
    List<Word> words = words(d);
    return words.get(words.size() - 1).span().end();
  }

  /** An integer-valued option of a valid source, or null. */
  private static Option<SourceOption> intOption(ChronyDirective directive, Choices choices) {
    if (!(directive instanceof NtpSource source)) {
      return null;
    }
    List<Option<SourceOption>> candidates = source.options().stream()
        .filter(o -> o.value().isPresent() && o.value().get() instanceof Value.IntValue)
        .filter(o -> o.kind().valueKind() == ValueKind.INT || o.kind().valueKind() == ValueKind.UINT32)
        .toList();
    return candidates.isEmpty() ? null : candidates.get(choices.pick(candidates.size()));
  }

  /** A directive as words of raw bytes joined by single spaces (what chronyd -p echoes). */
  private static List<String> normalised(ChronyConfig config) {
    return config.directives().stream()
        .map(d -> join(words(d.syntax()).stream().map(Word::raw).toList())).toList();
  }

  private static String replaced(DirectiveSyntax d, int k, String word) {
    List<String> raws = new ArrayList<>(words(d).stream().map(Word::raw).toList());
    raws.set(k, latin1OfUtf8(word));
    return join(raws);
  }

  /** New text as the parser's raw view shows it: its UTF-8 bytes, one char per byte. */
  private static String normalise(String text) {
    return latin1OfUtf8(String.join(" ", text.trim().split("[ \t]+")));
  }

  private static String latin1OfUtf8(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static String join(List<String> words) {
    return String.join(" ", words);
  }
}
