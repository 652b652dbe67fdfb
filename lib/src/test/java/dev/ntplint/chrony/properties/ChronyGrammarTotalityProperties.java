package dev.ntplint.chrony.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.internal.grammar.chrony.ChronyLexer;
import dev.ntplint.internal.grammar.chrony.ChronyParser;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.junit.jupiter.api.Test;

/**
 * The chrony.conf parser grammar is total, and its lines are the reader's lines. The reader groups
 * the lexer's tokens at each NEWLINE without running the parser (issue 8, P3); that is only the
 * grammar's reading while (1) {@code config} accepts every token sequence the lexer makes, without
 * any recovery, and (2) each {@code line} it derives covers exactly the bytes of the reader's line
 * of the same number.
 */
class ChronyGrammarTotalityProperties {

  @Test
  void grammarAcceptsArbitraryBytesAsTheReaderGroupsThem() {
    PropertyRun run = PropertyRun.named("grammar totality, arbitrary bytes", 1000);
    try {
      run.qt().forAll(ConfigGenerators.arbitraryBytes(4096)).checkAssert(bytes -> {
        run.ran();
        checkGrammarReading(bytes);
      });
    } finally {
      run.report();
    }
  }

  @Test
  void grammarAcceptsNearValidConfigsAsTheReaderGroupsThem() {
    PropertyRun run = PropertyRun.named("grammar totality, near-valid chrony.conf", 1000);
    try {
      run.qt().forAll(ConfigGenerators.chronyConfigs(40)).checkAssert(bytes -> {
        run.ran();
        checkGrammarReading(bytes);
      });
    } finally {
      run.report();
    }
  }

  /** The edge cases a generator may miss: empty, lone newline, no final newline, NUL tails. */
  @Test
  void grammarAcceptsEdgeCases() {
    for (String text : List.of("", "\n", "\n\n", "server a", "server a\n", " \t\r\n", "# c\n#",
        "server a\0junk\n", "\0", "pool b iburst # not a comment\nx")) {
      checkGrammarReading(text.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  /** An input the grammar must reject, so that the check above can fail. */
  @Test
  void checkFailsWhenTheParserRejects() {
    ChronyParser parser = bailingParser("server a\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatCode(parser::directive).doesNotThrowAnyException();
    assertThatCode(parser::directive).as("no WORD left after the directive")
        .isInstanceOf(RuntimeException.class);
  }

  static void checkGrammarReading(byte[] bytes) {
    ChronyParser parser = bailingParser(bytes);
    ChronyParser.ConfigContext config = parser.config();
    List<SourceLine> lines = ChronyConf.parse(SourceFile.of("x", bytes)).config().syntax().lines();
    List<ChronyParser.LineContext> grammarLines = config.line();
    // Every NEWLINE ends one `line`; the reader's lines are those, then a last unended line if
    // any bytes follow the last newline (or the file is empty).
    int ended = grammarLines.size();
    boolean unendedLast = lines.size() > ended;
    assertThat(lines.size()).as("reader lines against grammar lines")
        .isEqualTo(ended + (unendedLast ? 1 : 0));
    for (int i = 0; i < ended; i++) {
      assertThat(byteRange(grammarLines.get(i), bytes.length))
          .as("bytes of line %d", i + 1)
          .containsExactly(lines.get(i).start(), lines.get(i).end());
    }
    if (unendedLast && bytes.length > 0) {
      assertThat(byteRange(config.last_line(), bytes.length)).as("bytes of the last line")
          .containsExactly(lines.get(ended).start(), lines.get(ended).end());
    } else {
      assertThat(config.last_line().getText()).as("nothing after the last newline").isEmpty();
    }
  }

  private static int[] byteRange(ParserRuleContext context, int length) {
    if (context.getStop() == null || context.getStop().getTokenIndex()
        < context.getStart().getTokenIndex()) {
      return new int[] {length, length};
    }
    return new int[] {context.getStart().getStartIndex(), context.getStop().getStopIndex() + 1};
  }

  private static ChronyParser bailingParser(byte[] bytes) {
    ChronyLexer lexer = new ChronyLexer(
        CharStreams.fromString(new String(bytes, StandardCharsets.ISO_8859_1), "x"));
    lexer.removeErrorListeners();
    ChronyParser parser = new ChronyParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    // No recovery: any syntax error is an exception, so acceptance means a clean derivation.
    parser.setErrorHandler(new BailErrorStrategy());
    return parser;
  }
}
