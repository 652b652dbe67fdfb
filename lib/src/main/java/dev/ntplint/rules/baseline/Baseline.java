package dev.ntplint.rules.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.config.ConfigException;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Known findings to accept while adopting ntplint on a fleet (ESLint's bulk suppressions,
 * ansible-lint's ignore file): {@code ntplint check --write-baseline FILE} records the current
 * findings, {@code --baseline FILE} (or {@code baseline:} in .ntplint.yaml) hides them later, so
 * only new findings fail the run.
 *
 * <p>A finding is keyed by its file (relative to the baseline's directory), its rule id and a hash
 * of the text of its line, with a count: moving lines around keeps the baseline valid, editing
 * the offending line or adding another finding of the same kind on an identical line does not.
 *
 * <pre>
 * {"version": 1, "findings": [
 *   {"file": "hosts/a/chrony.conf", "rule": "NTP101", "name": "single-source",
 *    "fingerprint": "5f2c...", "count": 1}]}
 * </pre>
 */
public final class Baseline {

  /** One key and how many findings it accepts. */
  public record Entry(String file, String rule, String name, String fingerprint, int count) {
    public Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(fingerprint, "fingerprint");
    }
  }

  /** What applying a baseline left. */
  public record Filtered(List<Finding> findings, int suppressed, int unused) {}

  private final Path directory;
  private final List<Entry> entries;

  private Baseline(Path directory, List<Entry> entries) {
    this.directory = directory.toAbsolutePath().normalize();
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** A baseline of {@code findings}, for a file in {@code directory}. */
  public static Baseline of(Path directory, List<Finding> findings) {
    Baseline empty = new Baseline(directory, List.of());
    Map<String, Entry> byKey = new TreeMap<>();
    for (Finding f : findings) {
      String file = empty.key(f.file());
      String fp = fingerprint(f);
      String key = file + "\0" + f.rule().id() + "\0" + fp;
      Entry e = byKey.get(key);
      byKey.put(key, new Entry(file, f.rule().id(), f.rule().name(), fp, e == null ? 1 : e.count() + 1));
    }
    return new Baseline(directory, new ArrayList<>(byKey.values()));
  }

  /** Reads a baseline file. */
  public static Baseline read(Path file) throws ConfigException {
    List<Entry> entries = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(Files.readAllBytes(file))) {
      expect(p.nextToken() == JsonToken.START_OBJECT, file, "an object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.getCurrentName();
        p.nextToken();
        if (field.equals("version")) {
          expect(p.getCurrentToken() == JsonToken.VALUE_NUMBER_INT && p.getIntValue() == 1, file,
              "version 1");
        } else if (field.equals("findings")) {
          expect(p.getCurrentToken() == JsonToken.START_ARRAY, file, "a findings array");
          while (p.nextToken() == JsonToken.START_OBJECT) {
            String f = null;
            String rule = null;
            String name = "";
            String fp = null;
            int count = 1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.getCurrentName();
              p.nextToken();
              switch (key) {
                case "file" -> f = p.getValueAsString();
                case "rule" -> rule = p.getValueAsString();
                case "name" -> name = p.getValueAsString();
                case "fingerprint" -> fp = p.getValueAsString();
                case "count" -> count = p.getValueAsInt(1);
                default -> p.skipChildren();
              }
            }
            expect(f != null && rule != null && fp != null && count > 0, file,
                "file, rule, fingerprint and a positive count in every entry");
            entries.add(new Entry(f, rule, name, fp, count));
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new ConfigException(file + ": not a baseline file: " + e.getMessage());
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    return new Baseline(dir, entries);
  }

  private static void expect(boolean ok, Path file, String what) throws ConfigException {
    if (!ok) {
      throw new ConfigException(file + ": not a baseline file: expected " + what);
    }
  }

  /** Writes this baseline as JSON. */
  public void write(Writer out) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.setPrettyPrinter(new DefaultPrettyPrinter());
    json.writeStartObject();
    json.writeNumberField("version", 1);
    json.writeArrayFieldStart("findings");
    for (Entry e : entries) {
      json.writeStartObject();
      json.writeStringField("file", e.file());
      json.writeStringField("rule", e.rule());
      json.writeStringField("name", e.name());
      json.writeStringField("fingerprint", e.fingerprint());
      json.writeNumberField("count", e.count());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write('\n');
  }

  /** The findings the baseline does not accept. */
  public Filtered filter(List<Finding> findings) {
    Map<String, Integer> budget = new TreeMap<>();
    for (Entry e : entries) {
      budget.merge(e.file() + "\0" + e.rule() + "\0" + e.fingerprint(), e.count(), Integer::sum);
    }
    List<Finding> kept = new ArrayList<>();
    int suppressed = 0;
    for (Finding f : findings) {
      String key = key(f.file()) + "\0" + f.rule().id() + "\0" + fingerprint(f);
      Integer left = budget.get(key);
      if (left != null && left > 0) {
        budget.put(key, left - 1);
        suppressed++;
      } else {
        kept.add(f);
      }
    }
    int unused = budget.values().stream().mapToInt(Integer::intValue).sum();
    return new Filtered(kept, suppressed, unused);
  }

  /** A file name relative to the baseline's directory when under it, with forward slashes. */
  String key(String file) {
    try {
      Path p = Path.of(file);
      Path absolute = p.isAbsolute() ? p.normalize() : p.toAbsolutePath().normalize();
      if (absolute.startsWith(directory)) {
        return directory.relativize(absolute).toString().replace('\\', '/');
      }
      return p.normalize().toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      return file;
    }
  }

  /** A hash of the rule and the stripped text of the finding's first line. */
  static String fingerprint(Finding f) {
    SourceFile file = f.span().file();
    int line = Math.min(f.line(), file.lineCount());
    int start = file.lineStart(line);
    int end = line < file.lineCount() ? file.lineStart(line + 1) : file.length();
    // A finding about the whole file (an empty span at its start) does not depend on line 1.
    String text = f.span().length() == 0 && f.span().start() == 0 ? "" : file.text(start, end).strip();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((f.rule().id() + "\0" + text)
          .getBytes(StandardCharsets.UTF_8)), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
