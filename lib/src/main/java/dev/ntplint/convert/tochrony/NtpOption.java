package dev.ntplint.convert.tochrony;

import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.ValueKind;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.source.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One option of a source line as the converter needs it: read from the typed model, or, for a
 * line ntpd rejects because of one unknown option, from its words (so that one bad option drops
 * only itself, never the whole line: ntp2chrony bug B7).
 *
 * @param kind the option, empty when ntpd does not know the word
 * @param keyword the option word as written
 * @param value its value as written, if it takes one
 */
record NtpOption(Optional<AssociationOption> kind, String keyword, Optional<String> value) {

  static NtpOption of(Option<AssociationOption> option) {
    return new NtpOption(Optional.of(option.kind()), option.keyword().text(),
        option.value().map(v -> v.span().text()));
  }

  static List<NtpOption> of(List<Option<AssociationOption>> options) {
    return options.stream().map(NtpOption::of).toList();
  }

  /** Reads the option words of a rejected line. */
  static List<NtpOption> fromWords(List<Word> words) {
    List<NtpOption> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text();
      Optional<AssociationOption> kind = AssociationOption.byKeyword(w);
      Optional<String> value = Optional.empty();
      if (kind.isPresent() && kind.get().valueKind() != ValueKind.NONE) {
        if (i + 1 < words.size() && !AssociationOption.byKeyword(words.get(i + 1).text())
            .isPresent()) {
          value = Optional.of(words.get(++i).text());
        } else {
          kind = Optional.empty(); // a value-taking option without its value: unusable
        }
      }
      out.add(new NtpOption(kind, w, value));
    }
    return out;
  }

  boolean is(AssociationOption option) {
    return kind.isPresent() && kind.get() == option;
  }

  /** The option as written. */
  String text() {
    return value.map(v -> keyword + " " + v).orElse(keyword);
  }

  /** The value as an integer (decimal or 0x hex), if it is one. */
  Optional<Long> integer() {
    return value.flatMap(NtpOption::parseLong);
  }

  static Optional<Long> parseLong(String text) {
    try {
      return Optional.of(Long.decode(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The value as a number, if it is one. */
  Optional<Double> number() {
    return value.flatMap(v -> {
      try {
        return Optional.of(Double.parseDouble(v));
      } catch (NumberFormatException e) {
        return parseLong(v).map(Long::doubleValue);
      }
    });
  }
}
