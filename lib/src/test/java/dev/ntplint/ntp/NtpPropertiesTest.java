package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.ntp.catalog.NtpKeyword;
import dev.ntplint.ntp.keys.NtpKeys;
import dev.ntplint.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Properties over arbitrary bytes and over generated, nearly valid ntp.conf files: reading never
 * throws, printing gives the input back, every diagnostic points into the file, and the verdict
 * agrees with the predicted daemon log for each daemon.
 */
class NtpPropertiesTest {

  private static final long SEED = 0x6e74706c696e74L;

  /** Bytes that matter to ntpd's scanner, drawn more often than their share. */
  private static final byte[] INTERESTING = {' ', '\t', '\n', '\r', 0x0B, '\f', 0, '#', '"', '{',
      '}', '(', ')', ',', ';', '|', '=', '-', '4', '6', '.', 'e', 'g', 'x', '0', '9', 'a',
      (byte) 0x80, (byte) 0xA0, (byte) 0xC3, (byte) 0xFF};

  private static final List<String> KEYWORDS = new ArrayList<>();

  static {
    for (NtpKeyword k : NtpKeyword.values()) {
      KEYWORDS.add(k.text());
    }
    KEYWORDS.addAll(NtpKeyword.LATER_NTPSEC.keySet());
  }

  private static final List<String> WORDS = List.of("192.0.2.1", "127.127.28.0", "127.127.1.0",
      "::1", "[::1]", "fe80::1%eth0", "10.0.0.0/8", "pool.ntp.org", "/var/lib/ntp/drift", "0",
      "1", "-1", "4", "17", "255", "65535", "65536", "2147483647", "2147483648", "0x10", "0x",
      "1.5", ".5", "5.", "1e-7", "1e", "+5", "0.5g", "-", "-4", "-6", "-4foo", "\"\"", "\"  \"",
      "\"iburst\"", "a\"b c\"d", "x#y", "NOQUERY", "IBURST", "shm", "SHM", "gpsd", "unit", "foo",
      "=", "(", ")", "...", "|", ";", "caf\u00e9", "\u00a0");

  private static Gen<byte[]> arbitraryBytes() {
    return in -> {
      int length = (int) in.next(Constraint.between(0, 300));
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) {
        if (in.next(Constraint.between(0, 1)) == 0) {
          bytes[i] = INTERESTING[(int) in.next(Constraint.between(0, INTERESTING.length - 1))];
        } else {
          bytes[i] = (byte) in.next(Constraint.between(0, 255));
        }
      }
      return bytes;
    };
  }

  /** Lines of keywords and words joined by blanks, tabs or nothing, with comments and CRs. */
  private static Gen<byte[]> nearlyValidConfigs() {
    return in -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int lines = (int) in.next(Constraint.between(0, 12));
      for (int l = 0; l < lines; l++) {
        int words = (int) in.next(Constraint.between(0, 7));
        for (int w = 0; w < words; w++) {
          if (w > 0) {
            long sep = in.next(Constraint.between(0, 9));
            out.writeBytes((sep == 0 ? "" : sep == 1 ? "\t" : " ").getBytes(StandardCharsets.UTF_8));
          }
          String word = in.next(Constraint.between(0, 2)) == 0
              ? WORDS.get((int) in.next(Constraint.between(0, WORDS.size() - 1)))
              : KEYWORDS.get((int) in.next(Constraint.between(0, KEYWORDS.size() - 1)));
          out.writeBytes(word.getBytes(StandardCharsets.UTF_8));
        }
        long tail = in.next(Constraint.between(0, 9));
        if (tail == 0) {
          out.writeBytes(" # comment".getBytes(StandardCharsets.UTF_8));
        } else if (tail == 1) {
          out.write('\r');
        }
        if (l < lines - 1 || in.next(Constraint.between(0, 3)) > 0) {
          out.write('\n');
        }
      }
      return out.toByteArray();
    };
  }

  private static void check(byte[] bytes) {
    SourceFile file = SourceFile.of("p.conf", bytes);
    for (NtpTarget target : NtpTarget.values()) {
      NtpParseResult result = NtpConf.parse(file, target);
      assertThat(result.config().print()).isEqualTo(bytes);
      for (Diagnostic d : result.diagnostics()) {
        assertThat(d.span().file()).isSameAs(file);
        assertThat(d.span().end()).isLessThanOrEqualTo(bytes.length);
      }
      target.flavour().ifPresent(f -> assertThat(result.rejected())
          .as("verdict vs predicted %s log for %s", f, new String(bytes, StandardCharsets.ISO_8859_1))
          .isEqualTo(NtpConf.daemonLog(file, f).rejected()));
    }
    assertThat(NtpConf.parseIncluded(file, NtpTarget.ANY).config().print()).isEqualTo(bytes);
    assertThat(NtpKeys.parse(file, NtpTarget.ANY).file().print()).isEqualTo(bytes);
  }

  @Test
  void arbitraryBytesRoundTripAndNeverThrow() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(arbitraryBytes()).checkAssert(
        NtpPropertiesTest::check);
  }

  @Test
  void nearlyValidConfigsRoundTripAndAgreeWithThePredictedLog() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(nearlyValidConfigs()).checkAssert(
        NtpPropertiesTest::check);
  }
}
