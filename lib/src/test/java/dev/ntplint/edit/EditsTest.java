package dev.ntplint.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Each {@link Edits} recipe makes the bytes its {@link ConfigEditor} calls make. */
class EditsTest {

  private static final String TEXT = "server a  minpoll 4\r\npool b\r\n# end\r\nmakestep 1 3";

  /** One parse: an editor only edits directives of its own tree. */
  private static final ChronyConfig CONFIG = ChronyConf.parse(
      SourceFile.of("test.conf", TEXT.getBytes(StandardCharsets.UTF_8))).config();

  private static String apply(Consumer<ConfigEditor> edits) {
    ConfigEditor editor = ConfigEditor.of(CONFIG.syntax());
    edits.accept(editor);
    return new String(editor.apply(), StandardCharsets.UTF_8);
  }

  private static DirectiveSyntax d(int index) {
    return CONFIG.directives().get(index).syntax();
  }

  @Test
  void wordEdits() {
    assertThat(apply(Edits.addWords(d(0), "iburst", "prefer")))
        .isEqualTo(apply(e -> e.addWords(d(0), "iburst", "prefer")))
        .startsWith("server a  minpoll 4 iburst prefer\r\n");
    assertThat(apply(Edits.removeWords(d(0), d(0).arguments().get(1).span()
            .union(d(0).arguments().get(2).span()))))
        .isEqualTo(apply(e -> e.removeWords(d(0), d(0).arguments().get(1),
            d(0).arguments().get(2))))
        .startsWith("server a\r\n");
    assertThat(apply(Edits.replaceWord(d(1).name(), "server")))
        .isEqualTo(apply(e -> e.replaceWord(d(1).name(), "server")))
        .contains("\r\nserver b\r\n");
  }

  @Test
  void lineEdits() {
    assertThat(apply(Edits.removeDirective(d(1))))
        .isEqualTo(apply(e -> e.removeDirective(d(1))))
        .doesNotContain("pool");
    assertThat(apply(Edits.insertAfter(d(0), "rtcsync")))
        .isEqualTo(apply(e -> e.insertDirectiveAfter(d(0), "rtcsync")))
        .contains("minpoll 4\r\nrtcsync\r\npool b");
    assertThat(apply(Edits.insertBefore(d(1), List.of("x 1", "y 2"))))
        .isEqualTo(apply(e -> {
          e.insertDirectiveBefore(d(1), "x 1");
          e.insertDirectiveBefore(d(1), "y 2");
        }))
        .contains("\r\nx 1\r\ny 2\r\npool b");
    assertThat(apply(Edits.insertAfter(d(1), List.of("x 1", "y 2"))))
        .contains("pool b\r\nx 1\r\ny 2\r\n# end");
    assertThat(apply(Edits.append(List.of("x 1", "y 2"))))
        .isEqualTo(apply(e -> {
          e.appendDirective("x 1");
          e.appendDirective("y 2");
        }))
        .endsWith("makestep 1 3\r\nx 1\r\ny 2\r\n");
    assertThat(apply(Edits.append("rtcsync"))).endsWith("makestep 1 3\r\nrtcsync\r\n");
  }

  @Test
  void theWordsAreCopied() {
    String[] words = {"iburst"};
    Consumer<ConfigEditor> edits = Edits.addWords(d(0), words);
    words[0] = "prefer";
    assertThat(apply(edits)).contains("iburst").doesNotContain("prefer");
  }

  /** The cheap answer the fixes' isVoid relies on agrees with what a new editor makes. */
  @Test
  void changesSomethingOnlyWhenTheEditsAreSureToMakeAnEdit() {
    for (int i = 0; i < CONFIG.directives().size(); i++) {
      assertThat(Edits.changesSomething(Edits.removeDirective(d(i)), CONFIG.syntax())).isTrue();
      ConfigEditor editor = ConfigEditor.of(CONFIG.syntax());
      Edits.removeDirective(d(i)).accept(editor);
      assertThat(editor.edits()).isNotEmpty();
    }
    ChronyConfig other = ChronyConf.parse(
        SourceFile.of("other.conf", TEXT.getBytes(StandardCharsets.UTF_8))).config();
    DirectiveSyntax foreign = other.directives().get(1).syntax();
    assertThat(Edits.changesSomething(Edits.removeDirective(foreign), CONFIG.syntax())).isFalse();
    // Not known without making them: the other recipes answer false.
    assertThat(Edits.changesSomething(Edits.replaceWord(d(1).name(), "server"), CONFIG.syntax()))
        .isFalse();
    assertThat(Edits.changesSomething(e -> e.removeDirective(d(0)), CONFIG.syntax())).isFalse();
  }

  /**
   * For new lines and words, the cheap answer agrees with making them: true exactly when a new
   * editor makes an edit of them, whatever their text (blank, several lines, NUL bytes, quotes) and
   * anchor (a line of the tree, another file's, none).
   */
  @Test
  void changesSomethingForNewLinesExactlyWhenAnEditorMakesThem() {
    ChronyConfig other = ChronyConf.parse(
        SourceFile.of("other.conf", TEXT.getBytes(StandardCharsets.UTF_8))).config();
    List<DirectiveSyntax> anchors = new java.util.ArrayList<>();
    for (int i = 0; i < CONFIG.directives().size(); i++) {
      anchors.add(d(i));
    }
    anchors.add(other.directives().get(0).syntax());
    anchors.add(null);
    Gen<String> line = strings().betweenCodePoints(0, 127).ofLengthBetween(0, 5)
        .map(t -> t.chars().mapToObj(c -> String.valueOf("a \t\r\n\u0000\"b".charAt(c % 8)))
            .collect(java.util.stream.Collectors.joining()));
    qt().withExamples(500).forAll(lists().of(line).ofSizeBetween(0, 3),
        integers().between(0, anchors.size() - 1), integers().between(0, 2))
        .checkAssert((lines, a, where) -> {
          DirectiveSyntax anchor = anchors.get(a);
          Consumer<ConfigEditor> edits = anchor == null ? Edits.append(lines)
              : where == 0 ? Edits.insertBefore(anchor, lines)
              : where == 1 ? Edits.insertAfter(anchor, lines)
              : Edits.addWords(anchor, lines.toArray(String[]::new));
          ConfigEditor editor = ConfigEditor.of(CONFIG.syntax());
          boolean made;
          try {
            edits.accept(editor);
            made = !editor.edits().isEmpty();
          } catch (IllegalArgumentException e) {
            made = false;
          }
          assertThat(Edits.changesSomething(edits, CONFIG.syntax()))
              .as("%s at %s", lines, anchor).isEqualTo(made);
        });
  }

  /** An editor asks for its line style only for edits that need it, and makes the same edits. */
  @Test
  void theStyleIsDetectedOnlyWhenAnEditNeedsIt() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Supplier<dev.ntplint.source.LineStyle> style = () -> {
      asked.incrementAndGet();
      return dev.ntplint.source.LineStyle.detect(CONFIG.syntax());
    };
    List<Consumer<ConfigEditor>> styleFree = List.of(Edits.removeDirective(d(1)),
        Edits.replaceWord(d(1).name(), "server"), Edits.addWords(d(0), "iburst"),
        Edits.removeWords(d(0), d(0).arguments().get(1).span()
            .union(d(0).arguments().get(2).span())));
    for (Consumer<ConfigEditor> edits : styleFree) {
      ConfigEditor lazy = ConfigEditor.withStyleWhenNeeded(CONFIG.syntax(), style);
      edits.accept(lazy);
      assertThat(lazy.edits()).isEqualTo(editsOf(edits));
      assertThat(asked).hasValue(0);
    }
    // A new line at the end of a file without a final newline needs the style: asked once.
    ConfigEditor lazy = ConfigEditor.withStyleWhenNeeded(CONFIG.syntax(), style);
    Edits.append(List.of("rtcsync", "rtconutc")).accept(lazy);
    assertThat(lazy.edits()).isEqualTo(editsOf(Edits.append(List.of("rtcsync", "rtconutc"))));
    assertThat(lazy.style()).isEqualTo(ConfigEditor.of(CONFIG.syntax()).style());
    assertThat(asked).hasValue(1);
  }

  private static List<dev.ntplint.source.TextEdit> editsOf(Consumer<ConfigEditor> edits) {
    ConfigEditor editor = ConfigEditor.of(CONFIG.syntax());
    edits.accept(editor);
    return editor.edits();
  }
}
