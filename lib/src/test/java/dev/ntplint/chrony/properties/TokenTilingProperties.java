package dev.ntplint.chrony.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.SyntaxToken;
import dev.ntplint.source.TokenKind;
import dev.ntplint.source.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every token of every line tiles the file: consecutive, non-empty, no gaps, no overlaps, covering
 * [0, length); lines are consecutive too, each ends with its LF (all but possibly the last), and
 * directive words are exactly the line's WORD tokens.
 */
class TokenTilingProperties {

  @Test
  void tokensTileArbitraryBytes() {
    PropertyRun run = PropertyRun.named("token tiling, arbitrary bytes", 1000);
    try {
      run.qt().forAll(ConfigGenerators.arbitraryBytes(4096)).checkAssert(bytes -> {
        run.ran();
        checkTiling(bytes);
      });
    } finally {
      run.report();
    }
  }

  @Test
  void tokensTileNearValidConfigs() {
    PropertyRun run = PropertyRun.named("token tiling, near-valid chrony.conf", 1000);
    try {
      run.qt().forAll(ConfigGenerators.chronyConfigs(40)).checkAssert(bytes -> {
        run.ran();
        checkTiling(bytes);
      });
    } finally {
      run.report();
    }
  }

  static void checkTiling(byte[] bytes) {
    ChronyConfig config = ChronyConf.parse(SourceFile.of("x", bytes)).config();
    List<SourceLine> lines = config.syntax().lines();
    assertThat(lines).isNotEmpty();
    int position = 0;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      assertThat(line.number()).as("line number").isEqualTo(i + 1);
      assertThat(line.start()).as("start of line %d", i + 1).isEqualTo(position);
      List<SyntaxToken> tokens = line.tokens();
      boolean blanksOnly = true;
      for (int k = 0; k < tokens.size(); k++) {
        SyntaxToken token = tokens.get(k);
        boolean leader = "!;#%".indexOf((char) (bytes[token.start()] & 0xff)) >= 0;
        if (token.kind() == TokenKind.COMMENT) {
          assertThat(blanksOnly).as("a comment only as the first non-blank (line %d)", i + 1)
              .isTrue();
        }
        if (token.kind() == TokenKind.WORD && blanksOnly) {
          assertThat(leader).as("a first word never starts with a comment leader (line %d)", i + 1)
              .isFalse();
        }
        blanksOnly &= token.kind() == TokenKind.WHITESPACE;
        assertThat(token.start()).as("token %d of line %d starts where the last ended", k, i + 1)
            .isEqualTo(position);
        assertThat(token.end()).as("token %d of line %d is not empty", k, i + 1)
            .isGreaterThan(token.start());
        checkKind(bytes, token, k == tokens.size() - 1);
        position = token.end();
      }
      assertThat(line.end()).as("end of line %d", i + 1).isEqualTo(position);
      boolean last = i == lines.size() - 1;
      if (!last) {
        assertThat(line.hasNewline()).as("line %d ends with LF", i + 1).isTrue();
      }
      // A tree never ends with an empty line, except the single line of an empty file.
      if (last && lines.size() > 1) {
        assertThat(tokens).as("last line").isNotEmpty();
      }
    }
    assertThat(position).as("tokens cover the whole file").isEqualTo(bytes.length);

    for (ChronyDirective d : config.directives()) {
      SourceLine line = d.syntax().line();
      List<Word> words = line.words();
      assertThat(words.get(0)).isEqualTo(d.syntax().name());
      assertThat(words.subList(1, words.size())).isEqualTo(d.syntax().arguments());
    }
  }

  /** What a token's bytes may be, by kind. */
  private static void checkKind(byte[] bytes, SyntaxToken token, boolean lastOfLine) {
    switch (token.kind()) {
      case NEWLINE -> {
        assertThat(token.length()).isEqualTo(1);
        assertThat(bytes[token.start()]).isEqualTo((byte) '\n');
        assertThat(lastOfLine).as("NEWLINE ends its line").isTrue();
      }
      case WHITESPACE -> {
        for (int i = token.start(); i < token.end(); i++) {
          assertThat(" \t\u000B\f\r".indexOf((char) (bytes[i] & 0xff))).as("blank byte at %d", i)
              .isNotNegative();
        }
      }
      case WORD -> {
        for (int i = token.start(); i < token.end(); i++) {
          assertThat(" \t\u000B\f\r\n\u0000".indexOf((char) (bytes[i] & 0xff)))
              .as("word byte at %d", i).isNegative();
        }
      }
      case COMMENT -> {
        assertThat("!;#%".indexOf((char) (bytes[token.start()] & 0xff))).isNotNegative();
        for (int i = token.start(); i < token.end(); i++) {
          assertThat(bytes[i]).isNotEqualTo((byte) '\n');
        }
      }
      case IGNORED -> {
        assertThat(bytes[token.start()]).isEqualTo((byte) 0);
        for (int i = token.start(); i < token.end(); i++) {
          assertThat(bytes[i]).isNotEqualTo((byte) '\n');
        }
      }
      case QUOTED -> throw new AssertionError("chrony.conf has no quoted strings");
    }
  }
}
