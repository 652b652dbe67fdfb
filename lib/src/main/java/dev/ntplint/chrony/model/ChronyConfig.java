package dev.ntplint.chrony.model;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;

/**
 * One chrony.conf (or included file, or .sources file) as read: its lossless syntax tree and its
 * typed directives in source order.
 */
public record ChronyConfig(SyntaxTree syntax, List<ChronyDirective> directives, ChronyVersion target) {

  public ChronyConfig {
    directives = List.copyOf(directives);
  }

  public SourceFile file() {
    return syntax.file();
  }

  /** The directives of one family, in order. */
  public <T extends ChronyDirective> List<T> directives(Class<T> type) {
    // Counted first, so the list is made at its size and never grows (issue 8, P3).
    int count = 0;
    for (ChronyDirective d : directives) {
      if (type.isInstance(d)) {
        count++;
      }
    }
    List<T> result = new ArrayList<>(count);
    for (ChronyDirective d : directives) {
      if (type.isInstance(d)) {
        result.add(type.cast(d));
      }
    }
    return result;
  }

  /** Prints the file as read: the input, byte for byte. */
  public byte[] print() {
    return syntax.print();
  }
}
