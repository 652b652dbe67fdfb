package dev.ntplint.rules;

import java.util.Objects;

/** A rule holding its metadata; subclasses implement {@link #check}. */
public abstract class BaseRule implements Rule {

  private final RuleMetadata metadata;

  protected BaseRule(RuleMetadata metadata) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }
}
