package dev.ntplint.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.Subnet;
import dev.ntplint.chrony.model.Value;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.InetAddress;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes typed models as JSON, one object per record, with positions. Generic over records so that
 * both dialects' models print the same way: a record's components become fields, a {@link Span}
 * becomes {@code {line, column, endLine, endColumn}}, a {@link Word} its text and position.
 */
public final class ModelJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator json;

  public ModelJson(Writer out) {
    try {
      this.json = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JsonGenerator generator() {
    return json;
  }

  public void flush() {
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One file of a configuration: its name, its include depth (1 = main) and its directives. */
  public record FileModel(String file, int depth, List<? extends Record> directives) {}

  /**
   * Writes the document {@code ntplint parse} prints: dialect, target, the daemon's verdict, every
   * file with its directives, every diagnostic; then a newline, and flushes.
   */
  public void writeDocument(String dialect, String target, boolean rejected, List<FileModel> files,
      List<Diagnostic> diagnostics) {
    try {
      json.writeStartObject();
      json.writeStringField("dialect", dialect);
      json.writeStringField("target", target);
      json.writeBooleanField("rejected", rejected);
      json.writeArrayFieldStart("files");
      for (FileModel file : files) {
        json.writeStartObject();
        json.writeStringField("file", file.file());
        json.writeNumberField("depth", file.depth());
        json.writeArrayFieldStart("directives");
        for (Record directive : file.directives()) {
          writeDirective(directive);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        writeDiagnostic(d);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void writeDiagnostic(Diagnostic d) throws IOException {
    json.writeStartObject();
    json.writeStringField("code", d.code());
    json.writeStringField("severity", d.severity().label());
    json.writeStringField("message", d.message());
    json.writeStringField("file", d.span().file().name());
    writeSpanFields(d.span());
    if (d.suggestion().isPresent()) {
      json.writeStringField("suggestion", d.suggestion().get());
    }
    json.writeBooleanField("rejectsFile", d.rejectsFile());
    json.writeEndObject();
  }

  /**
   * Writes a directive record: {@code family} (the record type), {@code name} (as written),
   * {@code arguments}, its position, then the record's typed fields (none of which is named like
   * those).
   */
  public void writeDirective(Record directive) throws IOException {
    json.writeStartObject();
    json.writeStringField("family", directive.getClass().getSimpleName());
    for (RecordComponent component : directive.getClass().getRecordComponents()) {
      Object value = get(component, directive);
      if (value instanceof DirectiveSyntax syntax) {
        json.writeStringField("name", syntax.name().text());
        json.writeArrayFieldStart("arguments");
        for (Word w : syntax.arguments()) {
          json.writeString(w.text());
        }
        json.writeEndArray();
        writeSpanFields(syntax.span());
        continue;
      }
      json.writeFieldName(component.getName());
      writeValue(value);
    }
    json.writeEndObject();
  }

  private void writeSpanFields(Span span) throws IOException {
    json.writeNumberField("line", span.line());
    json.writeNumberField("column", span.column());
    json.writeNumberField("endLine", span.endLine());
    json.writeNumberField("endColumn", span.endColumn());
  }

  private void writeValue(Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Optional<?> optional) {
      writeValue(optional.orElse(null));
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        json.writeString(d.toString());
      } else {
        json.writeNumber(d);
      }
    } else if (value instanceof Number n) {
      json.writeNumber(n.longValue());
    } else if (value instanceof Enum<?> e) {
      json.writeString(keyword(e));
    } else if (value instanceof Word w) {
      json.writeStartObject();
      json.writeStringField("text", w.text());
      writeSpanFields(w.span());
      json.writeEndObject();
    } else if (value instanceof Span s) {
      json.writeStartObject();
      writeSpanFields(s);
      json.writeEndObject();
    } else if (value instanceof InetAddress a) {
      json.writeString(a.getHostAddress());
    } else if (value instanceof Collection<?> c) {
      json.writeStartArray();
      for (Object o : c) {
        writeValue(o);
      }
      json.writeEndArray();
    } else if (value instanceof Record r) {
      json.writeStartObject();
      for (RecordComponent component : r.getClass().getRecordComponents()) {
        writeComponent(component.getName(), get(component, r));
      }
      json.writeEndObject();
    } else if (FORMER_RECORDS.containsKey(value.getClass())) {
      json.writeStartObject();
      for (String name : FORMER_RECORDS.get(value.getClass())) {
        writeComponent(name, get(name, value));
      }
      json.writeEndObject();
    } else {
      json.writeString(value.toString());
    }
  }

  private void writeComponent(String name, Object value) throws IOException {
    if (value instanceof Span s) {
      writeSpanFields(s);
    } else {
      json.writeFieldName(name);
      writeValue(value);
    }
  }

  /**
   * The model's values that were records and are now final classes holding less (issue 8, P4),
   * with their former components in order: printed exactly as the records were.
   */
  private static final Map<Class<?>, List<String>> FORMER_RECORDS = Map.ofEntries(
      Map.entry(Option.class, List.of("kind", "keyword", "value")),
      Map.entry(Value.IntValue.class, List.of("value", "span")),
      Map.entry(Value.DoubleValue.class, List.of("value", "span")),
      Map.entry(Value.TextValue.class, List.of("text", "span")),
      Map.entry(Subnet.class, List.of("text", "address", "prefixLength", "hostName", "span")),
      Map.entry(dev.ntplint.ntp.model.Option.class, List.of("kind", "keyword", "value")),
      Map.entry(dev.ntplint.ntp.model.Value.IntValue.class,
          List.of("value", "unsigned", "span")),
      Map.entry(dev.ntplint.ntp.model.Value.DoubleValue.class, List.of("value", "span")),
      Map.entry(dev.ntplint.ntp.model.Value.BooleanValue.class, List.of("value", "span")),
      Map.entry(dev.ntplint.ntp.model.Value.TextValue.class, List.of("text", "span")),
      Map.entry(dev.ntplint.ntp.model.Value.SecretValue.class, List.of("secret", "span")),
      Map.entry(dev.ntplint.ntp.model.NtpAddress.class,
          List.of("word", "text", "family", "numeric", "prefixLength", "refclock")));

  private static Object get(String accessor, Object value) {
    try {
      return value.getClass().getMethod(accessor).invoke(value);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor + " of " + value.getClass(), e);
    }
  }

  /**
   * Catalogue enums of both dialects spell their keyword in a {@code keyword()} method (an ntpd
   * keyword can hold a space, as {@code serverresponse fuzz}); other enums print their name in
   * lower case.
   */
  private static final ClassValue<Method> KEYWORD_METHOD = new ClassValue<>() {
    @Override
    protected Method computeValue(Class<?> type) {
      try {
        Method m = type.getMethod("keyword");
        return m.getReturnType() == String.class ? m : null;
      } catch (NoSuchMethodException e) {
        return null;
      }
    }
  };

  private static String keyword(Enum<?> e) {
    Method m = KEYWORD_METHOD.get(e.getDeclaringClass());
    if (m != null) {
      try {
        return (String) m.invoke(e);
      } catch (IllegalAccessException | InvocationTargetException ex) {
        throw new IllegalStateException("cannot read the keyword of " + e, ex);
      }
    }
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static Object get(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
