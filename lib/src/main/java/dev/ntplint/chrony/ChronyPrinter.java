package dev.ntplint.chrony;

import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.source.Word;
import java.nio.charset.StandardCharsets;

/**
 * Prints chrony configurations. The lossless print is the file itself ({@link ChronyConfig#print});
 * the normalised form is what {@code chronyd -p} echoes for each directive: the name as written,
 * one space, the arguments separated by single spaces.
 */
public final class ChronyPrinter {

  private ChronyPrinter() {}

  /** One directive as chronyd -p echoes it (raw bytes kept, one char per byte), without newline. */
  public static String normalisedLatin1(ChronyDirective directive) {
    StringBuilder sb = new StringBuilder(directive.syntax().name().raw());
    for (Word w : directive.syntax().arguments()) {
      sb.append(' ').append(w.raw());
    }
    return sb.toString();
  }

  /** Bytes of a normalised line plus LF. */
  public static byte[] normalisedLine(ChronyDirective directive) {
    return (normalisedLatin1(directive) + "\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** True for the directives chronyd -p does not echo (it echoes the files they include instead). */
  public static boolean isInlinedByChronyd(ChronyDirective directive) {
    String name = directive.syntax().name().raw();
    return name.equalsIgnoreCase("include") || name.equalsIgnoreCase("confdir");
  }
}
