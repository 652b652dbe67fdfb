package dev.ntplint.convert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of converting many files at once (a fleet): one JSON document with, per input, where
 * its output went and its {@link ConversionReport}, or why it could not be converted.
 *
 * @param items one per input, in the order given
 */
public record BatchReport(List<Item> items) {

  /**
   * One input.
   *
   * @param input the input as given
   * @param output where the converted file was written (empty when it failed)
   * @param report the conversion's report (empty when it failed)
   * @param error why the input could not be converted
   */
  public record Item(String input, Optional<String> output, Optional<ConversionReport> report,
      Optional<String> error) {

    public Item {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(error, "error");
    }

    public static Item converted(String input, String output, ConversionReport report) {
      return new Item(input, Optional.of(output), Optional.of(report), Optional.empty());
    }

    public static Item failed(String input, String error) {
      return new Item(input, Optional.empty(), Optional.empty(), Optional.of(error));
    }
  }

  public BatchReport {
    items = List.copyOf(items);
  }

  /** True when every input was converted, and converted exactly. */
  public boolean exact() {
    return items.stream().allMatch(i -> i.report().map(ConversionReport::exact).orElse(false));
  }

  /** True when some input could not be converted at all. */
  public boolean anyFailed() {
    return items.stream().anyMatch(i -> i.error().isPresent());
  }

  /** Writes {@code {"files": n, "exact": b, "failed": n, "conversions": [...]}} and a newline. */
  public void writeJson(Writer out) {
    try {
      JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("files", items.size());
      json.writeBooleanField("exact", exact());
      json.writeNumberField("failed", items.stream().filter(i -> i.error().isPresent()).count());
      json.writeArrayFieldStart("conversions");
      for (Item item : items) {
        json.writeStartObject();
        json.writeStringField("input", item.input());
        if (item.output().isPresent()) {
          json.writeStringField("output", item.output().get());
        }
        if (item.error().isPresent()) {
          json.writeStringField("error", item.error().get());
        }
        if (item.report().isPresent()) {
          json.writeFieldName("report");
          item.report().get().writeJson(json);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
