package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.internal.grammar.Latin1CharStream;
import dev.ntplint.internal.grammar.LexerWarmup;
import dev.ntplint.internal.grammar.chrony.ChronyLexer;
import dev.ntplint.internal.grammar.ntp.NtpLexer;
import dev.ntplint.ntp.NtpConf;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What makes it safe for readers to lex while a warm-up fills the DFA (see {@link LexerWarmup}):
 * once the priming text is lexed, lexing anything initialises no class. Checked in a fresh JVM,
 * over the warm-up's sample, every byte value in every lexer mode, random bytes and the project's
 * own test configurations read as {@code ntplint check} reads them.
 */
class LexerPrimingTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(LexerWarmup.Grammar.class)
  void afterThePrimingLexingInitialisesNoClass(LexerWarmup.Grammar grammar) throws Exception {
    List<String> initialised = FreshJvm.initialisedClasses(dir, LexAfterPriming.class.getName(),
        grammar.name(), Path.of("../testdata").toAbsolutePath().toString());
    int primed = initialised.indexOf(LexAfterPriming.Primed.class.getName());
    int lexed = initialised.indexOf(LexAfterPriming.Lexed.class.getName());
    assertThat(primed).as("the probe ran its first step").isNotNegative();
    assertThat(lexed).as("the probe ran its second step").isGreaterThan(primed);
    assertThat(initialised.subList(primed + 1, lexed))
        .as("classes initialised by plain lexers after the priming").isEmpty();
    assertThat(initialised.subList(lexed + 1, initialised.size()))
        .as("lexer classes initialised by the readers after the priming")
        .noneMatch(name -> name.startsWith("org.antlr.")
            || name.startsWith("dev.ntplint.internal.grammar."));
  }

  @ParameterizedTest
  @EnumSource(LexerWarmup.Grammar.class)
  void theProbeSeesTheLexerClassesInitialisedWithoutPriming(LexerWarmup.Grammar grammar)
      throws Exception {
    List<String> initialised = FreshJvm.initialisedClasses(dir, LexAfterPriming.class.getName(),
        grammar.name(), Path.of("../testdata").toAbsolutePath().toString(), "no-priming");
    int primed = initialised.indexOf(LexAfterPriming.Primed.class.getName());
    assertThat(initialised.subList(primed + 1, initialised.size()))
        .anyMatch(name -> name.startsWith("org.antlr.v4.runtime.atn."))
        .anyMatch(name -> name.startsWith("dev.ntplint.internal.grammar."));
  }

  /**
   * Lexes the priming text of a grammar (unless told not to), initialises {@link Primed}, lexes
   * arbitrary text with plain lexers, initialises {@link Lexed}, then reads every configuration
   * of the dialect under a directory with the library's reader.
   */
  static final class LexAfterPriming {

    /** Initialised once the priming is lexed: its initialisation is the mark in the log. */
    static final class Primed {
      static void reached() {}
    }

    /** Initialised once the plain lexers are done. */
    static final class Lexed {
      static void reached() {}
    }

    public static void main(String[] args) throws IOException {
      LexerWarmup.Grammar grammar = LexerWarmup.Grammar.valueOf(args[0]);
      boolean ntp = grammar == LexerWarmup.Grammar.NTP;
      // Made first: what making them initialises (Random...) is not the lexers' doing.
      List<String> texts = arbitraryTexts(ntp);
      if (args.length < 3) {
        lexAll(LexerWarmup.primingLexer(grammar));
      }
      Primed.reached();
      for (String text : texts) {
        Latin1CharStream chars = new Latin1CharStream(text, "probe");
        lexAll(ntp ? new NtpLexer(chars) : new ChronyLexer(chars));
      }
      Lexed.reached();
      List<Path> files;
      try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
        files = walk.filter(p -> p.toString().endsWith(".conf"))
            .filter(p -> p.toString().contains(ntp ? "/ntp" : "/chrony")).sorted().toList();
      }
      for (Path file : files) {
        SourceFile source = SourceFile.of(file.toString(), Files.readAllBytes(file));
        if (ntp) {
          NtpConf.parse(source);
        } else {
          ChronyConf.parse(source);
        }
      }
      for (String text : texts) {
        SourceFile source = SourceFile.of("probe.conf", text.getBytes(StandardCharsets.ISO_8859_1));
        if (ntp) {
          NtpConf.parse(source);
        } else {
          ChronyConf.parse(source);
        }
      }
    }

    /**
     * Every byte value at a line's start, after a first word and (ntp.conf) after {@code =},
     * each alone, in a word and in a quoted word; and random bytes.
     */
    private static List<String> arbitraryTexts(boolean ntp) {
      List<String> texts = new ArrayList<>();
      for (char c = 0; c < 256; c++) {
        for (String context : ntp ? List.of("", "server ", "setvar a=") : List.of("", "server ")) {
          texts.add(context + c + "\n" + context + "a" + c + "b \"" + c + "\"\n" + context + c);
        }
      }
      Random random = new Random(8);
      for (int i = 0; i < 200; i++) {
        char[] chars = new char[random.nextInt(300)];
        for (int j = 0; j < chars.length; j++) {
          chars[j] = (char) (random.nextInt(4) == 0 ? random.nextInt(256) : " \n=\"#ab1.{"
              .charAt(random.nextInt(10)));
        }
        texts.add(new String(chars));
      }
      return texts;
    }

    private static void lexAll(Lexer lexer) {
      lexer.removeErrorListeners();
      while (lexer.nextToken().getType() != Token.EOF) {
        // Only the classes it initialises matter.
      }
    }
  }
}
