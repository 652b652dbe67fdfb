package dev.ntplint.cli;

import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.Rule;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.RuleOption;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.rules.Scope;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ntplint explain ID|NAME}: the documentation of one rule. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Print what a rule checks and why, by id (NTP101, CP100) or name (single-source).")
final class ExplainCommand implements Callable<Integer> {

  @ParentCommand
  NtplintMain main;

  @Parameters(paramLabel = "ID|NAME", description = "The rule.")
  String rule;

  @Override
  public Integer call() {
    RuleRegistry registry = RulesCommand.registry();
    Rule found = registry.find(rule).orElseThrow(() -> new UserError("unknown rule `" + rule + "`"
        + registry.suggest(rule).map(s -> " (did you mean `" + s + "`?)").orElse("")
        + "; `ntplint rules` lists them"));
    RuleMetadata m = found.metadata();
    StringBuilder sb = new StringBuilder();
    sb.append(m.id()).append(' ').append(m.name()).append(": ").append(m.shortDescription())
        .append("\n\n");
    sb.append("Severity: ").append(m.defaultSeverity().label()).append(" | Category: ")
        .append(m.category().title()).append(" | Dialects: ").append(RulesCommand.dialects(m))
        .append(" | Fix: ").append(m.fixable() == Fixability.NONE ? "none" : m.fixable().label())
        .append(m.scope() == Scope.CONFIGURATION ? " | Whole configuration only" : "")
        .append("\n\n");
    sb.append(m.fullDescription().strip()).append("\n");
    if (!m.options().isEmpty()) {
      sb.append("\nOptions (.ntplint.yaml: rules: {").append(m.name()).append(": {options: {...}}}):\n");
      for (RuleOption o : m.options()) {
        sb.append("  ").append(o.name()).append(" (").append(o.type().label()).append(", default ")
            .append(o.defaultValue()).append("): ").append(o.description()).append('\n');
      }
    }
    sb.append("\nSuppress: # ntplint: disable=").append(m.name()).append(" -- reason\n");
    sb.append("Docs: ").append(m.docsPath()).append("\n      ").append(m.helpUri()).append('\n');
    try {
      Writer out = new OutputStreamWriter(main != null ? main.stdout : System.out,
          StandardCharsets.UTF_8);
      out.write(sb.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ExitCode.OK;
  }
}
