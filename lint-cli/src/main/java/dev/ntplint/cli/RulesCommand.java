package dev.ntplint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.ntplint.dialect.Dialect;
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
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ntplint rules}: every rule with its metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"List every rule: id, name, default severity, whether it has a fix, dialects"
        + " and what it reports. `--format json` gives every field of the metadata.",
        "Rules from plugins on the class path (META-INF/services/dev.ntplint.rules.RuleProvider)"
            + " are included."})
final class RulesCommand implements Callable<Integer> {

  @ParentCommand
  NtplintMain main;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Override
  public Integer call() {
    RuleRegistry registry = registry();
    Writer out = new OutputStreamWriter(main != null ? main.stdout : System.out,
        StandardCharsets.UTF_8);
    print(registry, out);
    return ExitCode.OK;
  }

  /** The rules known to this run: built in, and from plugins. */
  static RuleRegistry registry() {
    try {
      return RuleRegistry.withPlugins(Thread.currentThread().getContextClassLoader());
    } catch (IllegalStateException | java.util.ServiceConfigurationError e) {
      throw new UserError("cannot load the rules: " + e.getMessage());
    }
  }

  /** ntplint's version, from the jar manifest ("dev" when run from classes). */
  static String toolVersion() {
    String v = NtplintMain.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  void print(RuleRegistry registry, Writer out) {
    try {
      switch (format.toLowerCase(Locale.ROOT)) {
        case "text" -> text(registry, out);
        case "json" -> json(registry, out);
        default -> throw new UserError("unknown format `" + format + "`; use text or json");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(RuleRegistry registry, Writer out) throws IOException {
    int width = 4;
    for (Rule r : registry.rules()) {
      width = Math.max(width, r.metadata().name().length());
    }
    out.write(String.format("%-7s %-" + width + "s %-8s %-6s %-13s %s%n", "ID", "NAME",
        "SEVERITY", "FIX", "DIALECTS", "WHAT IT REPORTS"));
    for (Rule r : registry.rules()) {
      RuleMetadata m = r.metadata();
      out.write(String.format("%-7s %-" + width + "s %-8s %-6s %-13s %s%n", m.id(), m.name(),
          m.defaultSeverity().label(), m.fixable() == Fixability.NONE ? "-" : m.fixable().label(),
          dialects(m), m.shortDescription()));
    }
  }

  static String dialects(RuleMetadata m) {
    StringBuilder sb = new StringBuilder();
    for (Dialect d : m.dialects()) {
      sb.append(sb.length() > 0 ? "," : "").append(d.name().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  private static void json(RuleRegistry registry, Writer out) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.setPrettyPrinter(new DefaultPrettyPrinter());
    json.writeStartObject();
    json.writeNumberField("version", 1);
    json.writeArrayFieldStart("rules");
    for (Rule r : registry.rules()) {
      RuleMetadata m = r.metadata();
      json.writeStartObject();
      json.writeStringField("id", m.id());
      json.writeStringField("name", m.name());
      json.writeArrayFieldStart("dialects");
      for (Dialect d : m.dialects()) {
        json.writeString(d.name().toLowerCase(Locale.ROOT));
      }
      json.writeEndArray();
      json.writeStringField("defaultSeverity", m.defaultSeverity().label());
      json.writeStringField("category", m.category().label());
      json.writeArrayFieldStart("tags");
      for (String t : m.tags()) {
        json.writeString(t);
      }
      json.writeEndArray();
      json.writeStringField("fixable", m.fixable().label());
      json.writeStringField("scope", m.scope() == Scope.CONFIGURATION ? "configuration" : "directive");
      json.writeStringField("shortDescription", m.shortDescription());
      json.writeStringField("fullDescription", m.fullDescription());
      json.writeArrayFieldStart("options");
      for (RuleOption o : m.options()) {
        json.writeStartObject();
        json.writeStringField("name", o.name());
        json.writeStringField("type", o.type().label());
        json.writeFieldName("default");
        Object v = o.defaultValue();
        if (v instanceof Integer i) {
          json.writeNumber(i);
        } else if (v instanceof Double d) {
          json.writeNumber(d);
        } else if (v instanceof Boolean b) {
          json.writeBoolean(b);
        } else {
          json.writeString(String.valueOf(v));
        }
        json.writeStringField("description", o.description());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("docs", m.docsPath());
      json.writeStringField("helpUri", m.helpUri());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write('\n');
  }
}
