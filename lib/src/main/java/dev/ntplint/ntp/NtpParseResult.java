package dev.ntplint.ntp;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.ntp.model.NtpConfig;
import java.util.List;

/** What reading an ntp.conf gives: the model (always, whatever the input) and the diagnostics. */
public record NtpParseResult(NtpConfig config, List<Diagnostic> diagnostics) {

  public NtpParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * True when the target ntpd's parser reports a syntax error (or exits while reading) for this
   * file; for the accept-either target, when neither daemon would read it cleanly.
   */
  public boolean rejected() {
    return Diagnostics.anyRejects(diagnostics);
  }
}
