package dev.ntplint.rules;

import java.util.List;

/**
 * The service-provider interface for rules from outside ntplint, loaded with {@link
 * java.util.ServiceLoader}. A plugin jar on the class path lists its provider class in {@code
 * META-INF/services/dev.ntplint.rules.RuleProvider}:
 *
 * <pre>{@code
 * package com.example.ntp;
 *
 * public final class CompanyRules implements RuleProvider {
 *   public List<Rule> rules() {
 *     return List.of(new InternalServersOnly());
 *   }
 * }
 *
 * final class InternalServersOnly implements Rule {
 *   private static final RuleMetadata META = RuleMetadata.builder("ACME001", "internal-servers-only")
 *       .dialects(Dialect.CHRONY, Dialect.NTP)
 *       .severity(Severity.ERROR)
 *       .category(Category.SOURCES)
 *       .summary("Time sources must be the company's own servers")
 *       .description("Hosts may only use ntp*.corp.example.com ...")
 *       .build();
 *
 *   public RuleMetadata metadata() {
 *     return META;
 *   }
 *
 *   public void check(RuleContext context) {
 *     for (TimeSource s : context.view().sources()) {
 *       if (s.kind().network() && !s.address().endsWith(".corp.example.com")) {
 *         context.report(s.addressSpan(), s.address() + " is not a company time server.");
 *       }
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Ids and names must not clash with built-in rules or other plugins (the registry refuses to
 * start otherwise); use your own id prefix. See docs/rules/README.md.
 */
public interface RuleProvider {

  /** The rules this provider contributes. */
  List<Rule> rules();
}
