package dev.ntplint.cli;

import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.source.SourceFile;
import java.io.PrintWriter;
import java.util.List;
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
        "Included files (include, confdir, sourcedir; includefile) are read as the daemon reads them.",
        "Exits 1 exactly when the target daemon's own parser rejects the file (chronyd -p; for"
            + " ntp.conf, a syntax error in ntpd's log)."})
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
    ConfinedFileSystem fs = input.fileSystem();
    InputOptions.Input file = input.read(fs);
    SourceFile source = file.source();
    PrintWriter stderr = spec.commandLine().getErr();
    Dialect dialect = input.dialect(source, stderr);
    if (dialect == Dialect.NTP) {
      NtpConfigSet set = NtpLoading.load(input, file);
      if (!quiet) {
        NtpLoading.printDiagnostics(set, stderr);
      }
      NtpLoading.writeJson(set, input.ntpTarget().targetName(), main.stdout);
      return set.rejected() ? ExitCode.PROBLEMS : ExitCode.OK;
    }
    ChronyConfigTree tree = ChronyLoading.load(input, fs, file);
    List<Diagnostic> diagnostics = ChronyLoading.diagnostics(tree, fs);
    if (!quiet) {
      ChronyLoading.printDiagnostics(diagnostics, stderr);
    }
    ChronyLoading.writeJson(tree, diagnostics, input.chronyTarget().targetName(), main.stdout);
    return tree.rejected() ? ExitCode.PROBLEMS : ExitCode.OK;
  }
}
