package dev.ntplint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link SourceFile}'s ASCII flag and line table, which it finds in one scan into an array grown as
 * needed, against their byte-by-byte definitions, over files of every length up to a few times the
 * array's first capacity.
 */
class SourceFileProperties {

  private static final long SEED = 0x736f75726365L;

  /** Mostly ASCII bytes, LF often, and now and then a byte above 127. */
  private static Gen<byte[]> files() {
    Gen<Integer> oneByte = integers().between(0, 99).map(n -> n < 15 ? '\n' : n < 18
        ? 0x80 + n * 7 : ' ' + n % 90);
    return lists().of(oneByte).ofSizeBetween(0, 600).map(list -> {
      byte[] bytes = new byte[list.size()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (int) list.get(i);
      }
      return bytes;
    });
  }

  @Test
  void theAsciiFlagIsTheByteByByteAnswer() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(files()).checkAssert(bytes -> {
      boolean ascii = true;
      for (byte b : bytes) {
        ascii &= b >= 0;
      }
      assertThat(SourceFile.of("f", bytes).isAscii()).isEqualTo(ascii);
    });
  }

  @Test
  void theLineTableIsWhereEachLineStarts() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(files()).checkAssert(bytes -> {
      SourceFile file = SourceFile.of("f", bytes);
      List<Integer> starts = new ArrayList<>(List.of(0));
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          starts.add(i + 1);
        }
      }
      assertThat(file.lineCount()).isEqualTo(starts.size());
      for (int line = 1; line <= starts.size(); line++) {
        assertThat(file.lineStart(line)).isEqualTo(starts.get(line - 1));
      }
    });
  }
}
