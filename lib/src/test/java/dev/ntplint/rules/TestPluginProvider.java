package dev.ntplint.rules;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.view.TimeSource;
import java.util.List;

/** A third-party provider, as the RuleProvider documentation shows; loaded by RuleRegistryTest. */
public final class TestPluginProvider implements RuleProvider {

  @Override
  public List<Rule> rules() {
    return List.of(new InternalServersOnly());
  }

  static final class InternalServersOnly implements Rule {
    private static final RuleMetadata META = RuleMetadata.builder("ACME001", "internal-servers-only")
        .dialects(Dialect.CHRONY, Dialect.NTP)
        .severity(Severity.ERROR)
        .category(Category.SOURCES)
        .summary("Time sources must be the company's own servers")
        .description("Hosts may only use the company's time servers (*.corp.example.com).")
        .build();

    @Override
    public RuleMetadata metadata() {
      return META;
    }

    @Override
    public void check(RuleContext context) {
      for (TimeSource s : context.view().sources()) {
        if (s.kind().network() && !s.address().endsWith(".corp.example.com")) {
          context.report(s.addressWord().span(), s.address() + " is not a company time server.");
        }
      }
    }
  }

  /** A rule with only metadata, for registry tests. */
  record Meta(RuleMetadata metadata) implements Rule {
    Meta(String id, String name) {
      this(RuleMetadata.builder(id, name).summary("Test").description("A test rule.").build());
    }

    @Override
    public void check(RuleContext context) {}
  }
}
