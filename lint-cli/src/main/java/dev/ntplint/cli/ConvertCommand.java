package dev.ntplint.cli;

import dev.ntplint.check.InOrderBatch;
import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.convert.BatchReport;
import dev.ntplint.convert.ChronyConversionOptions;
import dev.ntplint.convert.Conversion;
import dev.ntplint.convert.ConversionReport;
import dev.ntplint.convert.Distro;
import dev.ntplint.convert.NtpConversionOptions;
import dev.ntplint.convert.NtpdOptions;
import dev.ntplint.convert.tochrony.NtpToChrony;
import dev.ntplint.convert.tontp.ChronyToNtp;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.fs.FileRead;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ntplint convert}: translates the flags into {@link ChronyConversionOptions}, runs the
 * library converter and writes its output, keys and report where asked (files atomically, never
 * over an existing file without --force).
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert ntp.conf to chrony.conf (--to chrony) or chrony.conf to ntp.conf (--to"
        + " ntp), with a report of what was converted exactly, approximated or dropped (and why,"
        + " and what to do instead).",
        "The output goes to standard output unless -o; the report goes to standard error unless"
            + " --report."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every construct was converted exactly",
        "1:something was approximated or dropped (see the report)",
        "2:usage error, unreadable input (in batch mode: any input), an output that exists"
            + " without --force, or internal error"
    })
final class ConvertCommand implements Callable<Integer> {

  @ParentCommand
  NtplintMain main;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The file to convert (ntp.conf for"
      + " --to chrony, chrony.conf for --to ntp); - reads standard input. Several files need"
      + " --output-dir.")
  List<String> files;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Batch mode: convert every FILE into DIR (named after the input path; keys"
          + " files next to them) and write one JSON report (--report, default"
          + " DIR/convert-report.json).")
  Path outputDir;

  @Option(names = "--to", paramLabel = "DIALECT", required = true,
      description = "The output language: chrony (from ntp.conf) or ntp (from chrony.conf).")
  String to;

  @Option(names = "--target", paramLabel = "TARGET",
      description = "The daemon release the output is for: chrony-4.3 ... chrony-4.8,"
          + " chrony-HEAD (default: the newest) for --to chrony; ntp-4.2.8 or ntpsec-1.2"
          + " (default) for --to ntp. Options it lacks are left out and reported.")
  String target;

  @Option(names = "--distro", paramLabel = "DISTRO", defaultValue = "debian",
      description = "Whose file locations to write: debian, rhel or suse (default:"
          + " ${DEFAULT-VALUE}).")
  String distro;

  @Option(names = "--keys-out", paramLabel = "FILE",
      description = "Write the converted keys file here (mode 0600).")
  Path keysOut;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the report here instead"
      + " of standard error.")
  Path report;

  @Option(names = "--report-format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String reportFormat;

  @Option(names = "--open-cmdport", description = "Open chronyd's command port (UDP 323) to the"
      + " hosts ntpd answered monitoring queries from (cmdallow, bindcmdaddress). Off by default.")
  boolean openCommandPort;

  @Option(names = "--client-only", description = "Write no allow: the converted host serves no"
      + " NTP clients, whatever ntpd's restrict lines allowed.")
  boolean clientOnly;

  @Option(names = "--ntpd-options", paramLabel = "OPTIONS",
      description = "ntpd's command-line options from its service configuration, e.g. \"-g\""
          + " (-g, -x, -4/-6 and -u change the conversion).")
  String ntpdOptions;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the converted file here (atomically) instead of standard output.")
  Path output;

  @Option(names = "--force", description = "Replace existing output, keys and report files.")
  boolean force;

  @Option(names = "--root", paramLabel = "DIR",
      description = "Resolve absolute and included paths inside DIR (a mounted image of the"
          + " machine); nothing outside it is read.")
  Path root;

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "16777216",
      description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
  long maxSize;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "0",
      description = "Batch mode: convert up to N files at once (default ${DEFAULT-VALUE}: one per"
          + " processor); the outputs and the report are the same for every N.")
  int jobs;

  @Override
  public Integer call() {
    String toDialect = to.toLowerCase(Locale.ROOT);
    if (!toDialect.equals("chrony") && !toDialect.equals("ntp")) {
      throw new UserError("unknown --to `" + to + "`; use chrony (ntp.conf to chrony.conf) or ntp"
          + " (chrony.conf to ntp.conf)");
    }
    boolean json = switch (reportFormat.toLowerCase(Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw new UserError("unknown --report-format `" + reportFormat
          + "`; use text or json");
    };
    boolean toChrony = toDialect.equals("chrony");
    ChronyConversionOptions chronyOptions = toChrony ? chronyOptions() : null;
    NtpConversionOptions ntpOptions = toChrony ? null : ntpOptions();
    if (outputDir != null) {
      return batch(toChrony, chronyOptions, ntpOptions);
    }
    if (files.size() != 1) {
      throw new UserError("several files need --output-dir DIR (batch mode)");
    }
    // Refuse before doing any work, so nothing is half written.
    for (Path p : new Path[] {output, keysOut, report}) {
      if (p != null) {
        OutputFiles.checkWritable(p, force);
      }
    }
    Conversion conversion = convertOne(files.get(0), toChrony, chronyOptions, ntpOptions);

    byte[] converted = conversion.output().getBytes(StandardCharsets.UTF_8);
    if (output != null) {
      OutputFiles.write(output, converted, force, false);
    } else {
      try {
        main.stdout.write(converted);
        main.stdout.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean keysLost = false;
    if (conversion.keys().isPresent()) {
      if (keysOut != null) {
        OutputFiles.write(keysOut, conversion.keys().get().getBytes(StandardCharsets.UTF_8), force,
            true);
      } else {
        keysLost = true;
      }
    }
    String reportText = render(conversion.report(), json);
    if (report != null) {
      OutputFiles.write(report, reportText.getBytes(StandardCharsets.UTF_8), force, false);
      err.println("ntplint: " + summary(conversion.report()) + "; report in " + report);
    } else {
      err.print(reportText);
    }
    if (keysLost) {
      err.println("ntplint: the keys file was converted but not written: give --keys-out FILE");
    }
    err.flush();
    return conversion.exact() && !keysLost ? ExitCode.OK : ExitCode.PROBLEMS;
  }

  private Conversion convertOne(String file, boolean toChrony,
      ChronyConversionOptions chronyOptions, NtpConversionOptions ntpOptions) {
    InputOptions input = new InputOptions();
    input.file = file;
    input.root = root;
    input.maxSize = maxSize;
    ConfinedFileSystem fs = input.fileSystem();
    InputOptions.Input read = input.read(fs);
    if (toChrony) {
      NtpConfigSet set = NtpLoading.load(input, read, NtpTarget.ANY);
      return NtpToChrony.convert(set, chronyOptions);
    }
    ChronyConfig config = ChronyConf.parse(read.source(), ChronyVersion.NEWEST).config();
    return ChronyToNtp.convert(config, chronyKeys(config, fs), ntpOptions);
  }

  /**
   * Batch mode: every file into the output directory, one JSON report. A file that cannot be read
   * is reported and the others are still converted; the exit code is the worst of all.
   */
  private int batch(boolean toChrony, ChronyConversionOptions chronyOptions,
      NtpConversionOptions ntpOptions) {
    if (output != null || keysOut != null) {
      throw new UserError("--output-dir writes each output and keys file itself; leave out -o and"
          + " --keys-out");
    }
    if (jobs < 0) {
      throw new UserError("--jobs " + jobs + ": give 0 (one per processor) or more");
    }
    if (!Files.isDirectory(outputDir)) {
      throw new UserError(outputDir + ": --output-dir is not a directory");
    }
    Path reportFile = report != null ? report : outputDir.resolve("convert-report.json");
    String suffix = toChrony ? ".chrony.conf" : ".ntp.conf";
    List<String> names = new ArrayList<>();
    // A set beside the list: checking each new name against a list is quadratic in the batch.
    Set<String> taken = new HashSet<>();
    for (String file : files) {
      if (file.equals("-")) {
        throw new UserError("batch mode reads files, not standard input");
      }
      String name = outputName(file);
      if (!taken.add(name)) {
        throw new UserError(file + ": gives the same output name as another input (" + name + ")");
      }
      names.add(name);
      OutputFiles.checkWritable(outputDir.resolve(name + suffix), force);
    }
    OutputFiles.checkWritable(reportFile, force);
    List<BatchReport.Item> items = new ArrayList<>();
    List<Integer> indexes = IntStream.range(0, files.size()).boxed().toList();
    // Each file is converted and written on its own (distinct output names, checked above), so
    // the files are converted in parallel; the report keeps the order of the inputs.
    InOrderBatch.run(indexes, jobs > 0 ? jobs : InOrderBatch.defaultThreads(),
        i -> convertInto(files.get(i), names.get(i), toChrony, chronyOptions, ntpOptions),
        items::add);
    BatchReport batch = new BatchReport(items);
    StringWriter json = new StringWriter();
    batch.writeJson(json);
    OutputFiles.write(reportFile, json.toString().getBytes(StandardCharsets.UTF_8), force, false);
    PrintWriter err = spec.commandLine().getErr();
    for (BatchReport.Item item : items) {
      err.println("ntplint: " + item.input() + ": " + item.error().orElseGet(() ->
          summary(item.report().get()) + " -> " + item.output().get()));
    }
    err.println("ntplint: report in " + reportFile);
    err.flush();
    if (batch.anyFailed()) {
      return ExitCode.ERROR;
    }
    return batch.exact() ? ExitCode.OK : ExitCode.PROBLEMS;
  }

  /** Batch mode: one file converted into the output directory, or why it could not be. */
  private BatchReport.Item convertInto(String file, String name, boolean toChrony,
      ChronyConversionOptions chronyOptions, NtpConversionOptions ntpOptions) {
    try {
      Conversion c = convertOne(file, toChrony, chronyOptions, ntpOptions);
      Path out = outputDir.resolve(name + (toChrony ? ".chrony.conf" : ".ntp.conf"));
      OutputFiles.write(out, c.output().getBytes(StandardCharsets.UTF_8), force, false);
      if (c.keys().isPresent()) {
        OutputFiles.write(outputDir.resolve(name + (toChrony ? ".chrony.keys" : ".ntp.keys")),
            c.keys().get().getBytes(StandardCharsets.UTF_8), force, true);
      }
      return BatchReport.Item.converted(file, out.toString(), c.report());
    } catch (UserError e) {
      return BatchReport.Item.failed(file, e.getMessage());
    }
  }

  /** The input path as one file name: {@code /etc/hosts/a/ntp.conf} -> {@code etc_hosts_a_ntp.conf}. */
  static String outputName(String file) {
    String normal = Path.of(file).normalize().toString().replace('\\', '/');
    while (normal.startsWith("/") || normal.startsWith("./")) {
      normal = normal.substring(normal.startsWith("/") ? 1 : 2);
    }
    return normal.replace("../", "up_").replace('/', '_');
  }

  private ChronyConversionOptions chronyOptions() {
    ChronyVersion version = target == null ? ChronyVersion.NEWEST
        : ChronyVersion.parseTarget(target).orElseThrow(() -> new UserError("unknown target `"
            + target + "`; use one of chrony-4.3, chrony-4.4, chrony-4.5, chrony-4.6,"
            + " chrony-4.6.1, chrony-4.7, chrony-4.8, chrony-HEAD"));
    Distro d = Distro.parse(distro).orElseThrow(() -> new UserError("unknown --distro `" + distro
        + "`; use debian, rhel or suse"));
    return ChronyConversionOptions.defaults().withTarget(version).withDistro(d)
        .withOpenCommandPort(openCommandPort).withClientOnly(clientOnly)
        .withNtpdOptions(ntpdOptions == null ? NtpdOptions.unknown()
            : NtpdOptions.parse(ntpdOptions));
  }

  private NtpConversionOptions ntpOptions() {
    NtpTarget ntp = target == null ? NtpTarget.NTPSEC_1_2 : NtpTarget.parseTarget(target)
        .filter(t -> t.flavour().isPresent()).orElseThrow(() -> new UserError("unknown target `"
            + target + "` for --to ntp; use ntp-4.2.8 or ntpsec-1.2"));
    Distro d = Distro.parse(distro).orElseThrow(() -> new UserError("unknown --distro `" + distro
        + "`; use debian, rhel or suse"));
    return new NtpConversionOptions(ntp.flavour().get(), d);
  }

  /** The keys file the chrony.conf names, read as chronyd would (inside --root). */
  private static Optional<SourceFile> chronyKeys(ChronyConfig config, ConfinedFileSystem fs) {
    String path = null;
    for (Setting s : config.directives(Setting.class)) {
      if (s.directive() == ChronyDirectiveKind.KEYFILE && !s.syntax().arguments().isEmpty()) {
        path = s.syntax().arguments().get(0).text();
      }
    }
    if (path == null) {
      return Optional.empty();
    }
    FileRead read = fs.readFile(path);
    if (read instanceof FileRead.Contents contents) {
      return Optional.of(SourceFile.of(path, contents.bytes()));
    }
    return Optional.empty();
  }

  private static String render(ConversionReport report, boolean json) {
    StringWriter out = new StringWriter();
    if (json) {
      report.writeJson(out);
    } else {
      report.writeText(out);
    }
    return out.toString();
  }

  private static String summary(ConversionReport report) {
    var counts = report.counts();
    return counts.get(dev.ntplint.convert.Outcome.CONVERTED) + " converted, "
        + counts.get(dev.ntplint.convert.Outcome.APPROXIMATED) + " approximated, "
        + counts.get(dev.ntplint.convert.Outcome.DROPPED) + " dropped";
  }
}
