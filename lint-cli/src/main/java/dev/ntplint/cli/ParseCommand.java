package dev.ntplint.cli;

import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.fs.ConfinedFileSystem;
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
        "Included files (include, confdir, sourcedir) are read as chronyd reads them.",
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
    ConfinedFileSystem fs = input.fileSystem();
    InputOptions.Input file = input.read(fs);
    SourceFile source = file.source();
    Dialect dialect = input.dialect(source);
    if (dialect != Dialect.CHRONY) {
      throw new UserError(source.name() + ": ntp.conf is not supported yet (use --dialect chrony)");
    }
    ChronyConfigTree tree = ChronyLoading.load(input, fs, file);
    if (!quiet) {
      ChronyLoading.printDiagnostics(tree, spec.commandLine().getErr());
    }
    ChronyLoading.writeJson(tree, input.chronyTarget().targetName(), main.stdout);
    return tree.rejected() ? ExitCode.PROBLEMS : ExitCode.OK;
  }
}
