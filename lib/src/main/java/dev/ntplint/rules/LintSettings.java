package dev.ntplint.rules;

import dev.ntplint.rules.config.RuleSetting;
import dev.ntplint.view.FileLoader;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to lint one configuration.
 *
 * @param rules rule settings keyed by rule id (from {@code .ntplint.yaml}); rules not listed run
 *     with their defaults
 * @param inlineSuppressions honour {@code # ntplint: disable=...} comments
 * @param wholeConfiguration the file is a main configuration (false for a fragment linted alone:
 *     rules of {@link Scope#CONFIGURATION} then do not run)
 * @param files reads files the configuration refers to (the keys file)
 */
public record LintSettings(Map<String, RuleSetting> rules, boolean inlineSuppressions,
    boolean wholeConfiguration, FileLoader files) {

  public LintSettings {
    rules = Map.copyOf(rules);
    Objects.requireNonNull(files, "files");
  }

  /** Every rule with its defaults, suppressions honoured, a whole configuration, no file access. */
  public static LintSettings defaults() {
    return new LintSettings(Map.of(), true, true, FileLoader.NONE);
  }

  public Optional<RuleSetting> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  public LintSettings withRules(Map<String, RuleSetting> other) {
    return new LintSettings(other, inlineSuppressions, wholeConfiguration, files);
  }

  public LintSettings withWholeConfiguration(boolean whole) {
    return new LintSettings(rules, inlineSuppressions, whole, files);
  }

  public LintSettings withInlineSuppressions(boolean honour) {
    return new LintSettings(rules, honour, wholeConfiguration, files);
  }

  public LintSettings withFiles(FileLoader loader) {
    return new LintSettings(rules, inlineSuppressions, wholeConfiguration, loader);
  }
}
