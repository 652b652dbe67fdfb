package dev.ntplint.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a SARIF document against the subset GitHub code scanning accepts (linter-ux.md section 2):
 * the fields it requires, non-empty, within its limits. Returns the problems found.
 */
public final class SarifCheck {

  private SarifCheck() {}

  public static List<String> problems(Object document) {
    List<String> p = new ArrayList<>();
    Map<String, Object> root = Json.object(document);
    require(p, root, "$schema", "top level");
    if (!"2.1.0".equals(root.get("version"))) {
      p.add("version must be 2.1.0");
    }
    List<Object> runs = Json.array(root.get("runs"));
    if (runs == null || runs.isEmpty() || runs.size() > 20) {
      p.add("runs must hold 1 to 20 runs");
      return p;
    }
    for (Object r : runs) {
      Map<String, Object> run = Json.object(r);
      Map<String, Object> driver = Json.object(Json.object(run.get("tool")).get("driver"));
      require(p, driver, "name", "tool.driver");
      if (!(driver.get("rules") instanceof List)) {
        p.add("tool.driver.rules is required");
        continue;
      }
      List<Object> rules = Json.array(driver.get("rules"));
      Set<String> ids = new HashSet<>();
      for (Object o : rules) {
        Map<String, Object> rule = Json.object(o);
        String where = "rule " + rule.get("id");
        require(p, rule, "id", where);
        ids.add(String.valueOf(rule.get("id")));
        require(p, rule, "name", where);
        text(p, rule, "shortDescription", where, 1024);
        text(p, rule, "fullDescription", where, 1024);
        text(p, rule, "help", where, Integer.MAX_VALUE);
        require(p, rule, "helpUri", where);
        if (rule.get("name") != null && String.valueOf(rule.get("name")).length() > 255) {
          p.add(where + ": name longer than 255");
        }
        Map<String, Object> conf = Json.object(rule.get("defaultConfiguration"));
        if (conf == null || !List.of("note", "warning", "error").contains(conf.get("level"))) {
          p.add(where + ": defaultConfiguration.level must be note, warning or error");
        }
        Map<String, Object> props = Json.object(rule.get("properties"));
        if (props != null && props.get("tags") instanceof List<?> tags && tags.size() > 20) {
          p.add(where + ": more than 20 tags");
        }
        if (props != null && props.containsKey("security-severity")) {
          double s = Double.parseDouble(String.valueOf(props.get("security-severity")));
          if (s < 0.1 || s > 10) {
            p.add(where + ": security-severity outside 0.1..10");
          }
        }
      }
      if (!(run.get("results") instanceof List)) {
        p.add("run.results is required");
        continue;
      }
      List<Object> results = Json.array(run.get("results"));
      if (results.size() > 25000) {
        p.add("more than 25000 results");
      }
      for (Object o : results) {
        Map<String, Object> result = Json.object(o);
        String where = "result " + result.get("ruleId");
        if (!ids.contains(String.valueOf(result.get("ruleId")))) {
          p.add(where + ": ruleId matches no rule");
        }
        if (result.get("ruleIndex") instanceof Long i
            && !Json.object(rules.get(i.intValue())).get("id").equals(result.get("ruleId"))) {
          p.add(where + ": ruleIndex points at another rule");
        }
        if (result.containsKey("level")
            && !List.of("none", "note", "warning", "error").contains(result.get("level"))) {
          p.add(where + ": bad level");
        }
        text(p, result, "message", where, Integer.MAX_VALUE);
        List<Object> locations = Json.array(result.get("locations"));
        if (locations == null || locations.isEmpty() || locations.size() > 1000) {
          p.add(where + ": locations must hold 1 to 1000 entries");
          continue;
        }
        Map<String, Object> physical = Json.object(Json.object(locations.get(0)).get("physicalLocation"));
        Map<String, Object> artifact = Json.object(physical.get("artifactLocation"));
        require(p, artifact, "uri", where + " artifactLocation");
        String uri = String.valueOf(artifact.get("uri"));
        if (uri.startsWith("/") && artifact.containsKey("uriBaseId")) {
          p.add(where + ": an absolute path with a uriBaseId");
        }
        Map<String, Object> region = Json.object(physical.get("region"));
        for (String k : List.of("startLine", "startColumn", "endLine", "endColumn")) {
          if (!(region.get(k) instanceof Long v) || v < 1) {
            p.add(where + ": region." + k + " must be a positive integer");
          }
        }
        if (region.get("startLine") instanceof Long a && region.get("endLine") instanceof Long b && b < a) {
          p.add(where + ": region ends before it starts");
        }
      }
    }
    return p;
  }

  private static void require(List<String> p, Map<String, Object> map, String key, String where) {
    Object v = map == null ? null : map.get(key);
    if (v == null || (v instanceof String s && s.isEmpty())) {
      p.add(where + ": " + key + " is required and must not be empty");
    }
  }

  private static void text(List<String> p, Map<String, Object> map, String key, String where, int max) {
    Object o = map.get(key);
    if (!(o instanceof Map)) {
      p.add(where + ": " + key + ".text is required");
      return;
    }
    Object t = Json.object(o).get("text");
    if (!(t instanceof String s) || s.isEmpty()) {
      p.add(where + ": " + key + ".text is required and must not be empty");
    } else if (s.length() > max) {
      p.add(where + ": " + key + ".text longer than " + max);
    }
  }
}
