package dev.ntplint.rules.config;

import dev.ntplint.diag.Severity;
import dev.ntplint.diag.Suggestions;
import dev.ntplint.rules.Rule;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.RuleOption;
import dev.ntplint.rules.RuleRegistry;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads {@code .ntplint.yaml} (YAML 1.2: {@code off} is a string, not false) and checks every key
 * and value against the rule registry, so a typo is an error naming file, line and column instead
 * of a silently ignored setting.
 */
public final class ConfigLoader {

  /** The file names looked for, in this order. */
  public static final List<String> FILE_NAMES = List.of(".ntplint.yaml", ".ntplint.yml");

  private static final List<String> TOP_KEYS = List.of("target", "fail-level",
      "inline-suppressions", "baseline", "ignore", "rules");

  private final RuleRegistry registry;

  public ConfigLoader(RuleRegistry registry) {
    this.registry = registry;
  }

  /** Reads and checks {@code file}. */
  public NtplintConfig load(Path file) throws ConfigException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(file + ": not UTF-8 text");
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    return parse(text, file.toString(), Optional.of(file), dir);
  }

  /** Reads configuration text; {@code name} is used in messages. */
  public NtplintConfig parse(String text, String name, Optional<Path> source, Path directory)
      throws ConfigException {
    LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(false)
        .setMaxAliasesForCollections(10).setUseMarks(true).build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      throw new ConfigException(mark == null ? name + ": " + e.getProblem()
          : name + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new ConfigException(name + ": " + e.getMessage());
    }
    Reader r = new Reader(name);
    Optional<String> target = Optional.empty();
    Optional<Severity> failLevel = Optional.empty();
    Optional<Boolean> inline = Optional.empty();
    Optional<String> baseline = Optional.empty();
    List<String> ignore = new ArrayList<>();
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    if (root.isPresent() && !(root.get() instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) {
      MappingNode map = r.mapping(root.get(), "the configuration");
      for (NodeTuple t : map.getValue()) {
        String key = r.string(t.getKeyNode(), "a key");
        Node value = t.getValueNode();
        switch (key) {
          case "target" -> target = Optional.of(r.string(value, "target"));
          case "fail-level" -> failLevel = Optional.of(r.severity(value, "fail-level"));
          case "inline-suppressions" -> inline = Optional.of(r.bool(value, "inline-suppressions"));
          case "baseline" -> baseline = Optional.of(r.string(value, "baseline"));
          case "ignore" -> {
            for (Node item : r.sequence(value, "ignore")) {
              ignore.add(r.string(item, "an ignore pattern"));
            }
          }
          case "rules" -> readRules(r, value, rules);
          default -> throw r.error(t.getKeyNode(), "unknown key `" + key + "`"
              + Suggestions.closest(key, TOP_KEYS).map(s -> " (did you mean `" + s + "`?)")
                  .orElse("") + "; known keys: " + String.join(", ", TOP_KEYS));
        }
      }
    }
    return new NtplintConfig(source, directory, target, failLevel, inline, baseline, ignore, rules);
  }

  private void readRules(Reader r, Node node, Map<String, RuleSetting> rules) throws ConfigException {
    if (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return;
    }
    for (NodeTuple t : r.mapping(node, "rules").getValue()) {
      String key = r.string(t.getKeyNode(), "a rule id or name");
      Optional<Rule> rule = registry.find(key);
      if (rule.isEmpty()) {
        throw r.error(t.getKeyNode(), "unknown rule `" + key + "`"
            + registry.suggest(key).map(s -> " (did you mean `" + s + "`?)").orElse("")
            + "; `ntplint rules` lists them");
      }
      RuleMetadata meta = rule.get().metadata();
      if (rules.containsKey(meta.id())) {
        throw r.error(t.getKeyNode(), "rule " + meta.id() + " (" + meta.name()
            + ") is configured twice");
      }
      rules.put(meta.id(), setting(r, meta, t.getValueNode()));
    }
  }

  private RuleSetting setting(Reader r, RuleMetadata meta, Node node) throws ConfigException {
    if (node instanceof ScalarNode s) {
      if (s.getTag().equals(Tag.BOOL)) {
        return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT))
            ? new RuleSetting(true, Optional.empty(), Map.of()) : RuleSetting.OFF;
      }
      String v = s.getValue().toLowerCase(Locale.ROOT);
      if (v.equals("off")) {
        return RuleSetting.OFF;
      }
      if (v.equals("on")) {
        return new RuleSetting(true, Optional.empty(), Map.of());
      }
      return RuleSetting.severity(r.severity(node, meta.name()));
    }
    boolean enabled = true;
    Optional<Severity> severity = Optional.empty();
    Map<String, Object> options = new LinkedHashMap<>();
    for (NodeTuple t : r.mapping(node, meta.name()).getValue()) {
      String key = r.string(t.getKeyNode(), "a key");
      switch (key) {
        case "severity" -> {
          String v = r.string(t.getValueNode(), "severity").toLowerCase(Locale.ROOT);
          if (v.equals("off")) {
            enabled = false;
          } else {
            severity = Optional.of(r.severity(t.getValueNode(), "severity"));
          }
        }
        case "enabled" -> enabled = r.bool(t.getValueNode(), "enabled");
        case "options" -> {
          for (NodeTuple o : r.mapping(t.getValueNode(), "options").getValue()) {
            String name = r.string(o.getKeyNode(), "an option name");
            Optional<RuleOption> option = meta.option(name);
            if (option.isEmpty()) {
              List<String> known = meta.options().stream().map(RuleOption::name).toList();
              throw r.error(o.getKeyNode(), meta.name() + " has no option `" + name + "`"
                  + (known.isEmpty() ? " (it takes none)" : "; its options: "
                      + String.join(", ", known)));
            }
            Object value = option.get().accept(r.scalar(o.getValueNode()));
            if (value == null) {
              throw r.error(o.getValueNode(), "option `" + name + "` of " + meta.name()
                  + " must be " + (option.get().type() == RuleOption.Type.INTEGER ? "an " : "a ")
                  + option.get().type().label());
            }
            options.put(name, value);
          }
        }
        default -> throw r.error(t.getKeyNode(), "unknown key `" + key + "` for rule "
            + meta.name() + "; use severity, enabled or options");
      }
    }
    return new RuleSetting(enabled, severity, options);
  }

  /** Node access with errors that name the file and position. */
  private static final class Reader {
    private final String name;

    Reader(String name) {
      this.name = name;
    }

    ConfigException error(Node node, String message) {
      Optional<Mark> mark = node.getStartMark();
      return new ConfigException(mark.map(m -> name + ":" + (m.getLine() + 1) + ":"
          + (m.getColumn() + 1)).orElse(name) + ": " + message);
    }

    MappingNode mapping(Node node, String what) throws ConfigException {
      if (node instanceof MappingNode m) {
        return m;
      }
      throw error(node, what + " must be a mapping (key: value lines)");
    }

    List<Node> sequence(Node node, String what) throws ConfigException {
      if (node instanceof SequenceNode s) {
        return s.getValue();
      }
      throw error(node, what + " must be a list");
    }

    String string(Node node, String what) throws ConfigException {
      if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
        return s.getValue();
      }
      throw error(node, what + " must be a plain value");
    }

    boolean bool(Node node, String what) throws ConfigException {
      if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
        return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
      }
      throw error(node, what + " must be true or false");
    }

    Severity severity(Node node, String what) throws ConfigException {
      String v = string(node, what).toLowerCase(Locale.ROOT);
      switch (v) {
        case "error":
          return Severity.ERROR;
        case "warning":
        case "warn":
          return Severity.WARNING;
        case "info":
          return Severity.INFO;
        default:
          throw error(node, what + " must be error, warning or info (or off/on for a rule), not `"
              + v + "`");
      }
    }

    /** A scalar as a Java value by its resolved YAML tag. */
    Object scalar(Node node) throws ConfigException {
      if (!(node instanceof ScalarNode s)) {
        throw error(node, "expected a plain value");
      }
      String v = s.getValue();
      if (s.getTag().equals(Tag.INT)) {
        BigInteger b = new BigInteger(v.replace("_", "").replaceFirst("^\\+", ""));
        return b.bitLength() < 63 ? (Object) b.longValue() : v;
      }
      if (s.getTag().equals(Tag.FLOAT)) {
        return Double.parseDouble(v);
      }
      if (s.getTag().equals(Tag.BOOL)) {
        return Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
      }
      if (s.getTag().equals(Tag.NULL)) {
        throw error(node, "expected a value");
      }
      return v;
    }
  }
}
