package dev.ntplint.cli;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.ntp.NtpConf;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ntplint print}: the file through the model, byte for byte; or flattened as chronyd -p does. */
@Command(name = "print", mixinStandardHelpOptions = true,
    description = {"Print the file through the model: byte-identical to the input.",
        "With --flatten (chrony.conf), inline the included files in chronyd's order and print each"
            + " directive normalised, as `chronyd -p` does."})
final class PrintCommand implements Callable<Integer> {

  @ParentCommand
  NtplintMain main;

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input = new InputOptions();

  @Option(names = "--flatten", description = "Inline includes and normalise lines like `chronyd -p`.")
  boolean flatten;

  @Override
  public Integer call() {
    ConfinedFileSystem fs = input.fileSystem();
    InputOptions.Input file = input.read(fs);
    SourceFile source = file.source();
    Dialect dialect = input.dialect(source, spec.commandLine().getErr());
    byte[] output;
    if (dialect == Dialect.NTP) {
      if (flatten) {
        throw new UserError("--flatten prints chrony.conf as chronyd -p does; ntpd has no such"
            + " normalised form");
      }
      output = NtpConf.parse(source, input.ntpTarget()).config().print();
    } else if (flatten) {
      output = ChronyLoading.flatten(ChronyLoading.load(input, fs, file));
    } else {
      output = ChronyConf.parse(source, input.chronyTarget()).config().print();
    }
    try {
      main.stdout.write(output);
      main.stdout.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ExitCode.OK;
  }
}
