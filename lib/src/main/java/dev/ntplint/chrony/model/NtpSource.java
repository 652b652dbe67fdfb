package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Word;
import java.util.List;
import java.util.Optional;

/** {@code server}, {@code pool} or {@code peer}: an NTP time source and its options. */
public record NtpSource(
    DirectiveSyntax syntax, SourceType type, Word host, List<Option<SourceOption>> options)
    implements ChronyDirective {

  public NtpSource {
    options = List.copyOf(options);
  }

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    ChronyDirectiveKind kind = switch (type) {
      case SERVER -> ChronyDirectiveKind.SERVER;
      case POOL -> ChronyDirectiveKind.POOL;
      case PEER -> ChronyDirectiveKind.PEER;
    };
    return kind.asOptional();
  }

  public Optional<Option<SourceOption>> option(SourceOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(SourceOption kind) {
    return Options.has(options, kind);
  }
}
