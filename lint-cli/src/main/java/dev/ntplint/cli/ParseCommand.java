package dev.ntplint.cli;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.source.SourceFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParentCommand;

/** {@code ntplint parse}: the model as JSON, and the daemon's verdict as the exit code. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Print the typed model as JSON with positions (for jq).",
        "Diagnostics go to standard error as FILE:LINE:COL: SEVERITY: MESSAGE [CODE].",
        "Exits 1 exactly when the target daemon's own parser (chronyd -p) rejects the file."})
final class ParseCommand implements Callable<Integer> {

  @ParentCommand
  NtplintMain main;

  @Mixin
  InputOptions input = new InputOptions();

  @Option(names = {"-q", "--quiet"}, description = "Do not print diagnostics on standard error.")
  boolean quiet;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    SourceFile source = input.read();
    Dialect dialect = input.dialect(source);
    if (dialect != Dialect.CHRONY) {
      throw new UserError(source.name() + ": ntp.conf is not supported yet (use --dialect chrony)");
    }
    boolean rejected = ChronyLoading.writeJson(input, source, main.stdout,
        spec.commandLine().getErr(), quiet);
    return rejected ? ExitCode.PROBLEMS : ExitCode.OK;
  }
}
