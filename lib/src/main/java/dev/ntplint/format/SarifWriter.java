package dev.ntplint.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.ntplint.diag.Severity;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.Fix;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.TextEdit;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 with what GitHub code scanning requires and uses: {@code tool.driver.rules} (id,
 * name, short and full description, help text and markdown, helpUri, default level, tags,
 * precision, problem.severity, security-severity for security rules), results with ruleId,
 * ruleIndex, level, message and one location with a repository-relative URI and a 1-based region
 * (end column exclusive, columns in Unicode code points), and a stable partial fingerprint; a
 * finding with a fix also carries it as SARIF {@code fixes} (byte regions), which code scanning
 * ignores but SARIF viewers and fix tools apply.
 */
public final class SarifWriter implements FindingWriter {

  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  /** GitHub shows at most this many characters of a description. */
  static final int MAX_DESCRIPTION = 1024;
  /** The digest of the partial fingerprints ({@code ntplintFingerprint/v1}). */
  private static final String FINGERPRINT_DIGEST = "SHA-256";

  @Override
  public void write(Report report, Writer out) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.setPrettyPrinter(new DefaultPrettyPrinter());
    List<RuleMetadata> rules = report.rules();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "ntplint");
    if (isSemanticVersion(report.toolVersion())) {
      json.writeStringField("semanticVersion", report.toolVersion());
    } else {
      json.writeStringField("version", report.toolVersion());
    }
    json.writeStringField("informationUri", RuleMetadata.DOCS_BASE_URI + "README.md");
    json.writeArrayFieldStart("rules");
    for (RuleMetadata r : rules) {
      writeRule(json, r);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeObjectFieldStart("originalUriBaseIds");
    json.writeObjectFieldStart("%SRCROOT%");
    String base = report.baseDirectory().toAbsolutePath().normalize().toUri().toString();
    json.writeStringField("uri", base.endsWith("/") ? base : base + "/");
    json.writeEndObject();
    json.writeEndObject();
    json.writeStringField("columnKind", "unicodeCodePoints");
    json.writeArrayFieldStart("results");
    for (Finding f : report.findings()) {
      json.writeStartObject();
      json.writeStringField("ruleId", f.rule().id());
      json.writeNumberField("ruleIndex", index.get(f.rule().id()));
      json.writeStringField("level", level(f.severity()));
      json.writeObjectFieldStart("message");
      json.writeStringField("text", f.message());
      json.writeEndObject();
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      writeArtifactLocation(json, report, f);
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", f.line());
      json.writeNumberField("startColumn", f.column());
      json.writeNumberField("endLine", f.endLine());
      json.writeNumberField("endColumn", f.endColumn());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeObjectFieldStart("partialFingerprints");
      json.writeStringField("ntplintFingerprint/v1", fingerprint(report, f));
      json.writeEndObject();
      if (f.fix().isPresent()) {
        writeFix(json, report, f, f.fix().get());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write('\n');
  }

  /**
   * SARIF's {@code fixes}: the fix's byte-range edits as replacements of the finding's file,
   * each deleted region given by byte offset and length (ntplint's edits speak of bytes, and a
   * byte region stays exact on a file that is not valid UTF-8), the inserted bytes as text when
   * they are UTF-8 and base64 otherwise. Whether the fix is safe to apply unreviewed is in the
   * fix's properties, as in the JSON format.
   */
  private static void writeFix(JsonGenerator json, Report report, Finding f, Fix fix)
      throws IOException {
    json.writeArrayFieldStart("fixes");
    json.writeStartObject();
    json.writeObjectFieldStart("description");
    json.writeStringField("text", fix.description());
    json.writeEndObject();
    json.writeArrayFieldStart("artifactChanges");
    json.writeStartObject();
    writeArtifactLocation(json, report, f);
    json.writeArrayFieldStart("replacements");
    for (TextEdit e : fix.edits()) {
      json.writeStartObject();
      json.writeObjectFieldStart("deletedRegion");
      json.writeNumberField("byteOffset", e.start());
      json.writeNumberField("byteLength", e.end() - e.start());
      json.writeEndObject();
      byte[] inserted = e.replacement();
      if (inserted.length > 0) {
        json.writeObjectFieldStart("insertedContent");
        if (isUtf8(inserted)) {
          json.writeStringField("text", new String(inserted, StandardCharsets.UTF_8));
        } else {
          json.writeStringField("binary", Base64.getEncoder().encodeToString(inserted));
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("properties");
    json.writeStringField("safety", fix.safety().label());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void writeArtifactLocation(JsonGenerator json, Report report, Finding f)
      throws IOException {
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(report.path(f.file())));
    if (report.relative(f.file())) {
      json.writeStringField("uriBaseId", "%SRCROOT%");
    }
    json.writeEndObject();
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void writeRule(JsonGenerator json, RuleMetadata r) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", r.id());
    json.writeStringField("name", r.name());
    json.writeObjectFieldStart("shortDescription");
    json.writeStringField("text", r.shortDescription());
    json.writeEndObject();
    String plainDescription = plain(r.fullDescription());
    json.writeObjectFieldStart("fullDescription");
    json.writeStringField("text", truncate(plainDescription));
    json.writeEndObject();
    json.writeObjectFieldStart("help");
    json.writeStringField("text", plainDescription + "\n\n" + r.helpUri());
    json.writeStringField("markdown", r.fullDescription() + "\n\n[" + r.id() + " " + r.name() + "]("
        + r.helpUri() + ")");
    json.writeEndObject();
    json.writeStringField("helpUri", r.helpUri());
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(r.defaultSeverity()));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeArrayFieldStart("tags");
    json.writeString(r.category().label());
    int count = 1;
    for (String tag : r.tags()) {
      if (count++ < 20) {
        json.writeString(tag);
      }
    }
    json.writeEndArray();
    json.writeStringField("precision", "high");
    json.writeStringField("problem.severity", switch (r.defaultSeverity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "recommendation";
    });
    if (r.security()) {
      json.writeStringField("security-severity", switch (r.defaultSeverity()) {
        case ERROR -> "8.0";
        case WARNING -> "5.0";
        case INFO -> "2.0";
      });
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * Markdown as plain text: code quotes and bold marks dropped, then each {@code *emphasis*}
   * unwrapped, as {@code replaceAll("(?<![*\\w])\\*(\\S[^*]*)\\*", "$1")} would (a star not after
   * a star or a word character, a non-space, anything up to the next star). A loop, not the
   * regex: compiled and run in the interpreter for each rule of a report, the regex was ~14 ms of
   * a short SARIF check (issue 8, P1; SarifPlainTextProperties compares the two).
   */
  static String plain(String markdown) {
    String s = markdown.replace("`", "").replace("**", "");
    int star = s.indexOf('*');
    if (star < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, star);
    int i = star;
    while (i < s.length()) {
      char c = s.charAt(i);
      int close;
      if (c == '*' && (i == 0 || !isStarOrWordChar(s.charAt(i - 1))) && i + 1 < s.length()
          && !isRegexSpace(s.charAt(i + 1)) && (close = s.indexOf('*', i + 2)) >= 0) {
        out.append(s, i + 1, close);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** {@code [*\w]} of java.util.regex: a star, an ASCII letter or digit, or an underscore. */
  private static boolean isStarOrWordChar(char c) {
    return c == '*' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9');
  }

  /** {@code \s} of java.util.regex: {@code [ \t\n\x0B\f\r]}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /**
   * True for a version SARIF may call semantic: {@code \d+\.\d+\.\d+.*} as a regex reads it
   * (ASCII digits, then anything but a line end), without a regex to compile in a short run.
   */
  static boolean isSemanticVersion(String version) {
    int at = 0;
    for (int part = 0; part < 3; part++) {
      if (part > 0) {
        if (at >= version.length() || version.charAt(at) != '.') {
          return false;
        }
        at++;
      }
      int digits = at;
      while (at < version.length() && version.charAt(at) >= '0' && version.charAt(at) <= '9') {
        at++;
      }
      if (at == digits) {
        return false;
      }
    }
    // The regex's final .* matches anything but a line end.
    for (; at < version.length(); at++) {
      char c = version.charAt(at);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /**
   * Looks up the fingerprints' digest once, so that its first use costs nothing later: the JDK's
   * security providers are set up on first use, ~23 ms in the interpreter. For a thread that
   * prepares a short SARIF check while its main thread lints (issue 8, P1).
   */
  public static void prepareFingerprints() {
    try {
      MessageDigest.getInstance(FINGERPRINT_DIGEST);
    } catch (NoSuchAlgorithmException e) {
      // The main thread reports it when it needs the digest.
    }
  }

  static String truncate(String s) {
    if (s.length() <= MAX_DESCRIPTION) {
      return s;
    }
    int cut = s.lastIndexOf(". ", MAX_DESCRIPTION - 1);
    return cut > 0 ? s.substring(0, cut + 1) : s.substring(0, MAX_DESCRIPTION - 1) + "…";
  }

  /** A relative path as a URI reference (percent-encoding what needs it). */
  static String uri(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  /** Rule, file and the text of the finding's line: stable when lines move. */
  static String fingerprint(Report report, Finding f) {
    SourceFile file = f.span().file();
    int line = Math.min(f.line(), file.lineCount());
    int start = file.lineStart(line);
    int end = line < file.lineCount() ? file.lineStart(line + 1) : file.length();
    // A finding about the whole file (an empty span at its start) does not depend on line 1.
    String text = f.span().length() == 0 && f.span().start() == 0 ? "" : file.text(start, end).strip();
    try {
      MessageDigest sha = MessageDigest.getInstance(FINGERPRINT_DIGEST);
      byte[] digest = sha.digest((f.rule().id() + "\0" + report.path(f.file()) + "\0" + text)
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
