package dev.ntplint.convert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The per-construct report of one conversion, in input order. Text for people ({@link
 * #writeText}), JSON for fleets ({@link #writeJson}). Key material and passwords never appear:
 * constructs are redacted by the converter before they get here.
 *
 * @param from the input language ({@code ntp} or {@code chrony})
 * @param to the output language
 * @param target the output daemon release, e.g. {@code chrony-4.3}
 * @param input the main input file
 * @param entries one entry per construct
 */
public record ConversionReport(String from, String to, String target, String input,
    List<ReportEntry> entries) {

  private static final JsonFactory JSON = new JsonFactory();

  public ConversionReport {
    entries = List.copyOf(entries);
  }

  /** True when every construct was converted exactly. */
  public boolean exact() {
    return entries.stream().allMatch(e -> e.outcome() == Outcome.CONVERTED);
  }

  /** How many entries have each outcome (every outcome present, possibly 0). */
  public Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    entries.forEach(e -> counts.merge(e.outcome(), 1, Integer::sum));
    return counts;
  }

  /** The entries with one outcome. */
  public List<ReportEntry> entries(Outcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).toList();
  }

  /**
   * Writes the report for people: a summary line, then one block per entry that is not an exact
   * conversion, then the exact ones in one line each.
   */
  public void writeText(Writer out) {
    try {
      Map<Outcome, Integer> counts = counts();
      out.write("ntplint convert " + from + " -> " + to + " (" + target + "): " + input + "\n");
      out.write(counts.get(Outcome.CONVERTED) + " converted, " + counts.get(Outcome.APPROXIMATED)
          + " approximated, " + counts.get(Outcome.DROPPED) + " dropped\n");
      for (Outcome outcome : List.of(Outcome.DROPPED, Outcome.APPROXIMATED, Outcome.CONVERTED)) {
        List<ReportEntry> list = entries(outcome);
        if (list.isEmpty()) {
          continue;
        }
        out.write("\n" + outcome.label().toUpperCase(java.util.Locale.ROOT) + ":\n");
        for (ReportEntry e : list) {
          out.write("  " + e.location() + ": " + e.construct() + "\n");
          for (OutputLine line : e.output()) {
            out.write("      -> " + (line.number() > 0 ? line.number() + ": " : "") + line.text()
                + "\n");
          }
          if (!e.reason().isEmpty()) {
            out.write("      why: " + e.reason() + "\n");
          }
          if (e.advice().isPresent()) {
            out.write("      do:  " + e.advice().get() + "\n");
          }
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report for people, as {@link #writeText} writes it. */
  public String text() {
    StringWriter out = new StringWriter();
    writeText(out);
    return out.toString();
  }

  /** The report as one JSON document, as {@link #writeJson(Writer)} writes it. */
  public String json() {
    StringWriter out = new StringWriter();
    writeJson(out);
    return out.toString();
  }

  /** Writes the report as one JSON document (and a newline). */
  public void writeJson(Writer out) {
    try {
      JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter();
      writeJson(json);
      json.flush();
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report as one JSON object into a document being written. */
  public void writeJson(JsonGenerator json) {
    try {
      json.writeStartObject();
      json.writeStringField("from", from);
      json.writeStringField("to", to);
      json.writeStringField("target", target);
      json.writeStringField("input", input);
      json.writeBooleanField("exact", exact());
      json.writeObjectFieldStart("summary");
      for (Map.Entry<Outcome, Integer> c : counts().entrySet()) {
        json.writeNumberField(c.getKey().label(), c.getValue());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("entries");
      for (ReportEntry e : entries) {
        writeEntry(json, e);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeEntry(JsonGenerator json, ReportEntry e) throws IOException {
    json.writeStartObject();
    json.writeStringField("file", e.file());
    json.writeNumberField("line", e.line());
    json.writeStringField("construct", e.construct());
    json.writeStringField("outcome", e.outcome().label());
    json.writeStringField("reason", e.reason());
    if (e.advice().isPresent()) {
      json.writeStringField("advice", e.advice().get());
    }
    json.writeArrayFieldStart("output");
    for (OutputLine line : e.output()) {
      json.writeStartObject();
      json.writeNumberField("line", line.number());
      json.writeStringField("text", line.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
