package dev.ntplint.ntp;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;

/** Generated ntp.conf texts for property tests: up to 40 pieces, each followed by a separator. */
final class PieceConfigs {

  private PieceConfigs() {}

  /** Texts of pieces and separators drawn from these lists (repeat an entry to weight it). */
  static Gen<String> of(List<String> pieces, List<String> separators) {
    Gen<String> piece = integers().between(0, pieces.size() - 1).map(pieces::get);
    Gen<String> separator = integers().between(0, separators.size() - 1).map(separators::get);
    Gen<String> pair = piece.zip(separator, String::concat);
    return lists().of(pair).ofSizeBetween(0, 40).map(parts -> String.join("", parts));
  }
}
