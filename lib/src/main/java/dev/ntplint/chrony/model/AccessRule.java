package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/**
 * {@code allow}, {@code deny}, {@code cmdallow}, {@code cmddeny}.
 *
 * @param command true for the command port ({@code cmdallow}/{@code cmddeny})
 * @param allow true for allow, false for deny
 * @param all the {@code all} keyword: the rule overrides earlier, more specific rules
 * @param subnet the address range; empty means every IPv4 and IPv6 address
 */
public record AccessRule(
    DirectiveSyntax syntax, boolean command, boolean allow, boolean all, Optional<Subnet> subnet)
    implements ChronyDirective {

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    if (command) {
      return (allow ? ChronyDirectiveKind.CMDALLOW : ChronyDirectiveKind.CMDDENY).asOptional();
    }
    return (allow ? ChronyDirectiveKind.ALLOW : ChronyDirectiveKind.DENY).asOptional();
  }
}
