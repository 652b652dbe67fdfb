package dev.ntplint.chrony;

import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Diagnostics;
import java.util.List;

/**
 * What reading a chrony.conf gives: the model (always, whatever the input) and the diagnostics.
 */
public record ChronyParseResult(ChronyConfig config, List<Diagnostic> diagnostics) {

  public ChronyParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when the target chronyd's parser ({@code chronyd -p}) would refuse this file. */
  public boolean rejected() {
    return Diagnostics.anyRejects(diagnostics);
  }
}
