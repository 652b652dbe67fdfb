package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/** A command naming a file or directory: {@code driftfile}, {@code leapfile}, {@code logfile},
 * {@code pidfile}, {@code statsdir}, {@code keys}, {@code keysdir}, {@code saveconfigdir},
 * {@code ntpsigndsocket}.
 *
 * @param path the path; empty for a bare {@code driftfile} (which disables the drift file)
 * @param extra {@code driftfile}'s deprecated wander threshold, or classic {@code leapfile}'s
 *     {@code checkhash}/{@code ignorehash} */
public record FileSetting(
    DirectiveSyntax syntax,
    NtpDirectiveKind command,
    Optional<Value.TextValue> path,
    Optional<Value> extra)
    implements NtpDirective {

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(command);
  }
}
